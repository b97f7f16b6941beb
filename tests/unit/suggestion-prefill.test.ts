import { describe, expect, it } from 'vitest';
import { pairingFormValues } from '@/lib/admin/form-values';
import { pairingValuesFromSuggestion, withSuggestedSource } from '@/lib/suggestions/prefill';

const stored = {
  id: 7, version: 3, type: 'sister_city', typeUncertain: false, stage: 'agreed', stageUncertain: false, establishedDate: '2019',
  establishedApproximate: false, summary: null, notes: null, fields: [], sources: [{ id: 1, title: 'BelTA', url: 'https://belta.by/a' }],
};

describe('an edit form opened from a reader\'s suggestion', () => {
  it('puts the proposed stage, date and a new source row into an existing pairing, keeping its sources', () => {
    const values = pairingValuesFromSuggestion(pairingFormValues(stored), {
      kind: 'correction', proposal: { stage: 'established', date: '2023-11-07' }, sourceUrl: 'https://example.org/news', partners: [],
    });
    expect(values).toMatchObject({ id: 7, version: 3, stage: 'established', established: { precision: 'day', year: '2023', month: '11', day: '07' } });
    expect(values.sources.map((s) => s.url)).toEqual(['https://belta.by/a', 'https://example.org/news']);
    expect(values.by).toBeUndefined();
  });

  it('does not add a source the record already cites, and leaves unproposed fields as stored', () => {
    const values = pairingValuesFromSuggestion(pairingFormValues(stored), { kind: 'correction', proposal: {}, sourceUrl: 'https://belta.by/a', partners: [] });
    expect(values).toEqual(pairingFormValues(stored));
  });

  it('fills a new pairing\'s partners, first agreement and the blank source row from a reported partnership', () => {
    const values = pairingValuesFromSuggestion(pairingFormValues(), {
      kind: 'new_pairing',
      proposal: { byPlaceId: 11, cnPlaceId: 42, stage: 'agreed', date: '2024-05', documentKind: 'memorandum' },
      sourceUrl: 'https://example.org/mou',
      partners: [{ id: 42, country: 'CN', nameEn: 'Dunhuang' }, { id: 11, country: 'BY', nameEn: 'Novogrudok' }],
    });
    expect(values.by).toEqual({ mode: 'existing', id: '11', label: 'Novogrudok' });
    expect(values.cn).toEqual({ mode: 'existing', id: '42', label: 'Dunhuang' });
    expect(values.agreement).toMatchObject({ kind: 'memorandum', date: { precision: 'month', year: '2024', month: '05', day: '' } });
    expect(values.sources).toEqual([{ mode: 'new', url: 'https://example.org/mou', title: '', publisher: '' }]);
  });

  it('ignores a partner id on the wrong side', () => {
    const values = pairingValuesFromSuggestion(pairingFormValues(), {
      kind: 'new_pairing', proposal: { byPlaceId: 42 }, sourceUrl: '', partners: [{ id: 42, country: 'CN', nameEn: 'Dunhuang' }],
    });
    expect(values.by).toEqual(pairingFormValues().by);
  });

  it('adds the source to any form with sources', () => {
    expect(withSuggestedSource({ sources: [] }, 'https://example.org/x').sources).toEqual([{ mode: 'new', url: 'https://example.org/x', title: '', publisher: '' }]);
  });
});
