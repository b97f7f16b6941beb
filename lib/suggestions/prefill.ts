import { newSourceRef, type pairingFormValues, type SourceRefValue } from '@/lib/admin/form-values';
import { partialDateParts } from '@/lib/dates/partial-date';
import type { Proposal } from './admin-queries';

/**
 * An accepted suggestion opens the edit form with the reader's proposal already in it
 * (issue 15): the editor checks it against the source and saves, or changes it. Pure:
 * the form's starting values in, the same shape out, so the form cannot tell a
 * prefilled value from a stored one — nothing is written until the editor saves.
 */
export type SuggestionForForm = {
  kind: string;
  proposal: Proposal;
  sourceUrl: string;
  partners: { id: number; country: string; nameEn: string }[];
};

/** The suggestion's source as a new source row, unless the record cites that URL already; a blank row is reused. */
export function withSuggestedSource<V extends { sources: SourceRefValue[] }>(values: V, url: string): V {
  if (!url || values.sources.some((source) => source.url === url)) return values;
  const row: SourceRefValue = { ...newSourceRef(), url };
  const blank = values.sources.findIndex((source) => source.mode === 'new' && !source.url && !source.title);
  return { ...values, sources: blank >= 0 ? values.sources.map((source, i) => (i === blank ? row : source)) : [...values.sources, row] };
}

type PairingValues = ReturnType<typeof pairingFormValues>;

/** The pairing form (edit, or new for a reported partnership) with the proposed stage, date, partners, document kind and source. */
export function pairingValuesFromSuggestion(values: PairingValues, suggestion: SuggestionForForm): PairingValues {
  const { proposal } = suggestion;
  const next: PairingValues = { ...values };
  if (proposal.stage) next.stage = proposal.stage;
  if (proposal.date) next.established = partialDateParts(proposal.date);
  if (next.by && next.cn && next.agreement) {
    const partner = (country: string, id: number | undefined) => {
      const place = suggestion.partners.find((p) => p.id === id && p.country === country);
      return place ? { mode: 'existing' as const, id: String(place.id), label: place.nameEn } : undefined;
    };
    next.by = partner('BY', proposal.byPlaceId) ?? next.by;
    next.cn = partner('CN', proposal.cnPlaceId) ?? next.cn;
    next.agreement = {
      ...next.agreement,
      ...(proposal.documentKind && { kind: proposal.documentKind }),
      ...(proposal.date && { date: partialDateParts(proposal.date) }),
    };
  }
  return withSuggestedSource(next, suggestion.sourceUrl);
}
