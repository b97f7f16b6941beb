import 'server-only';
import { ActionError, type RecordReference } from '@/lib/errors';
import type { Tx } from '@/lib/db-types';
import { adminHref, type EntityType, type Snapshot } from '@/lib/audit/types';

/**
 * What keeps a record in use, so that a delete (or a revert that deletes) never leaves
 * a live record pointing at a deleted one — a pairing page linking to a place that
 * 404s, an arc in the GeoJSON with no end (issue 12, item 4). The write path refuses
 * and names every live record in the way, with a link to its edit page; the editor
 * unlinks or deletes those first. Reads use the plain client: deleted rows are not
 * references, live ones are.
 */

/** How many references a refusal lists by name (the count says how many more). */
export const REFERENCES_SHOWN = 20;

const live = { deletedAt: null } as const;
const placeName = { select: { nameEn: true } } as const;
const pairingLabel = (p: { byPlace: { nameEn: string }; cnPlace: { nameEn: string } }) => `${p.byPlace.nameEn} – ${p.cnPlace.nameEn}`;
const ref = (entityType: EntityType, id: number, label: string): RecordReference => ({ entityType, id, label, href: adminHref(entityType, id) });

const pairingSelect = { id: true, byPlace: placeName, cnPlace: placeName } as const;
const tradeSelect = { id: true, year: true, flow: true, byPlace: placeName, cnPlace: placeName } as const;
const tradeLabel = (t: { year: number | null; flow: string; byPlace: { nameEn: string } | null; cnPlace: { nameEn: string } | null }) =>
  `${[t.byPlace?.nameEn, t.cnPlace?.nameEn].filter(Boolean).join(' – ')} ${t.year ?? ''} ${t.flow.replace('_', ' ')}`.trim();

/** Every live record that refers to the given one (an empty list: free to delete). */
export async function liveReferencesTo(tx: Tx, type: EntityType, id: number): Promise<RecordReference[]> {
  switch (type) {
    case 'place': {
      const [pairings, children, projects, trade] = await Promise.all([
        tx.pairing.findMany({ where: { ...live, OR: [{ byPlaceId: id }, { cnPlaceId: id }] }, select: pairingSelect, orderBy: { id: 'asc' } }),
        tx.place.findMany({ where: { ...live, OR: [{ regionId: id }, { parentCityId: id }] }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
        tx.project.findMany({ where: { ...live, placeId: id }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
        tx.tradeFigure.findMany({ where: { ...live, OR: [{ byPlaceId: id }, { cnPlaceId: id }] }, select: tradeSelect, orderBy: { id: 'asc' } }),
      ]);
      return [
        ...pairings.map((p) => ref('pairing', p.id, pairingLabel(p))),
        ...children.map((p) => ref('place', p.id, p.nameEn)),
        ...projects.map((p) => ref('project', p.id, p.nameEn)),
        ...trade.map((t) => ref('trade_figure', t.id, tradeLabel(t))),
      ];
    }
    case 'pairing': {
      const [agreements, projects] = await Promise.all([
        tx.agreement.findMany({ where: { ...live, pairingId: id }, select: { id: true, title: true }, orderBy: { id: 'asc' } }),
        tx.project.findMany({ where: { ...live, pairings: { some: { id } } }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
      ]);
      return [...agreements.map((a) => ref('agreement', a.id, a.title)), ...projects.map((p) => ref('project', p.id, p.nameEn))];
    }
    case 'source': {
      const cites = { sources: { some: { id } } };
      const [places, facts, pairings, agreements, projects, trade] = await Promise.all([
        tx.place.findMany({ where: { ...live, ...cites }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
        // A fact lives with its place: the place is what the editor opens to unlink it.
        tx.place.findMany({ where: { ...live, facts: { some: cites } }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
        tx.pairing.findMany({ where: { ...live, ...cites }, select: pairingSelect, orderBy: { id: 'asc' } }),
        tx.agreement.findMany({ where: { ...live, ...cites }, select: { id: true, title: true }, orderBy: { id: 'asc' } }),
        tx.project.findMany({ where: { ...live, ...cites }, select: { id: true, nameEn: true }, orderBy: { id: 'asc' } }),
        tx.tradeFigure.findMany({ where: { ...live, ...cites }, select: tradeSelect, orderBy: { id: 'asc' } }),
      ]);
      const placeRefs = new Map([...places, ...facts].map((p) => [p.id, ref('place', p.id, p.nameEn)]));
      return [
        ...placeRefs.values(),
        ...pairings.map((p) => ref('pairing', p.id, pairingLabel(p))),
        ...agreements.map((a) => ref('agreement', a.id, a.title)),
        ...projects.map((p) => ref('project', p.id, p.nameEn)),
        ...trade.map((t) => ref('trade_figure', t.id, tradeLabel(t))),
      ];
    }
    case 'agreement':
    case 'project':
    case 'trade_figure':
      // Nothing points at these: a pairing lists its agreements and projects, it does not name them.
      return [];
  }
}

/** The places a record's columns point at (the targets that must be live while it is). */
function placeTargets(type: EntityType, s: Snapshot): number[] {
  const keys: Partial<Record<EntityType, string[]>> = {
    place: ['regionId', 'parentCityId'],
    pairing: ['byPlaceId', 'cnPlaceId'],
    project: ['placeId'],
    trade_figure: ['byPlaceId', 'cnPlaceId'],
  };
  return (keys[type] ?? []).map((key) => s[key]).filter((value): value is number => typeof value === 'number');
}

/** Every deleted record that a live record with these values would point at. */
export async function deletedTargetsOf(tx: Tx, type: EntityType, s: Snapshot): Promise<RecordReference[]> {
  const placeIds = placeTargets(type, s);
  const [places, pairings] = await Promise.all([
    placeIds.length ? tx.place.findMany({ where: { id: { in: placeIds }, deletedAt: { not: null } }, select: { id: true, nameEn: true } }) : [],
    type === 'agreement' && typeof s.pairingId === 'number'
      ? tx.pairing.findMany({
          where: { id: s.pairingId, OR: [{ deletedAt: { not: null } }, { byPlace: { deletedAt: { not: null } } }, { cnPlace: { deletedAt: { not: null } } }] },
          select: pairingSelect,
        })
      : [],
  ]);
  return [...places.map((p) => ref('place', p.id, p.nameEn)), ...pairings.map((p) => ref('pairing', p.id, pairingLabel(p)))];
}

const NOUN: Record<EntityType, string> = {
  place: 'place',
  pairing: 'pairing',
  agreement: 'agreement',
  project: 'project',
  trade_figure: 'trade figure',
  source: 'source',
};

/** Refuses to delete a record that live records still use; names them (with links). */
export async function assertUnreferenced(tx: Tx, type: EntityType, id: number) {
  const references = await liveReferencesTo(tx, type, id);
  if (references.length === 0) return;
  throw new ActionError(
    409,
    `This ${NOUN[type]} is still used by ${references.length === 1 ? '1 record' : `${references.length} records`}; nothing was deleted. Delete or change those first.`,
    { references: references.slice(0, REFERENCES_SHOWN), referenceCount: references.length },
  );
}

/** Refuses to keep or make a record live while it points at a deleted one (restore that first). */
export async function assertTargetsLive(tx: Tx, type: EntityType, s: Snapshot) {
  const targets = await deletedTargetsOf(tx, type, s);
  if (targets.length === 0) return;
  throw new ActionError(
    409,
    `This ${NOUN[type]} refers to ${targets.length === 1 ? 'a deleted record' : 'deleted records'}; nothing was saved. Restore ${targets.length === 1 ? 'it' : 'them'} first, or choose another.`,
    { references: targets, referenceCount: targets.length, referencesDeleted: true },
  );
}
