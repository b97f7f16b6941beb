/**
 * The app's configuration: every environment variable it reads, parsed once with zod.
 * Import `env` from here instead of reading `process.env` (only `NEXT_PUBLIC_*` values,
 * which Next inlines into client bundles, live in lib/env-public.ts).
 *
 * No `server-only` and no `@/` imports: the seed, scripts (tsx) and prisma.config.ts load it too.
 */
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl } from './database-url.mjs';

export const MIN_SESSION_SECRET_LENGTH = 32;

const flag = z.enum(['0', '1', 'true', 'false', '']).optional().transform((v) => v === '1' || v === 'true');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** SQLite file URL; relative paths are resolved against the project root (the working directory of `next` and npm scripts). */
    DATABASE_URL: z.string().trim().min(1).default(DEFAULT_DATABASE_URL),
    /** Seals session cookies. Required in production; in development a key kept in the database is used when unset. */
    SESSION_SECRET: z
      .string()
      .min(MIN_SESSION_SECRET_LENGTH, `must be at least ${MIN_SESSION_SECRET_LENGTH} characters`)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /**
     * The public address (citations, canonical links, sitemap). Unset: each request's own
     * origin (lib/http/request-origin.ts); startup warns about that in production.
     */
    SITE_URL: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional()
      .or(z.literal('').transform(() => undefined)),
    /** Plain-HTTP intranet installs only: session cookies without `Secure`. */
    AUTH_INSECURE_COOKIES: flag,
    /**
     * Proxy hops whose X-Forwarded-For is trusted for the client address (0–10, `true` = 1).
     * Also read per request by lib/http/client-address.ts; validated here so a typo fails at startup.
     */
    TRUST_PROXY: z.union([z.enum(['', 'false', 'true']), z.coerce.number().int().min(0).max(10)]).optional(),
    /** log2 of scrypt's N for new password hashes (10–20; default 17). Read by lib/auth/password.ts. */
    PASSWORD_HASH_COST: z.union([z.literal(''), z.coerce.number().int().min(10).max(20)]).optional(),
    /** Set by Next: `phase-production-build` while `next build` prerenders (no secrets needed then). */
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === 'production' && value.NEXT_PHASE !== 'phase-production-build' && !value.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: `is required in production (at least ${MIN_SESSION_SECRET_LENGTH} characters; e.g. \`openssl rand -base64 48\`)`,
      });
    }
  });

export type Env = z.output<typeof schema> & { /** DATABASE_URL as an absolute `file:` URL. */ databaseUrl: string };

export class EnvError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/** Parses an environment (process.env by default); throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env, root = process.cwd()): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
    throw new EnvError(
      result.error.issues.map((issue) => String(issue.path[0])),
      `Invalid environment configuration:\n${lines.join('\n')}`,
    );
  }
  return { ...result.data, databaseUrl: resolveDatabaseUrl(result.data.DATABASE_URL, root) };
}

let parsed: Env | undefined;

/**
 * The parsed environment, computed on first use (so tests and scripts that set
 * DATABASE_URL before importing the app still win) and then fixed for the process.
 */
export const env: Env = new Proxy({} as Env, {
  get: (_, key) => {
    parsed ??= parseEnv();
    return parsed[key as keyof Env];
  },
});
