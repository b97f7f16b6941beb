import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { adminHref, type EntityType } from '@/lib/audit/types';
import type { AgreementKind, PairingStage } from '@/lib/domain/vocabulary';
import { publicDb } from '@/lib/soft-delete/public-db';

/** The checks of the data-quality desk (docs/editing.md, "Data quality"), in the order an editor works through them. */
export const QUALITY_CHECKS = [
  'stage-contradicts-milestones',
  'undated-pairings',
  'single-source',
  'uncertain-flags',
  'incomplete-sources',
  'missing-names',
] as const;
export type QualityCheckId = (typeof QUALITY_CHECKS)[number];

/** One record a check flags: what it is, where to fix it, and why (a catalogue key with values). */
export type QualityItem = {
  entityType: EntityType;
  id: number;
  label: string;
  href: string;
  /** Why: a key under `admin.quality.reason`, with a count and/or terms (keys under `admin.quality.term`). */
  reason: { key: string; count?: number; terms?: string[] };
};
export type QualityCheck = { id: QualityCheckId; count: number; items: QualityItem[] };

/** Documents that make a relation formal: a pairing "established" should rest on one of them. */
const FORMAL_KINDS: readonly AgreementKind[] = ['twinning_agreement', 'cooperation_agreement', 'memorandum', 'cooperation_programme', 'approval'];
/** Documents of a signed relation: a pairing that has one is past "in contact" or "letter of intent". */
const SIGNED_KINDS: readonly AgreementKind[] = ['twinning_agreement', 'cooperation_agreement'];
const EARLY_STAGES: readonly PairingStage[] = ['in_contact', 'letter_of_intent'];

const NAMES = { nameEn: true, nameRu: true, nameBe: true, nameZh: true } as const;
const pairingLabel = (p: { byPlace: { nameEn: string }; cnPlace: { nameEn: string } }) => `${p.byPlace.nameEn} – ${p.cnPlace.nameEn}`;
const item = (entityType: EntityType, id: number, label: string, key: string, detail: Omit<QualityItem['reason'], 'key'> = {}): QualityItem => ({
  entityType,
  id,
  label,
  href: adminHref(entityType, id),
  reason: { key, ...detail },
});

/** Every check over the live records (deleted ones are the trash's business, not the desk's). */
async function runQualityChecks(): Promise<QualityCheck[]> {
  const [pairings, agreements, projects, sources, places] = await Promise.all([
    publicDb.pairing.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true, stage: true, typeUncertain: true, stageUncertain: true, establishedDate: true, establishedApproximate: true,
        byPlace: { select: { nameEn: true } }, cnPlace: { select: { nameEn: true } },
        agreements: { select: { kind: true, date: true } },
        _count: { select: { sources: true } },
      },
    }),
    publicDb.agreement.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, dateApproximate: true, _count: { select: { sources: true } } } }),
    publicDb.project.findMany({ orderBy: { id: 'asc' }, select: { id: true, nameEn: true, statusUncertain: true, _count: { select: { sources: true } } } }),
    publicDb.source.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, url: true, publishedDate: true } }),
    publicDb.place.findMany({ orderBy: { id: 'asc' }, select: { id: true, ...NAMES } }),
  ]);

  const contradictions = pairings.flatMap((p) => {
    const kinds = new Set(p.agreements.map((a) => a.kind as AgreementKind));
    if (p.stage === 'established' && !FORMAL_KINDS.some((k) => kinds.has(k))) return [item('pairing', p.id, pairingLabel(p), 'establishedWithoutDocument')];
    if (p.stage === 'approved' && !FORMAL_KINDS.some((k) => kinds.has(k))) return [item('pairing', p.id, pairingLabel(p), 'approvedWithoutDocument')];
    if (EARLY_STAGES.includes(p.stage as PairingStage) && SIGNED_KINDS.some((k) => kinds.has(k)))
      return [item('pairing', p.id, pairingLabel(p), 'signedButEarlyStage', { terms: [p.stage] })];
    return [];
  });

  const undated = pairings
    .filter((p) => !p.establishedDate && !p.agreements.some((a) => a.date))
    .map((p) => item('pairing', p.id, pairingLabel(p), 'noDatedMilestone'));

  const singleSource = [
    ...pairings.filter((p) => p._count.sources < 2).map((p) => item('pairing', p.id, pairingLabel(p), 'sources', { count: p._count.sources })),
    ...agreements.filter((a) => a._count.sources < 2).map((a) => item('agreement', a.id, a.title, 'sources', { count: a._count.sources })),
    ...projects.filter((p) => p._count.sources < 2).map((p) => item('project', p.id, p.nameEn, 'sources', { count: p._count.sources })),
  ];

  const uncertain = [
    ...pairings.flatMap((p) => {
      const flags = [p.typeUncertain && 'type', p.stageUncertain && 'stage', p.establishedApproximate && 'date'].filter(Boolean) as string[];
      return flags.length ? [item('pairing', p.id, pairingLabel(p), 'uncertain', { terms: flags })] : [];
    }),
    ...agreements.filter((a) => a.dateApproximate).map((a) => item('agreement', a.id, a.title, 'uncertain', { terms: ['date'] })),
    ...projects.filter((p) => p.statusUncertain).map((p) => item('project', p.id, p.nameEn, 'uncertain', { terms: ['status'] })),
  ];

  const incompleteSources = sources.flatMap((s) => {
    const missing = [!s.url && 'url', !s.publishedDate && 'date'].filter(Boolean) as string[];
    return missing.length ? [item('source', s.id, s.title, 'sourceMissing', { terms: missing })] : [];
  });

  const missingNames = places.flatMap((p) => {
    const missing = (['nameRu', 'nameBe', 'nameZh'] as const).filter((k) => !p[k]?.trim()).map((k) => k.slice(4).toLowerCase());
    return missing.length ? [item('place', p.id, p.nameEn, 'missingNames', { terms: missing })] : [];
  });

  const lists: Record<QualityCheckId, QualityItem[]> = {
    'stage-contradicts-milestones': contradictions,
    'undated-pairings': undated,
    'single-source': singleSource,
    'uncertain-flags': uncertain,
    'incomplete-sources': incompleteSources,
    'missing-names': missingNames,
  };
  return QUALITY_CHECKS.map((id) => ({ id, count: lists[id].length, items: lists[id] }));
}

/** The desk for a signed-in editor (pages and the JSON endpoint). */
export const loadQualityChecks = editorLoader(runQualityChecks);
