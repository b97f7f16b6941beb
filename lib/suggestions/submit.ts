import 'server-only';
import { randomBytes } from 'node:crypto';
import { reserve, type Bucket } from '@/lib/auth/rate-limit';
import { db } from '@/lib/db';
import { publicDb } from '@/lib/soft-delete/public-db';
import { checkFormToken } from './form-token';
import { SUGGESTION_ERROR_FIELDS, suggestionSchema, type SuggestionTarget } from './schema';

/** One suggestion per address every 2 minutes, the pause doubling for more (up to an hour); quiet for an hour resets it. */
export const SUGGESTION_BUCKET: Bucket = { free: 1, baseMs: 2 * 60_000, maxMs: 60 * 60_000, growth: 'exponential', forgetMs: 60 * 60_000 };
/** The largest form body accepted, in characters over all fields (the message alone may be 4,000). */
export const MAX_SUGGESTION_CHARS = 8_000;

export type SubmitResult =
  | { ok: true; reference: string }
  | { ok: false; error: 'invalid'; fields: (typeof SUGGESTION_ERROR_FIELDS)[number][] }
  | { ok: false; error: 'too-large' | 'too-fast' | 'expired' | 'unknown-record' | 'rate-limited'; retryAfterSeconds?: number };

// Crockford base32 without look-alikes: a reference a reader can read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newReference = () => `SCA-${[...randomBytes(6)].map((b) => ALPHABET[b % 32]).join('')}`;

const TARGET_MODEL = {
  pairing: (slug: string) => publicDb.pairing.findUnique({ where: { slug }, select: { id: true } }),
  place: (slug: string) => publicDb.place.findUnique({ where: { slug }, select: { id: true } }),
  project: (slug: string) => publicDb.project.findUnique({ where: { slug }, select: { id: true } }),
} satisfies Record<SuggestionTarget, (slug: string) => Promise<{ id: number } | null>>;

/**
 * Stores a reader's suggestion, or says why not. Order matters: cheap refusals that
 * leak nothing first (size, honeypot, timing), then validation, then the rate limit
 * (so a typo does not cost the reader their slot), then the write.
 * A filled honeypot gets a fake success: a bot learns nothing, nothing is stored.
 */
export async function submitSuggestion(fields: Record<string, unknown>, meta: { address: string; locale: string }): Promise<SubmitResult> {
  const size = Object.values(fields).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 0), 0);
  if (size > MAX_SUGGESTION_CHARS) return { ok: false, error: 'too-large' };
  if (typeof fields.website === 'string' && fields.website.trim() !== '') return { ok: true, reference: newReference() };
  const timing = await checkFormToken(fields.token);
  if (timing === 'too-fast' || timing === 'invalid') return { ok: false, error: 'too-fast' };
  if (timing === 'expired') return { ok: false, error: 'expired' };

  const parsed = suggestionSchema.safeParse(fields);
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return { ok: false, error: 'invalid', fields: SUGGESTION_ERROR_FIELDS.filter((f) => bad.has(f)) };
  }
  const input = parsed.data;
  let entityId: number | null = null;
  if (input.kind === 'correction') {
    const record = await TARGET_MODEL[input.target!](input.slug!);
    if (!record) return { ok: false, error: 'unknown-record' };
    entityId = record.id;
  } else {
    const partners = await publicDb.place.findMany({ where: { id: { in: [input.byPlaceId!, input.cnPlaceId!] } }, select: { id: true, country: true } });
    const ok = partners.some((p) => p.id === input.byPlaceId && p.country === 'BY') && partners.some((p) => p.id === input.cnPlaceId && p.country === 'CN');
    if (!ok) return { ok: false, error: 'invalid', fields: ['byPlaceId', 'cnPlaceId'] };
  }

  const slot = await reserve(`suggest:${meta.address}`, SUGGESTION_BUCKET);
  if (!slot.granted) return { ok: false, error: 'rate-limited', retryAfterSeconds: slot.retryAfterSeconds };

  const proposal = {
    ...(input.kind === 'new_pairing' && { byPlaceId: input.byPlaceId, cnPlaceId: input.cnPlaceId }),
    ...(input.stage && { stage: input.stage }),
    ...(input.date && { date: input.date.iso, datePrecision: input.date.precision }),
    ...(input.documentKind && { documentKind: input.documentKind }),
    ...(input.name && { name: input.name }),
  };
  const created = await db.suggestion.create({
    data: {
      reference: newReference(),
      kind: input.kind,
      entityType: input.kind === 'correction' ? input.target! : null,
      entityId,
      proposal: JSON.stringify(proposal),
      sourceUrl: input.sourceUrl,
      email: input.email ?? null,
      message: input.message,
      locale: meta.locale,
    },
    select: { reference: true },
  });
  return { ok: true, reference: created.reference };
}
