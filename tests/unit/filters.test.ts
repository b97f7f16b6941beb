import { describe, expect, it } from 'vitest';
import {
  atlasFiltersToSearchParams,
  parseAtlasFilters,
  parseAtlasFiltersLenient,
} from '@/lib/filters/schema';

describe('parseAtlasFilters', () => {
  it('reads every parameter the views and the API share', () => {
    const parsed = parseAtlasFilters(
      new URLSearchParams(
        'q=Navahrudak&by=grodno-oblast&cn=gansu&from=2007&to=2023&stage=established,letter_of_intent&type=sister_city&field=culture&field=tourism&kind=twinning_agreement&page=2&pageSize=50&sort=relevance',
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      filters: {
        q: 'Navahrudak',
        by: 'grodno-oblast',
        cn: 'gansu',
        from: 2007,
        to: 2023,
        stage: ['established', 'letter_of_intent'],
        type: ['sister_city'],
        field: ['culture', 'tourism'],
        kind: ['twinning_agreement'],
        page: 2,
        pageSize: 50,
        sort: 'relevance',
      },
    });
  });

  it('treats year as a one-year range and ignores empty values', () => {
    const parsed = parseAtlasFilters({ year: '2017', q: '', stage: undefined });
    expect(parsed.ok && parsed.filters).toMatchObject({ from: 2017, to: 2017 });
    expect(parsed.ok && parsed.filters.q).toBeUndefined();
  });

  it.each([
    ['year=20x7', 'year', /year/],
    ['from=1800', 'from', /1990/],
    ['from=2020&to=2010', 'from', /not be after/],
    ['year=2017&from=2010', 'year', /either year or from\/to/],
    ['stage=signed', 'stage', /Expected one of: in_contact/],
    ['page=0', 'page', /start at 1/],
    ['pageSize=1000', 'pageSize', /At most 100/],
    ['region=Grodno Oblast', 'region', /slug/],
    ['colour=red', 'colour', /Unknown parameter/],
    [`q=${'x'.repeat(201)}`, 'q', /At most 200/],
  ])('names the parameter and the problem: %s', (query, parameter, message) => {
    const parsed = parseAtlasFilters(new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContainEqual({ parameter, message: expect.stringMatching(message) });
  });
});

describe('parseAtlasFiltersLenient', () => {
  it('keeps the good parameters of a damaged link', () => {
    expect(parseAtlasFiltersLenient({ from: '2010', stage: 'bogus', colour: 'red', cn: 'gansu' })).toEqual({
      from: 2010,
      to: undefined,
      cn: 'gansu',
      q: undefined,
    });
    expect(parseAtlasFiltersLenient({ from: '2020', to: '2010', cn: 'gansu' })).toMatchObject({ cn: 'gansu' });
  });
});

describe('atlasFiltersToSearchParams', () => {
  it('writes a canonical, round-trippable URL', () => {
    const params = atlasFiltersToSearchParams({
      stage: ['established', 'approved'],
      from: 2007,
      to: 2023,
      q: '敦煌',
      page: 1,
    });
    expect(params.toString()).toBe('q=%E6%95%A6%E7%85%8C&from=2007&to=2023&stage=established%2Capproved');
    const back = parseAtlasFilters(params);
    expect(back.ok && back.filters).toMatchObject({ q: '敦煌', from: 2007, to: 2023, stage: ['established', 'approved'] });
  });
});
