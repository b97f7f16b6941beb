/**
 * The app's configuration: every environment variable it reads, parsed once with zod.
 * Import `env` from here instead of reading `process.env` (only `NEXT_PUBLIC_*` values,
 * which Next inlines into client bundles, live in lib/env-public.ts).
 *
 * No `server-only` and no `@/` imports: the seed, scripts (tsx) and prisma.config.ts load it too.
 */
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, resolveDatabaseConfig, type DatabaseConfig } from './database-url.mjs';

export const MIN_SESSION_SECRET_LENGTH = 32;

const flag = z.enum(['0', '1', 'true', 'false', '']).optional().transform((v) => v === '1' || v === 'true');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /**
     * SQLite file URL (relative paths are resolved against the project root, the working
     * directory of `next` and npm scripts), or a libSQL server URL (libsql://, https://, …).
     */
    DATABASE_URL: z.string().trim().min(1).default(DEFAULT_DATABASE_URL),
    /**
     * `better-sqlite3` (default for a file) or `libsql` (implied by a server URL or
     * DATABASE_SYNC_URL). The DATABASE_* rules live in lib/database-url.mjs, shared with the scripts.
     */
    DATABASE_DRIVER: z.string().optional(),
    /** The libSQL server's token (Turso: `turso db tokens create`). */
    DATABASE_AUTH_TOKEN: z.string().optional(),
    /** Embedded replica: the primary's URL; DATABASE_URL is then the local replica file. */
    DATABASE_SYNC_URL: z.string().optional(),
    /** Embedded replica: seconds between background syncs from the primary (unset: sync at start and after each write only). */
    DATABASE_SYNC_INTERVAL: z.string().optional(),
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

export type Env = z.output<typeof schema> & {
  /** DATABASE_URL as an absolute `file:` URL, or the libSQL server URL as given. */
  databaseUrl: string;
  /** Driver, URL, token and replica settings (lib/db-client.ts opens the database from these). */
  database: DatabaseConfig;
};

export class EnvError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/** Parses an environment (process.env by default); throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env, root = process.cwd()): Env {
  const result = schema.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message }));
  const database = resolveDatabaseConfig(source, root);
  if (!database.ok) problems.push(...database.issues);
  if (!result.success || !database.ok) {
    throw new EnvError(
      problems.map((p) => p.variable),
      `Invalid environment configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`,
    );
  }
  return { ...result.data, databaseUrl: database.config.url, database: database.config };
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
