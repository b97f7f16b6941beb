import 'server-only';
import { z } from 'zod';
import { editorLoader } from '@/lib/auth/require-data';
import { adminHref } from '@/lib/audit/types';
import { db } from '@/lib/db';
import { SUGGESTION_STATUSES, type SuggestionTarget } from './schema';

export const suggestionFiltersSchema = z.object({
  status: z.enum(SUGGESTION_STATUSES).catch('new').default('new'),
  kind: z.enum(['correction', 'new_pairing']).optional().catch(undefined),
});
export type SuggestionFilters = z.output<typeof suggestionFiltersSchema>;

const flat = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
export const parseSuggestionFilters = (params: Record<string, string | string[] | undefined>) => suggestionFiltersSchema.parse(flat(params));

export type Proposal = { byPlaceId?: number; cnPlaceId?: number; stage?: string; date?: string; datePrecision?: string; documentKind?: string };
const parseProposal = (json: string): Proposal => {
  try {
    return JSON.parse(json) as Proposal;
  } catch {
    return {};
  }
};

const LIST_SELECT = {
  id: true, reference: true, kind: true, entityType: true, entityId: true, sourceUrl: true, message: true, locale: true, status: true,
  createdAt: true, reviewedAt: true, reviewedBy: { select: { name: true } },
} as const;

/** The inbox: one status at a time, oldest new first (first come, first served), with counts per status. */
export const listSuggestions = editorLoader(async (filters: SuggestionFilters) => {
  const where = { status: filters.status, ...(filters.kind && { kind: filters.kind }) };
  const [rows, grouped] = await Promise.all([
    db.suggestion.findMany({ where, orderBy: { createdAt: filters.status === 'new' ? 'asc' : 'desc' }, take: 200, select: LIST_SELECT }),
    db.suggestion.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(SUGGESTION_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<(typeof SUGGESTION_STATUSES)[number], number>;
  return { rows, counts };
});

/** The number of new suggestions, for the admin navigation. */
export const countNewSuggestions = editorLoader(() => db.suggestion.count({ where: { status: 'new' } }));

const NAMES = { id: true, slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true } as const;

/** One suggestion with the record it is about as it stands now (deleted ones included, marked). */
export const getSuggestion = editorLoader(async (id: number) => {
  const suggestion = await db.suggestion.findUnique({ where: { id }, select: { ...LIST_SELECT, email: true, proposal: true, rejectReason: true } });
  if (!suggestion) return null;
  const proposal = parseProposal(suggestion.proposal);
  const target = suggestion.entityType as SuggestionTarget | null;
  const current =
    target === 'pairing' && suggestion.entityId
      ? await db.pairing.findUnique({
          where: { id: suggestion.entityId },
          select: { id: true, slug: true, stage: true, type: true, establishedDate: true, deletedAt: true, byPlace: { select: NAMES }, cnPlace: { select: NAMES }, sources: { select: { url: true } } },
        })
      : target === 'place' && suggestion.entityId
        ? await db.place.findUnique({ where: { id: suggestion.entityId }, select: { ...NAMES, deletedAt: true } })
        : target === 'project' && suggestion.entityId
          ? await db.project.findUnique({ where: { id: suggestion.entityId }, select: { id: true, slug: true, nameEn: true, status: true, deletedAt: true } })
          : null;
  const partners =
    suggestion.kind === 'new_pairing'
      ? await db.place.findMany({ where: { id: { in: [proposal.byPlaceId ?? 0, proposal.cnPlaceId ?? 0] } }, select: { ...NAMES, country: true } })
      : [];
  const existingPairing =
    proposal.byPlaceId && proposal.cnPlaceId
      ? await db.pairing.findFirst({ where: { byPlaceId: proposal.byPlaceId, cnPlaceId: proposal.cnPlaceId }, select: { id: true, slug: true } })
      : null;
  return { ...suggestion, proposal, current, partners, existingPairing, editHref: editHref(suggestion.kind, target, suggestion.entityId, existingPairing?.id ?? null, id) };
});

/** Where "Accept" takes the editor: the edit form of the record, or the new-pairing form; the suggestion rides along. */
function editHref(kind: string, target: SuggestionTarget | null, entityId: number | null, existingPairingId: number | null, suggestionId: number) {
  if (kind === 'correction' && target && entityId) return `${adminHref(target, entityId)}?suggestion=${suggestionId}`;
  if (existingPairingId) return `${adminHref('pairing', existingPairingId)}?suggestion=${suggestionId}`;
  return `/admin/pairings/new?suggestion=${suggestionId}`;
}

/**
 * The suggestion an edit form was opened from (`?suggestion=<id>`, lib/suggestions/prefill.ts),
 * when it is about `record` (an entity and id, or the new-pairing form) and not rejected.
 */
export const suggestionForForm = editorLoader(async (
  params: Record<string, string | string[] | undefined>,
  record: { entityType: SuggestionTarget; id: number } | 'new_pairing',
) => {
  const raw = Array.isArray(params.suggestion) ? params.suggestion[0] : params.suggestion;
  const id = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const suggestion = id ? await getSuggestion(id) : null;
  if (!suggestion || suggestion.status === 'rejected') return null;
  const matches =
    record === 'new_pairing'
      ? suggestion.kind === 'new_pairing' && !suggestion.existingPairing
      : (suggestion.entityType === record.entityType && suggestion.entityId === record.id) ||
        (record.entityType === 'pairing' && suggestion.existingPairing?.id === record.id);
  return matches ? suggestion : null;
});
