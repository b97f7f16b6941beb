/**
 * Issue 12, items 6 and 7: each seeded milestone cites the sources that report it (not
 * the pairing's whole list), says so where the research data cannot tell them apart, and
 * the prose readers see carries no research shorthand ("S3 calls it…", "see notes").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
beforeAll(() => {
  t = createTestDatabase('seeded');
});
afterAll(() => t.cleanup());

async function milestones(slug: string) {
  const pairing = await t.db.pairing.findUniqueOrThrow({
    where: { slug },
    include: { agreements: { include: { sources: { select: { key: true } } }, orderBy: { date: 'asc' } } },
  });
  return pairing.agreements.map((a) => ({ date: a.date, uncertain: a.sourcesUncertain, sources: a.sources.map((s) => s.key).sort() }));
}

describe('milestone sources', () => {
  it('Minsk–Beijing: each event cites its own report', async () => {
    expect(await milestones('minsk--beijing')).toEqual([
      { date: '1997-08-31', uncertain: false, sources: ['belaruschina-regional-twin'] },
      { date: '2002-07-31', uncertain: false, sources: ['belaruschina-regional-twin'] },
      { date: '2015-05-11', uncertain: false, sources: ['belnovosti-2015-minsk-beijing'] },
      { date: '2016-04-29', uncertain: false, sources: ['belarus-2016-minsk-beijing', 'kopyl-2016-minsk-beijing'] },
    ]);
  });

  it('Vitebsk Oblast–Heilongjiang: the 2005 contacts do not cite the 2014 visit reports', async () => {
    const [contacts, signing] = await milestones('vitebsk-oblast--heilongjiang');
    expect(contacts).toEqual({ date: '2005', uncertain: false, sources: ['vitvesti-vitebsk-oblast'] });
    expect(signing!.sources).toEqual(['chinadaily-2014-china-belarus', 'moyby-2014-myasnikovich-visit']);
  });

  it('says so where the sources cannot be told apart, and only then', async () => {
    const rows = await t.db.agreement.findMany({ include: { _count: { select: { sources: true } } } });
    const flagged = rows.filter((a) => a.sourcesUncertain);
    expect(flagged.length).toBeGreaterThan(10);
    expect(flagged.filter((a) => a._count.sources < 2)).toEqual([]);
    expect((await milestones('minsk--changchun'))[0]).toMatchObject({ date: '1992-05-18', uncertain: true });
  });
});

describe('public prose', () => {
  const research = /\bS\d\b|\bsee (the )?notes?\b|not geocoded|kept as written|research data|dr5hn/i;
  it('summaries, titles and key figures carry no research shorthand', async () => {
    const texts = [
      ...(await t.db.pairing.findMany({ select: { slug: true, summary: true } })).map((r) => [r.slug, r.summary]),
      ...(await t.db.agreement.findMany({ select: { title: true, summary: true } })).flatMap((r) => [[r.title, r.title], [r.title, r.summary]]),
      ...(await t.db.place.findMany({ select: { slug: true, summary: true } })).map((r) => [r.slug, r.summary]),
      ...(await t.db.project.findMany({ select: { slug: true, summary: true, keyFigures: true } })).flatMap((r) => [[r.slug, r.summary], [r.slug, r.keyFigures]]),
    ];
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter(([, text]) => text && research.test(text))).toEqual([]);
  });
});

describe('"Last updated" of seeded records (item 5)', () => {
  it('is the research data revision, not the time the seed ran', async () => {
    const revised = new Date('2026-12-03T00:00:00Z');
    for (const row of [
      await t.db.pairing.findUniqueOrThrow({ where: { slug: 'minsk--beijing' } }),
      await t.db.place.findUniqueOrThrow({ where: { slug: 'minsk' } }),
      await t.db.project.findFirstOrThrow(),
      await t.db.agreement.findFirstOrThrow(),
    ]) expect(row.updatedAt).toEqual(revised);
  });
});
