import { describe, expect, it } from 'vitest';
import { searchAgreements } from '@/lib/agreements/queries';
import { db } from '@/lib/db';
import { parseAtlasFilters, type AtlasFilters } from '@/lib/filters/schema';
import { parseTranslatedBy, pickText } from '@/lib/i18n/content';
import { getPairingDetail } from '@/lib/pairings/queries';
import { findTranslationProblems, loadSeedData } from '@/prisma/seed/load';

function filters(query: string): AtlasFilters {
  const parsed = parseAtlasFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filters;
}

describe('content translations on the seeded database', () => {
  it('every pairing has its summary, and every agreement its title, in ru, be and zh, marked machine-assisted', async () => {
    const pairings = await db.pairing.findMany({ select: { slug: true, summary: true, summaryRu: true, summaryBe: true, summaryZh: true, translatedBy: true } });
    expect(pairings.length).toBeGreaterThanOrEqual(60);
    for (const p of pairings) {
      expect([p.slug, p.summaryRu, p.summaryBe, p.summaryZh].every(Boolean), p.slug).toBe(true);
      expect(parseTranslatedBy(p.translatedBy)).toEqual({ summaryBe: 'machine-assisted', summaryRu: 'machine-assisted', summaryZh: 'machine-assisted' });
    }
    const agreements = await db.agreement.findMany({ select: { id: true, titleRu: true, titleBe: true, titleZh: true } });
    expect(agreements.length).toBeGreaterThan(100);
    expect(agreements.filter((a) => !a.titleRu || !a.titleBe || !a.titleZh)).toEqual([]);
  });

  it('keeps figures and dates of the English text: the Dunhuang summary says 7 November 2023 in every language', async () => {
    const p = await db.pairing.findUniqueOrThrow({ where: { slug: 'novogrudok-district--dunhuang' } });
    expect(p.summary).toContain('7 November 2023');
    expect(p.summaryRu).toContain('7 ноября 2023');
    expect(p.summaryBe).toContain('7 лістапада 2023');
    expect(p.summaryZh).toContain('2023年11月7日');
  });

  it('the pairing page reads the Chinese summary on /zh and falls back visibly to English where nothing is translated', async () => {
    const pairing = await getPairingDetail('novogrudok-district--dunhuang');
    expect(pickText(pairing!.i18n.summary, 'zh')).toMatchObject({ lang: 'zh', fallback: false, translatedBy: 'machine-assisted' });
    expect(pickText(pairing!.i18n.summary, 'zh')!.text).toContain('敦煌');
    // Agreement summaries are not translated yet: the Chinese page shows the English one, marked as such.
    const withSummary = pairing!.agreements.find((a) => a.i18n.summary.en)!;
    expect(pickText(withSummary.i18n.summary, 'zh')).toMatchObject({ lang: 'en', fallback: true, text: withSummary.summary });
  });

  it.each([
    ['zh', '揭牌启用', 'grodno-oblast--gansu'],
    ['ru', 'Торфяной проект', 'bobruisk--shaoxing'],
    ['be', 'Тарфяны праект', 'bobruisk--shaoxing'],
  ])('search finds an agreement by its %s title ("%s")', async (_lang, q, slug) => {
    const result = await searchAgreements(filters(`q=${encodeURIComponent(q)}`));
    expect(result.items.map((i) => i.pairing.slug)).toContain(slug);
    expect(result.corrections).toEqual([]);
  });

  it('an edited translation is searchable at once (the triggers index every language)', async () => {
    const agreement = await db.agreement.findFirstOrThrow({ where: { pairing: { slug: 'minsk--beijing' } } });
    await db.agreement.update({ where: { id: agreement.id }, data: { titleZh: '北京明斯克测试标题' } });
    const result = await searchAgreements(filters(`q=${encodeURIComponent('明斯克测试')}`));
    expect(result.items.map((i) => i.id)).toEqual([agreement.id]);
  });
});

describe('the translation files', () => {
  it('point only at records in the seed', () => {
    const seed = loadSeedData();
    expect(findTranslationProblems(seed)).toEqual([]);
    const broken = structuredClone(seed);
    broken.translations!.ru!.agreements['minsk--beijing']['A title that is not in the seed'] = { title: 'Нет такого' };
    broken.translations!.zh!.pairings['nowhere--nothing'] = { summary: '无' };
    expect(findTranslationProblems(broken)).toEqual([
      'translations/ru.json: pairing minsk--beijing has no agreement titled "A title that is not in the seed"',
      'translations/zh.json: unknown pairing nowhere--nothing',
    ]);
  });
});
