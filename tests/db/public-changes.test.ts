import { randomUUID } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { updatePairing } from '@/lib/actions/pairings/update-pairing';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { changesAtom } from '@/lib/changes/atom';
import { listPublicChanges } from '@/lib/changes/public-changes';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const newSource = () => ({ mode: 'new', url: `https://example.org/${randomUUID()}`, title: 'Test source', publisher: 'Tests' });

async function pairingInput(slug: string) {
  const p = await db.pairing.findUniqueOrThrow({ where: { slug }, include: { sources: true, fields: true } });
  return {
    id: p.id,
    version: p.version,
    type: p.type,
    stage: p.stage,
    established: p.establishedDate ?? '',
    fields: p.fields.map((f) => f.field),
    summary: p.summary ?? '',
    notes: p.notes ?? '',
    sources: p.sources.map((s) => ({ mode: 'existing', id: s.id })),
  };
}

let editorEmail = '';
let agreementTitle = '';

// One story of edits, made once through the real write paths; every test reads it.
beforeAll(async () => {
  expect(await db.auditEvent.count()).toBe(0); // the seed writes no audit events: what follows is all there is
  const editor = await makeUser('editor');
  editorEmail = editor.email;
  await actAs(editor);
  // 1. a public edit, 2. an editorial-only edit (notes), 3. a new agreement, 4. an edit of a record deleted afterwards
  expect(await updatePairing({ ...(await pairingInput('minsk--beijing')), stage: 'approved' })).toMatchObject({ ok: true });
  expect(await updatePairing({ ...(await pairingInput('minsk--beijing')), notes: 'Editorial note, not for readers' })).toMatchObject({ ok: true });
  const pairing = await db.pairing.findUniqueOrThrow({ where: { slug: 'minsk--beijing' } });
  agreementTitle = `Memorandum ${randomUUID().slice(0, 6)}`;
  expect(await createAgreement({ pairingId: pairing.id, kind: 'memorandum', date: '2026-11', title: agreementTitle, sources: [newSource()] })).toMatchObject({ ok: true });
  // A pairing nothing uses (deleting one in use is refused, lib/soft-delete/references.ts;
  // every seeded pairing has agreements), made without the audit log like the seed.
  const tag = randomUUID().slice(0, 6);
  const place = (country: 'BY' | 'CN') => db.place.create({ data: { slug: `gone-${country.toLowerCase()}-${tag}`, country, tier: 'locality', level: 'city', nameEn: `Gone ${country} ${tag}` } });
  const [goneBy, goneCn] = [await place('BY'), await place('CN')];
  const unused = await db.pairing.create({
    data: {
      slug: `gone-${tag}`, byPlaceId: goneBy.id, cnPlaceId: goneCn.id, type: 'sister_city', stage: 'in_contact',
      sources: { create: [{ key: `gone-${tag}`, title: 'A source', url: `https://example.org/gone-${tag}` }] },
    },
  });
  expect(await updatePairing({ ...(await pairingInput(unused.slug)), summary: 'Soon gone' })).toMatchObject({ ok: true });
  const gone = await db.pairing.findUniqueOrThrow({ where: { slug: unused.slug } });
  expect(await deleteRecord({ entityType: 'pairing', id: gone.id, version: gone.version })).toMatchObject({ ok: true });
});

describe('public changes', () => {
  it('lists public additions and edits newest first, without editorial-only edits or deleted records', async () => {
    const result = await listPublicChanges({ locale: 'en' });
    expect(result?.items.map((c) => [c.kind, c.entityType, c.title])).toEqual([
      ['added', 'agreement', agreementTitle],
      ['updated', 'pairing', 'Minsk – Beijing'],
    ]);
    const [agreement, pairing] = result!.items;
    expect(agreement).toMatchObject({ context: 'Minsk – Beijing', path: expect.stringMatching(/^\/pairings\/minsk--beijing#agreement-\d+$/) });
    expect(pairing).toMatchObject({ path: '/pairings/minsk--beijing', fields: ['stage'] });
    expect(result?.next).toBeNull();
  });

  it('names records in the page language', async () => {
    const result = await listPublicChanges({ locale: 'ru' });
    expect(result?.items.find((c) => c.entityType === 'pairing')?.title).toBe('Минск – Пекин');
  });

  it('pages with a cursor', async () => {
    const first = await listPublicChanges({ locale: 'en', take: 1 });
    expect(first?.items).toHaveLength(1);
    expect(first?.next).toBe(first?.items[0].id);
    const second = await listPublicChanges({ locale: 'en', take: 1, before: first!.next! });
    expect(second?.items.map((c) => c.entityType)).toEqual(['pairing']);
    expect(second?.next).toBeNull();
  });

  it("scopes a place's feed to the place, its pairings and their agreements", async () => {
    expect((await listPublicChanges({ locale: 'en', placeSlug: 'beijing' }))?.items).toHaveLength(2);
    // A region's feed includes its localities' pairings: Minsk city is not in Minsk Oblast, Gansu has none of these.
    expect((await listPublicChanges({ locale: 'en', placeSlug: 'gansu' }))?.items).toEqual([]);
    expect(await listPublicChanges({ locale: 'en', placeSlug: 'no-such-place' })).toBeNull();
  });
});

describe('the Atom feed', () => {
  it('parses as Atom with the latest change first, absolute links and no editor details', async () => {
    const result = await listPublicChanges({ locale: 'ru' });
    const t = createTranslator({ locale: 'ru', messages: ru, namespace: 'changes' });
    const xml = changesAtom({ origin: 'http://localhost:3000', locale: 'ru', items: result!.items, selfPath: '/feeds/changes.atom?lang=ru', t: (key, values) => t(key as never, values as never) });
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe(ru.changes.feedTitle);
    expect(feed.language).toBe('ru');
    expect(feed.items.map((i) => i.title)).toEqual([`Добавлено (документ): ${agreementTitle}`, 'Изменено (партнёрство): Минск – Пекин']);
    expect(feed.items[1].description).toBe('Изменено: стадия.');
    for (const item of feed.items) expect(item.url).toMatch(/^https?:\/\/[^/]+\/ru\/pairings\/minsk--beijing/);
    expect(new Date(feed.items[0].published ?? feed.items[0].updated ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(feed.items[1].updated ?? 0).getTime());
    expect(xml).not.toContain(editorEmail);
    expect(xml).not.toContain('Editorial note');
    expect(en.changes.feedTitle).not.toBe(ru.changes.feedTitle);
  });
});
