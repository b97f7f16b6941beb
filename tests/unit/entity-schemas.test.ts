import { describe, expect, it } from 'vitest';
import { agreementCreateSchema } from '@/lib/agreements/schema';
import { toFieldErrors } from '@/lib/forms/fields';
import { pairingCreateSchema, pairingUpdateSchema } from '@/lib/pairings/schema';
import { placeCreateSchema } from '@/lib/places/schema';
import { projectCreateSchema } from '@/lib/projects/schema';
import { sourceCreateSchema, sourceUpdateSchema } from '@/lib/sources/schema';
import { tradeFigureCreateSchema } from '@/lib/trade/schema';
import { signInSchema, userCreateSchema } from '@/lib/users/schema';

const source = { mode: 'new', url: 'https://example.org/news/1', title: 'A news item', publisher: 'Example' };

function errors(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return toFieldErrors(result.error as never);
}

const newPlace = (country: 'BY' | 'CN', extra: Record<string, unknown> = {}) => ({
  country,
  level: country === 'BY' ? 'district' : 'prefecture_city',
  regionId: '3',
  nameEn: country === 'BY' ? 'Slutsk District' : 'Wuwei',
  nameRu: '',
  lat: '',
  lon: '',
  altNames: '',
  ...extra,
});

const pairing = {
  by: { mode: 'new', place: newPlace('BY') },
  cn: { mode: 'new', place: newPlace('CN') },
  type: 'friendship_city',
  stage: 'in_contact',
  established: '',
  fields: ['culture', 'tourism'],
  agreement: { kind: 'visit', date: '2019-09', title: 'Delegation visit', venue: '', signatories: '' },
  sources: [source],
};

describe('pairing schema (the new-pairing flow)', () => {
  it('accepts a pairing with two new places, a first agreement dated to the month and a source', () => {
    const result = pairingCreateSchema.parse(pairing);
    expect(result.agreement?.date).toEqual({ iso: '2019-09', precision: 'month', year: 2019 });
    expect(result.established).toBeNull();
    expect(result.by).toMatchObject({ mode: 'new', place: { nameEn: 'Slutsk District', nameRu: null, lat: null } });
    expect(result.fields).toEqual(['culture', 'tourism']);
  });

  it('refuses a Chinese place on the Belarusian side', () => {
    expect(errors(pairingCreateSchema, { ...pairing, by: { mode: 'new', place: newPlace('CN') } })['by.place.country']).toBeDefined();
  });

  it('requires both partners, a stage, at least one source with a URL, and a valid partial date', () => {
    const e = errors(pairingCreateSchema, {
      ...pairing,
      by: { mode: 'existing', id: '' },
      stage: '',
      established: '2019-13',
      sources: [],
    });
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['by.id', 'stage', 'established', 'sources']));
    // Names the problem (issue 12, item 11) rather than the generic format hint.
    expect(e.established?.[0]).toBe('There is no month 13: use 01 to 12');
    expect(errors(pairingCreateSchema, { ...pairing, established: 'Sept 2019' }).established?.[0]).toMatch(/year \(2023\), a month \(2023-11\)/);
    expect(errors(pairingCreateSchema, { ...pairing, sources: [{ ...source, url: 'not a url' }] })['sources.0.url']).toBeDefined();
    expect(errors(pairingCreateSchema, { ...pairing, sources: [{ ...source, url: 'ftp://x.org/a' }] })['sources.0.url']).toBeDefined();
  });

  it('requires a region for a new locality, and both coordinates or neither', () => {
    const e = errors(pairingCreateSchema, { ...pairing, cn: { mode: 'new', place: newPlace('CN', { regionId: '', lat: '37.9' }) } });
    expect(e['cn.place.regionId']).toBeDefined();
    expect(e['cn.place.lon']).toBeDefined();
  });

  it('refuses a level that does not exist in the country', () => {
    expect(errors(pairingCreateSchema, { ...pairing, by: { mode: 'new', place: newPlace('BY', { level: 'province', regionId: '' }) } })['by.place.level']).toBeDefined();
  });

  it('update needs the version it edits and accepts "on" checkboxes and ";"-lists (CSV, forms)', () => {
    expect(errors(pairingUpdateSchema, { id: 5, type: 'sister_city', stage: 'established', sources: [source] }).version).toBeDefined();
    const parsed = pairingUpdateSchema.parse({ id: '5', version: '3', type: 'sister_city', stage: 'established', typeUncertain: 'on', fields: 'trade; culture', sources: [source] });
    expect(parsed).toMatchObject({ id: 5, version: 3, typeUncertain: true, fields: ['trade', 'culture'] });
  });
});

describe('place schema', () => {
  it('accepts a region without parent and numbers typed with a comma', () => {
    const parsed = placeCreateSchema.parse({ ...newPlace('CN', { level: 'province', regionId: '', lat: '36,06', lon: '103.83' }), sources: [source] });
    expect(parsed).toMatchObject({ lat: 36.06, lon: 103.83, regionId: null });
  });
  it('refuses a region inside a region and out-of-range coordinates', () => {
    const e = errors(placeCreateSchema, { ...newPlace('BY', { level: 'oblast', lat: '95', lon: '27' }), sources: [source] });
    expect(e.regionId).toBeDefined();
    expect(e.lat).toBeDefined();
  });
  it('splits other spellings by line or ";" and drops duplicates', () => {
    const parsed = placeCreateSchema.parse({ ...newPlace('BY'), altNames: 'Slutsk raion\nSlucak; Slutsk raion', sources: [source] });
    expect(parsed.altNames).toEqual(['Slutsk raion', 'Slucak']);
  });
});

describe('agreement schema', () => {
  it('accepts year, month and day precision and refuses impossible dates', () => {
    for (const date of ['2019', '2019-09', '2019-09-30']) {
      expect(agreementCreateSchema.safeParse({ pairingId: 1, kind: 'visit', title: 'Visit', date, sources: [source] }).success).toBe(true);
    }
    for (const date of ['2019-02-30', '19-09', '2019/09', '2019-9']) {
      expect(errors(agreementCreateSchema, { pairingId: 1, kind: 'visit', title: 'Visit', date, sources: [source] }).date).toBeDefined();
    }
  });
  it('refuses an unknown kind and a missing title', () => {
    const e = errors(agreementCreateSchema, { pairingId: 1, kind: 'treaty', title: '  ', sources: [source] });
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['kind', 'title']));
  });
});

describe('project schema', () => {
  const project = { nameEn: 'Great Stone', country: 'BY', status: 'operating', sources: [source] };
  it('parses sectors and linked pairings', () => {
    expect(projectCreateSchema.parse({ ...project, sectors: 'logistics; industry', pairingIds: ['2', 3] })).toMatchObject({
      sectors: ['logistics', 'industry'],
      pairingIds: [2, 3],
    });
  });
  it('refuses an end year before the start year', () => {
    expect(errors(projectCreateSchema, { ...project, startYear: '2020', endYear: '2019' }).endYear).toBeDefined();
  });
});

describe('trade figure schema', () => {
  const figure = { scope: 'country', periodKind: 'year', monthFrom: '1', monthTo: '12', flow: 'total', value: '5000', currency: 'USD', scale: '1000000', year: '2023', sources: [source] };
  it('accepts a whole-year country figure', () => {
    expect(tradeFigureCreateSchema.parse(figure)).toMatchObject({ value: 5000, scale: 1_000_000, monthFrom: 1, year: 2023 });
  });
  it('checks the period against its kind and the scope against the places', () => {
    expect(errors(tradeFigureCreateSchema, { ...figure, periodKind: 'quarter', monthFrom: '2', monthTo: '4' }).monthFrom).toBeDefined();
    expect(errors(tradeFigureCreateSchema, { ...figure, periodKind: 'half', monthFrom: '7', monthTo: '12' }).monthFrom).toBeUndefined();
    expect(errors(tradeFigureCreateSchema, { ...figure, scope: 'region' }).byPlaceId).toBeDefined();
    expect(errors(tradeFigureCreateSchema, { ...figure, byPlaceId: '4' }).scope).toBeDefined();
    expect(errors(tradeFigureCreateSchema, { ...figure, scale: '7' }).scale).toBeDefined();
  });
});

describe('source schema', () => {
  it('needs a URL for a new source but keeps it optional when editing a printed one', () => {
    expect(errors(sourceCreateSchema, { title: 'Paper', url: '' }).url).toBeDefined();
    expect(sourceUpdateSchema.parse({ id: 1, version: 2, title: 'Paper', url: '' }).url).toBeNull();
  });
  it('checks the language code', () => {
    expect(errors(sourceCreateSchema, { title: 'T', url: 'https://a.org', language: 'Russian' }).language).toBeDefined();
  });
});

describe('user and sign-in schemas', () => {
  it('normalises the email and requires a 12-character password and a known role', () => {
    expect(signInSchema.parse({ email: ' Ada@Example.ORG ', password: 'x' }).email).toBe('ada@example.org');
    const e = errors(userCreateSchema, { email: 'not-an-email', name: '', role: 'owner', password: 'short' });
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['email', 'name', 'role', 'password']));
  });
});
