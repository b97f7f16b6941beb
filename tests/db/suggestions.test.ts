import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { acceptSuggestion, rejectSuggestion } from '@/lib/actions/suggestions/review-suggestion';
import { issueFormToken } from '@/lib/suggestions/form-token';
import { submitSuggestion } from '@/lib/suggestions/submit';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/** A fresh address per test: the rate limit is per address, and tests run shuffled. */
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
const shownSecondsAgo = (s: number) => issueFormToken(Date.now() - s * 1000);
const correction = async (extra: Record<string, string> = {}) => ({
  kind: 'correction', target: 'pairing', slug: 'minsk--beijing', stage: 'approved', date: '2023-11', documentKind: 'memorandum',
  sourceUrl: `https://example.org/${randomUUID()}`, message: 'The memorandum was signed in November 2023.', email: '', website: '',
  token: await shownSecondsAgo(10), ...extra,
});
const atlasCounts = async () => [await db.pairing.count(), await db.agreement.count(), await db.source.count(), await db.auditEvent.count()];

describe('a reader suggests', () => {
  it('stores a sourced correction with a reference, and touches nothing in the atlas', async () => {
    const before = await atlasCounts();
    const input = await correction();
    const result = await submitSuggestion(input, { address: address(), locale: 'ru' });
    expect(result).toMatchObject({ ok: true, reference: expect.stringMatching(/^SCA-[0-9A-HJKMNP-TV-Z]{6}$/) });
    if (!result.ok) return;
    const stored = await db.suggestion.findUniqueOrThrow({ where: { reference: result.reference } });
    const pairing = await db.pairing.findUniqueOrThrow({ where: { slug: 'minsk--beijing' } });
    expect(stored).toMatchObject({ kind: 'correction', entityType: 'pairing', entityId: pairing.id, status: 'new', locale: 'ru', sourceUrl: input.sourceUrl, email: null });
    expect(JSON.parse(stored.proposal)).toEqual({ stage: 'approved', date: '2023-11', datePrecision: 'month', documentKind: 'memorandum' });
    expect(await atlasCounts()).toEqual(before);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const before = await db.suggestion.count();
    const result = await submitSuggestion(await correction({ sourceUrl: 'javascript:alert(1)', date: '2023-02-30', email: 'not-an-email', message: ' ' }), { address: address(), locale: 'en' });
    expect(result).toEqual({ ok: false, error: 'invalid', fields: ['date', 'sourceUrl', 'email', 'message'] });
    const noPartners = await submitSuggestion({ ...(await correction()), kind: 'new_pairing', target: '', slug: '' }, { address: address(), locale: 'en' });
    expect(noPartners).toMatchObject({ ok: false, error: 'invalid', fields: ['byPlaceId', 'cnPlaceId'] });
    const minsk = await db.place.findUniqueOrThrow({ where: { slug: 'minsk' } });
    const swapped = await submitSuggestion({ ...(await correction()), kind: 'new_pairing', target: '', slug: '', byPlaceId: String(minsk.id), cnPlaceId: String(minsk.id) }, { address: address(), locale: 'en' });
    expect(swapped).toMatchObject({ ok: false, error: 'invalid', fields: ['byPlaceId', 'cnPlaceId'] });
    expect(await submitSuggestion(await correction({ slug: 'no-such-pairing' }), { address: address(), locale: 'en' })).toMatchObject({ ok: false, error: 'unknown-record' });
    expect(await submitSuggestion(await correction({ message: 'x'.repeat(9000) }), { address: address(), locale: 'en' })).toMatchObject({ ok: false, error: 'too-large' });
    expect(await db.suggestion.count()).toBe(before);
  });

  it('turns away bots: a filled honeypot (fake success), an instant or forged token', async () => {
    const before = await db.suggestion.count();
    expect(await submitSuggestion(await correction({ website: 'http://spam.example' }), { address: address(), locale: 'en' })).toMatchObject({ ok: true });
    expect(await submitSuggestion(await correction({ token: await issueFormToken() }), { address: address(), locale: 'en' })).toEqual({ ok: false, error: 'too-fast' });
    const [stamp] = (await shownSecondsAgo(10)).split('.');
    expect(await submitSuggestion(await correction({ token: `${Number(stamp) - 5000}.forged` }), { address: address(), locale: 'en' })).toEqual({ ok: false, error: 'too-fast' });
    expect(await submitSuggestion(await correction({ token: await shownSecondsAgo(2 * 24 * 3600) }), { address: address(), locale: 'en' })).toEqual({ ok: false, error: 'expired' });
    expect(await db.suggestion.count()).toBe(before);
  });

  it('refuses a second suggestion from the same address within the window, politely, but not from another', async () => {
    const from = address();
    expect(await submitSuggestion(await correction(), { address: from, locale: 'en' })).toMatchObject({ ok: true });
    const again = await submitSuggestion(await correction(), { address: from, locale: 'en' });
    expect(again).toMatchObject({ ok: false, error: 'rate-limited', retryAfterSeconds: expect.any(Number) });
    if (!again.ok && 'retryAfterSeconds' in again) expect(again.retryAfterSeconds).toBeGreaterThan(60);
    expect(await submitSuggestion(await correction(), { address: address(), locale: 'en' })).toMatchObject({ ok: true });
  });
});

describe('an editor reviews', () => {
  it('rejects with a reason or accepts, recording who and when; a decided suggestion stays decided', async () => {
    const first = await submitSuggestion(await correction(), { address: address(), locale: 'en' });
    const second = await submitSuggestion(await correction(), { address: address(), locale: 'en' });
    if (!first.ok || !second.ok) throw new Error('setup failed');
    const [a, b] = await Promise.all([first, second].map((s) => db.suggestion.findUniqueOrThrow({ where: { reference: s.reference } })));
    await actAs(null);
    expect(await rejectSuggestion({ id: a.id, reason: 'No' })).toMatchObject({ ok: false, status: 401 });
    const editor = await makeUser('editor');
    await actAs(editor);
    expect(await rejectSuggestion({ id: a.id, reason: '' })).toMatchObject({ ok: false, status: 422 });
    expect(await rejectSuggestion({ id: a.id, reason: 'The source is about a different district.' })).toMatchObject({ ok: true });
    expect(await acceptSuggestion({ id: b.id })).toMatchObject({ ok: true });
    expect(await acceptSuggestion({ id: a.id })).toMatchObject({ ok: false, status: 409 });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'rejected', reviewedById: editor.id, rejectReason: 'The source is about a different district.', reviewedAt: expect.any(Date) });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: 'accepted', reviewedById: editor.id });
  });
});
