import 'server-only';
import { db } from '@/lib/db';
import { diffSnapshots } from '@/lib/audit/diff';
import { localName } from '@/lib/i18n/place-names';
import { publicDb } from '@/lib/soft-delete/public-db';
import { changedGroups, PUBLIC_CHANGE_TYPES, type FieldGroup, type PublicChangeType } from './public-fields';

/** One change a reader may see: what, when, where its page is, and which public fields moved. */
export type PublicChange = {
  /** The audit event's id: stable, so feeds and cursors can use it. */
  id: number;
  at: Date;
  kind: 'added' | 'updated';
  entityType: PublicChangeType;
  /** The record's name in the page's language, as it is now. */
  title: string;
  /** For an agreement or project: the pairing or place it belongs to. */
  context: string | null;
  /** The public page, without the locale prefix. */
  path: string;
  fields: FieldGroup[];
};

export type PublicChangesQuery = {
  locale: string;
  /** Only changes about this place: itself, its pairings and their agreements, its projects (and, for a region, its localities'). */
  placeSlug?: string;
  /** Cursor: changes older than this event id. */
  before?: number;
  take?: number;
};

const NAME_SELECT = { nameEn: true, nameRu: true, nameBe: true, nameZh: true } as const;
const PAIRING_SELECT = { id: true, slug: true, byPlace: { select: NAME_SELECT }, cnPlace: { select: NAME_SELECT } } as const;
/** Events read per round while skipping those a reader may not see (deleted records, editorial-only edits). */
const BATCH = 200;

type Scope = { pairing: number[]; agreement: number[]; place: number[]; project: number[] };

/** The ids whose events belong in a place's feed, or null when the place does not exist (or is deleted). */
async function placeScope(slug: string, locale: string): Promise<{ scope: Scope; name: string } | null> {
  const place = await publicDb.place.findUnique({ where: { slug }, select: { id: true, ...NAME_SELECT, localities: { select: { id: true } } } });
  if (!place) return null;
  const placeIds = [place.id, ...place.localities.map((l) => l.id)];
  const pairings = await publicDb.pairing.findMany({
    where: { OR: [{ byPlaceId: { in: placeIds } }, { cnPlaceId: { in: placeIds } }] },
    select: { id: true, agreements: { select: { id: true } }, projects: { select: { id: true } } },
  });
  const projects = await publicDb.project.findMany({ where: { placeId: { in: placeIds } }, select: { id: true } });
  return {
    name: localName(place, locale),
    scope: {
      place: placeIds,
      pairing: pairings.map((p) => p.id),
      agreement: pairings.flatMap((p) => p.agreements.map((a) => a.id)),
      project: [...new Set([...projects.map((p) => p.id), ...pairings.flatMap((p) => p.projects.map((x) => x.id))])],
    },
  };
}

type Described = { title: string; context: string | null; path: string };

/** The current public face of each record the events name; a record missing here is deleted. */
async function describe(ids: Record<PublicChangeType, number[]>, locale: string): Promise<Record<PublicChangeType, Map<number, Described>>> {
  const pairingName = (p: { byPlace: Parameters<typeof localName>[0]; cnPlace: Parameters<typeof localName>[0] }) =>
    `${localName(p.byPlace, locale)} – ${localName(p.cnPlace, locale)}`;
  const [pairings, agreements, places, projects] = await Promise.all([
    ids.pairing.length ? publicDb.pairing.findMany({ where: { id: { in: ids.pairing } }, select: PAIRING_SELECT }) : [],
    ids.agreement.length
      ? publicDb.agreement.findMany({ where: { id: { in: ids.agreement } }, select: { id: true, title: true, pairing: { select: PAIRING_SELECT } } })
      : [],
    ids.place.length ? publicDb.place.findMany({ where: { id: { in: ids.place } }, select: { id: true, slug: true, ...NAME_SELECT } }) : [],
    ids.project.length
      ? publicDb.project.findMany({ where: { id: { in: ids.project } }, select: { id: true, slug: true, nameEn: true, nameRu: true, nameZh: true, place: { select: NAME_SELECT } } })
      : [],
  ]);
  return {
    pairing: new Map(pairings.map((p) => [p.id, { title: pairingName(p), context: null, path: `/pairings/${p.slug}` }])),
    agreement: new Map(
      agreements.map((a) => [a.id, { title: a.title, context: pairingName(a.pairing), path: `/pairings/${a.pairing.slug}#agreement-${a.id}` }]),
    ),
    place: new Map(places.map((p) => [p.id, { title: localName(p, locale), context: null, path: `/places/${p.slug}` }])),
    project: new Map(
      projects.map((p) => [p.id, { title: localName(p, locale), context: p.place ? localName(p.place, locale) : null, path: `/projects/${p.slug}` }]),
    ),
  };
}

const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

/**
 * The atlas's public change history, newest first, built from the audit log: additions
 * and edits of pairings, agreements, places and projects that are live now. Deleted
 * records, deletions, edits that touched only editorial fields (notes) and everything
 * about users, sources and who made the change stay out.
 */
export async function listPublicChanges(query: PublicChangesQuery): Promise<{ items: PublicChange[]; next: number | null; placeName?: string } | null> {
  const take = query.take ?? 50;
  let scope: Scope | null = null;
  let placeName: string | undefined;
  if (query.placeSlug) {
    const found = await placeScope(query.placeSlug, query.locale);
    if (!found) return null;
    ({ scope, name: placeName } = found);
  }
  const typeFilter = scope
    ? PUBLIC_CHANGE_TYPES.filter((t) => scope[t].length).map((t) => ({ entityType: t, entityId: { in: scope[t] } }))
    : [{ entityType: { in: [...PUBLIC_CHANGE_TYPES] } }];
  const items: PublicChange[] = [];
  let cursor = query.before;
  let exhausted = typeFilter.length === 0;
  while (!exhausted && items.length <= take) {
    const events = await db.auditEvent.findMany({
      where: { OR: typeFilter, action: { in: ['create', 'update', 'restore', 'revert'] }, ...(cursor && { id: { lt: cursor } }) },
      orderBy: { id: 'desc' },
      take: BATCH,
      select: { id: true, entityType: true, entityId: true, action: true, before: true, after: true, createdAt: true },
    });
    exhausted = events.length < BATCH;
    if (events.length) cursor = events[events.length - 1].id;
    const ids = Object.fromEntries(PUBLIC_CHANGE_TYPES.map((t) => [t, [...new Set(events.filter((e) => e.entityType === t).map((e) => e.entityId))]])) as Record<
      PublicChangeType,
      number[]
    >;
    const records = await describe(ids, query.locale);
    for (const event of events) {
      const type = event.entityType as PublicChangeType;
      const record = records[type].get(event.entityId);
      const before = parse(event.before);
      const after = parse(event.after);
      // A revert that removed the record, or a change to something deleted since: not public.
      if (!record || !after) continue;
      const fields = changedGroups(type, diffSnapshots(before, after).map((c) => c.field));
      const kind = before === null ? 'added' : 'updated';
      if (kind === 'updated' && fields.length === 0) continue;
      items.push({ id: event.id, at: event.createdAt, kind, entityType: type, ...record, fields: kind === 'added' ? [] : fields });
      if (items.length > take) break;
    }
  }
  const page = items.slice(0, take);
  return { items: page, next: items.length > take ? page[page.length - 1].id : null, placeName };
}
