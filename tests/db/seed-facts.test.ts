/**
 * Every fact of ../shared/data/SEED-FACTS.md (the five texts the project started from)
 * must be in the database, correct, and attached to its source. Numbers refer to the
 * facts there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const S1 = 's1-silkroadtour-dunhuang-novogrudok';
const S2 = 's2-ichongqing-consulate-opens';
const S3 = 's3-belarusian-style-town-paper';
const S4 = 's4-shaanxi-friendship-cities-2018';
const S5 = 's5-minsk-pravda-road-map';

let t: TestDatabase;
beforeAll(() => {
  t = createTestDatabase('seeded');
});
afterAll(() => t.cleanup());

const keysOf = (sources: { key: string }[]) => sources.map((s) => s.key);
const withSources = { sources: { select: { key: true, url: true } } } as const;

async function pairing(slug: string) {
  return t.db.pairing.findUniqueOrThrow({
    where: { slug },
    include: {
      ...withSources,
      fields: true,
      byPlace: true,
      cnPlace: true,
      agreements: { include: withSources, orderBy: { date: 'asc' } },
    },
  });
}

describe('S1 — Dunhuang and Novogrudok District sign a sister-city agreement', () => {
  it('1–2, 5–7: the four milestones with dates, venue and fields', async () => {
    const p = await pairing('novogrudok-district--dunhuang');
    expect(p.byPlace.nameEn).toBe('Novogrudok District');
    expect(p.cnPlace.nameEn).toBe('Dunhuang');
    expect(p).toMatchObject({ type: 'sister_city', stage: 'established', establishedDate: '2023-11-07', establishedPrecision: 'day' });
    expect(p.agreements.map((a) => [a.date, a.datePrecision, a.kind])).toEqual([
      ['2018-10', 'month', 'letter'],
      ['2021-07', 'month', 'letter_of_intent'],
      ['2023-06-30', 'day', 'approval'],
      ['2023-11-07', 'day', 'twinning_agreement'],
    ]);
    const signing = p.agreements[3]!;
    expect(signing.venue).toMatch(/6th China International Import Expo/);
    expect(signing.venue).toMatch(/Shanghai/);
    expect(p.agreements[2]!.summary).toMatch(/Chinese People's Association for Friendship with Foreign Countries/);
    expect(p.agreements[0]!.summary).toMatch(/Grodno Oblast/);
    expect(p.agreements).toHaveLength(4);
    for (const a of p.agreements) expect(keysOf(a.sources)).toContain(S1);
    expect(p.fields.map((f) => f.field).sort()).toEqual(
      ['agriculture', 'culture', 'education', 'heritage', 'science', 'technology', 'tourism', 'trade'],
    );
    expect(p.summary).toMatch(/equality and mutual benefit/);
  });

  it('1: "New Grudek" and "Novorudek" are spellings of Novogrudok District', async () => {
    for (const name of ['New Grudek', 'Novorudek', 'Navahrudak', 'Новогрудок', '新格鲁多克']) {
      const hit = await t.db.placeName.findFirst({ where: { name }, include: { place: true } });
      expect(hit?.place.slug, name).toBe('novogrudok-district');
    }
  });

  it('3–4: Gansu–Grodno Oblast since 2007, with its fields', async () => {
    const p = await pairing('grodno-oblast--gansu');
    expect(p.establishedYear).toBe(2007);
    expect(keysOf(p.sources).concat(p.agreements.flatMap((a) => keysOf(a.sources)))).toContain(S1);
    expect(p.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['investment', 'industry', 'agriculture', 'education', 'traditional_medicine']),
    );
  });

  it('4: the Gansu TCM centre in Grodno Oblast, the first in Belarus', async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { slug: 'grodno-tcm-centre' }, include: withSources });
    expect(`${project.summary} ${project.notes} ${project.keyFigures}`).toMatch(/first TCM centre in Belarus/i);
    expect(keysOf(project.sources)).toContain(S1);
  });

  it('8: Novogrudok District: 1,676 km², 28,000 people', async () => {
    const place = await t.db.place.findUniqueOrThrow({ where: { slug: 'novogrudok-district' }, include: withSources });
    expect(place).toMatchObject({ areaKm2: 1676, population: 28000, country: 'BY', tier: 'locality' });
    expect(keysOf(place.sources)).toContain(S1);
  });

  it('9: Gansu’s sister-city cooperation fields, from the Gansu Foreign Affairs Office', async () => {
    const fact = await t.db.placeFact.findFirstOrThrow({
      where: { place: { slug: 'gansu' }, key: 'sister-city-cooperation-fields' },
      include: withSources,
    });
    expect(fact.text).toMatch(/traditional Chinese medicine/);
    expect(fact.text).toMatch(/media/);
    expect(keysOf(fact.sources)).toEqual([S1]);
  });
});

describe('S2 — the Belarus Consulate General opens in Chongqing', () => {
  it('10–13: opening date, consular district, rank, people, Year of Regions', async () => {
    const project = await t.db.project.findUniqueOrThrow({
      where: { slug: 'consulate-general-chongqing' },
      include: withSources,
    });
    const text = `${project.summary} ${project.keyFigures} ${project.notes}`;
    expect(text).toMatch(/2021-01-28|28 Jan(uary)? 2021/);
    for (const region of ['Sichuan', 'Gansu', 'Shaanxi', 'Yunnan']) expect(text).toContain(region);
    expect(text).toMatch(/12th/);
    expect(text).toMatch(/Shanghai and Guangzhou/);
    for (const person of ['Senko', 'Li Bo', 'Yemelyanau']) expect(text).toContain(person);
    expect(text).toMatch(/Year of Regions/);
    expect(keysOf(project.sources)).toContain(S2);
  });

  it('14: the Yuxinou railway link and its fields', async () => {
    const p = await pairing('minsk-oblast--chongqing');
    expect(keysOf(p.sources)).toContain(S2);
    const project = await t.db.project.findUniqueOrThrow({ where: { slug: 'china-europe-freight-trains' }, include: withSources });
    expect(`${project.summary} ${project.notes}`).toMatch(/Yuxinou/);
    expect(keysOf(project.sources)).toContain(S2);
  });

  it('15: Chongqing–Belarus trade 2020: 620 million, +128%, currency stated as assumed', async () => {
    const figure = await t.db.tradeFigure.findFirstOrThrow({
      where: { cnPlace: { slug: 'chongqing' }, year: 2020 },
      include: withSources,
    });
    expect(figure).toMatchObject({ value: 620, scale: 1_000_000, growthPct: 128, currency: 'CNY', flow: 'total' });
    expect(figure.notes).toMatch(/not stated/);
    expect(keysOf(figure.sources)).toEqual([S2]);
  });

  it('16: the garbled Chongqing ties are recorded as the research found them', async () => {
    const yubei = await pairing('minsk-district--yubei-district');
    expect(yubei.byPlace.slug).toBe('minsk-district');
    expect(yubei.notes).toMatch(/Minsk Oblast/);
    const wanzhou = await pairing('kopyl-district--wanzhou-district');
    expect(wanzhou.notes).toMatch(/Koper|Wanzhou county/);
  });
});

describe('S3 — the Belarusian-style town in Chongqing (paper)', () => {
  it('17: 2021 trade of nearly $5.9 bn, +8.7%, next to the conflicting $5.1 bn', async () => {
    const figures = await t.db.tradeFigure.findMany({
      where: { scope: 'country', year: 2021, periodKind: 'year', flow: 'total' },
      include: withSources,
    });
    const high = figures.find((f) => f.value === 5900);
    expect(high).toMatchObject({ currency: 'USD', growthPct: 8.7 });
    expect(keysOf(high!.sources)).toContain(S3);
    expect(figures.some((f) => f.value === 5100)).toBe(true);
  });

  it('18–19: Great Stone as the Belt and Road flagship; the 2022 all-weather partnership', async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { slug: 'great-stone-industrial-park' }, include: withSources });
    const text = `${project.summary} ${project.notes}`;
    expect(text).toMatch(/Belt and Road/);
    expect(text).toMatch(/2013/);
    expect(text).toMatch(/all-weather comprehensive strategic partnership/);
    expect(keysOf(project.sources)).toContain(S3);
  });

  it('20–21: Chongqing–Minsk Oblast 2017; the 2019 Yubei investment agreement', async () => {
    const p = await pairing('minsk-oblast--chongqing');
    expect(p.establishedYear).toBe(2017);
    const yubei = await pairing('minsk-district--yubei-district');
    const investment = yubei.agreements.find((a) => keysOf(a.sources).includes(S3));
    expect(investment?.dateYear).toBe(2019);
    expect(investment?.venue).toMatch(/Mayors' Roundtable/);
  });

  it('22: the Belarusian-style town: 607 ha, 60,000 m², launched 2020', async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { slug: 'belarusian-style-town-yubei' }, include: withSources });
    const text = `${project.summary} ${project.keyFigures} ${project.locationText}`;
    expect(text).toMatch(/607/);
    expect(text).toMatch(/60,000/);
    expect(text).toMatch(/2020/);
    expect(text).toMatch(/National Agricultural Science and Technology Park/);
    expect(keysOf(project.sources)).toContain(S3);
  });

  it('23: the terminology note', async () => {
    const p = await pairing('minsk-oblast--chongqing');
    expect(p.notes).toMatch(/friendship city/i);
    expect(keysOf(p.sources)).toContain(S3);
  });
});

describe('S4 — Shaanxi’s friendship-city pipeline (May 2018)', () => {
  it('24: 88 pairs, 35 countries, 8 approved, 29 letters of intent, 15 in contact', async () => {
    const facts = await t.db.placeFact.findMany({ where: { place: { slug: 'shaanxi' } }, include: withSources });
    const value = (key: string) => facts.find((f) => f.key === key)?.value;
    expect(value('friendship-city-pairs')).toBe(88);
    expect(value('friendship-city-partner-countries')).toBe(35);
    expect(value('friendship-cities-approved-awaiting-signature')).toBe(8);
    expect(value('friendship-city-letters-of-intent')).toBe(29);
    expect(value('friendship-city-contacts')).toBe(15);
    expect(facts.length).toBeGreaterThanOrEqual(5);
    for (const fact of facts) {
      expect(fact.asOf).toBe('2018-05');
      expect(keysOf(fact.sources)).toContain(S4);
    }
  });

  it('25–26: Xi’an and Yan’an context', async () => {
    const facts = await t.db.placeFact.findMany({ where: { place: { slug: 'shaanxi' } } });
    const text = facts.map((f) => f.text ?? '').join(' ');
    expect(text).toMatch(/Nara/);
    expect(text).toMatch(/1974/);
    expect(text).toMatch(/Kansas City/);
    expect(text).toMatch(/Trier/);
  });
});

describe('S5 — Minsk Oblast and Chongqing sign a road map (Minsk Pravda)', () => {
  it('27–30: the 2023 road map, the 2002 agreement, the June 2023 meeting', async () => {
    const p = await pairing('minsk-oblast--chongqing');
    const roadMap = p.agreements.find((a) => a.kind === 'road_map');
    expect(roadMap).toMatchObject({ date: '2023-08-10', datePrecision: 'day' });
    expect(roadMap!.signatories).toMatch(/Qu Qian/);
    expect(roadMap!.signatories).toMatch(/Kurlenko/);
    expect(roadMap!.venue).toMatch(/Minsk Regional Executive Committee/);
    expect(keysOf(roadMap!.sources)).toContain(S5);
    expect(p.agreements.find((a) => a.date === '2002')?.kind).toBe('cooperation_agreement');
    const meeting = p.agreements.find((a) => a.date === '2023-06-29');
    expect(meeting?.summary ?? '').toMatch(/Xu Xincheng/);
    expect(p.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['traditional_medicine', 'logistics', 'tourism']));
  });

  it('31: Minsk Oblast–China trade H1 2023: $1,267.7 m, +19.4%', async () => {
    const figure = await t.db.tradeFigure.findFirstOrThrow({
      where: { byPlace: { slug: 'minsk-oblast' }, year: 2023, periodKind: 'half' },
      include: withSources,
    });
    expect(figure).toMatchObject({ value: 1267.7, currency: 'USD', growthPct: 19.4, monthFrom: 1, monthTo: 6 });
    expect(figure.notes).toMatch(/poultry/);
    expect(keysOf(figure.sources)).toContain(S5);
  });

  it('32: the conflict about "establishing" sister-city relations is recorded', async () => {
    const p = await pairing('minsk-oblast--chongqing');
    expect(p.notes).toMatch(/Qu Qian/);
  });
});
