import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Which rows a public reader may see, in one place (docs/editing.md, "Soft delete").
 *
 * `scopeToLive(model, args)` rewrites the arguments of a read so that it returns live
 * rows only: the top-level `where`, every list relation in `select`/`include` (and in
 * `_count`), and every list-relation filter (`some`/`every`/`none`) inside a `where`.
 * Readers therefore write no `deletedAt: null` of their own, and a new nested read
 * cannot forget one. lib/soft-delete/public-db.ts applies it to every query of the
 * public client; admin screens use the plain client and see deleted rows.
 */

export type ScopedModel = 'place' | 'placeName' | 'placeFact' | 'pairing' | 'pairingField' | 'agreement' | 'project' | 'tradeFigure' | 'source';
type Where = Record<string, unknown>;
type Args = Record<string, unknown>;

/** `true` when the relation's include arguments page (`take`), i.e. it is a list. */
type IsList<A> = 'take' extends keyof Exclude<A, boolean | null | undefined> ? true : false;
type Link<A> = { to: ScopedModel; list: IsList<A> };
/** Every relation of a model, no more and no fewer, each with its target and arity. */
type RelationsOf<Include> = { [K in Exclude<keyof Include, '_count'>]-?: Link<Include[K]> };

const one = <M extends ScopedModel>(to: M) => ({ to, list: false as const });
const many = <M extends ScopedModel>(to: M) => ({ to, list: true as const });

// A relation added to schema.prisma and not listed here is a compile error, and so is
// a list marked as a single row (or the reverse).
const RELATIONS = {
  place: {
    region: one('place'),
    localities: many('place'),
    parentCity: one('place'),
    districts: many('place'),
    names: many('placeName'),
    facts: many('placeFact'),
    sources: many('source'),
    byPairings: many('pairing'),
    cnPairings: many('pairing'),
    projects: many('project'),
    tradeFiguresBy: many('tradeFigure'),
    tradeFiguresCn: many('tradeFigure'),
  },
  placeName: { place: one('place') },
  placeFact: { place: one('place'), sources: many('source') },
  pairing: {
    byPlace: one('place'),
    cnPlace: one('place'),
    fields: many('pairingField'),
    agreements: many('agreement'),
    sources: many('source'),
    projects: many('project'),
  },
  pairingField: { pairing: one('pairing') },
  agreement: { pairing: one('pairing'), sources: many('source') },
  project: { place: one('place'), pairings: many('pairing'), sources: many('source') },
  tradeFigure: { byPlace: one('place'), cnPlace: one('place'), sources: many('source') },
  source: {
    places: many('place'),
    placeFacts: many('placeFact'),
    pairings: many('pairing'),
    agreements: many('agreement'),
    projects: many('project'),
    tradeFigures: many('tradeFigure'),
  },
} satisfies Record<ScopedModel, unknown> & {
  place: RelationsOf<Prisma.PlaceInclude>;
  placeName: RelationsOf<Prisma.PlaceNameInclude>;
  placeFact: RelationsOf<Prisma.PlaceFactInclude>;
  pairing: RelationsOf<Prisma.PairingInclude>;
  pairingField: RelationsOf<Prisma.PairingFieldInclude>;
  agreement: RelationsOf<Prisma.AgreementInclude>;
  project: RelationsOf<Prisma.ProjectInclude>;
  tradeFigure: RelationsOf<Prisma.TradeFigureInclude>;
  source: RelationsOf<Prisma.SourceInclude>;
};

const livePlace = { deletedAt: null } satisfies Prisma.PlaceWhereInput;
/** A pairing lives only while both its partners do: a deleted place takes its pairings off every list. */
const livePairing = { deletedAt: null, byPlace: livePlace, cnPlace: livePlace } satisfies Prisma.PairingWhereInput;

/**
 * When a row of each model is live. Rows with no lifecycle of their own (names, facts,
 * fields) are live with their owner: nested under it they need no condition, read on
 * their own they need the owner's (OWNER_LIVE). A project or trade figure stays
 * listed when its place is deleted: the place is only where it is, not what it is.
 */
const LIVE: Record<ScopedModel, Where | null> = {
  place: livePlace,
  source: { deletedAt: null } satisfies Prisma.SourceWhereInput,
  project: { deletedAt: null } satisfies Prisma.ProjectWhereInput,
  tradeFigure: { deletedAt: null } satisfies Prisma.TradeFigureWhereInput,
  pairing: livePairing,
  agreement: { deletedAt: null, pairing: livePairing } satisfies Prisma.AgreementWhereInput,
  placeName: null,
  placeFact: null,
  pairingField: null,
};

const OWNER_LIVE: Partial<Record<ScopedModel, Where>> = {
  placeName: { place: livePlace } satisfies Prisma.PlaceNameWhereInput,
  placeFact: { place: livePlace } satisfies Prisma.PlaceFactWhereInput,
  pairingField: { pairing: livePairing } satisfies Prisma.PairingFieldWhereInput,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** `where` AND `extra`, keeping `where`'s own keys on top (findUnique needs its unique key there). */
function and(where: unknown, extra: Where | null): Where | undefined {
  const base = isObject(where) ? where : undefined;
  if (!extra) return base;
  if (!base) return { ...extra };
  const existing = base.AND === undefined ? [] : Array.isArray(base.AND) ? base.AND : [base.AND];
  return { ...base, AND: [...existing, extra] };
}

function relationOf(model: ScopedModel, key: string): { to: ScopedModel; list: boolean } | undefined {
  return (RELATIONS[model] as Record<string, { to: ScopedModel; list: boolean }>)[key];
}

/** Makes every list-relation filter in `where` count live rows only. */
function scopeWhere(model: ScopedModel, where: unknown): unknown {
  if (Array.isArray(where)) return where.map((part) => scopeWhere(model, part));
  if (!isObject(where)) return where;
  const out: Where = {};
  for (const [key, value] of Object.entries(where)) {
    const relation = relationOf(model, key);
    if (key === 'AND' || key === 'OR' || key === 'NOT') out[key] = scopeWhere(model, value);
    else if (!relation || !isObject(value)) out[key] = value;
    else if (relation.list) out[key] = scopeListFilter(relation.to, value);
    else if ('is' in value || 'isNot' in value) {
      out[key] = Object.fromEntries(Object.entries(value).map(([op, inner]) => [op, scopeWhere(relation.to, inner)]));
    } else out[key] = scopeWhere(relation.to, value);
  }
  return out;
}

function scopeListFilter(to: ScopedModel, filter: Where): Where {
  const live = LIVE[to];
  const out: Where = {};
  for (const [op, inner] of Object.entries(filter)) {
    const scoped = scopeWhere(to, inner);
    if (!live) out[op] = scoped;
    // "every live row matches" = every row is deleted or matches.
    else if (op === 'every') out[op] = { OR: [{ NOT: live }, scoped ?? {}] };
    else out[op] = and(scoped, live);
  }
  return out;
}

/** Filters every list relation read through `select`/`include` (and `_count`) to live rows. */
function scopeSelection(model: ScopedModel, selection: unknown): unknown {
  if (!isObject(selection)) return selection;
  const out: Args = {};
  for (const [key, value] of Object.entries(selection)) {
    const relation = relationOf(model, key);
    if (key === '_count' && isObject(value) && isObject(value.select)) {
      out[key] = { ...value, select: scopeCount(model, value.select) };
    } else if (!relation || value === false || value === undefined) out[key] = value;
    else if (relation.list) {
      const args = isObject(value) ? value : {};
      const scoped = scopeNested(relation.to, { ...args, where: and(scopeWhere(relation.to, args.where), LIVE[relation.to]) });
      out[key] = Object.keys(scoped).length === 0 ? value : scoped;
    } else out[key] = isObject(value) ? scopeNested(relation.to, value) : value;
  }
  return out;
}

function scopeCount(model: ScopedModel, counted: Record<string, unknown>): Args {
  const out: Args = {};
  for (const [key, value] of Object.entries(counted)) {
    const relation = relationOf(model, key);
    if (!relation || value === false) out[key] = value;
    else {
      const where = isObject(value) ? value.where : undefined;
      out[key] = { ...(isObject(value) ? value : {}), where: and(scopeWhere(relation.to, where), LIVE[relation.to]) };
    }
  }
  return out;
}

function scopeNested(model: ScopedModel, args: Args): Args {
  const out: Args = { ...args };
  if (out.where === undefined) delete out.where;
  if (args.select !== undefined) out.select = scopeSelection(model, args.select);
  if (args.include !== undefined) out.include = scopeSelection(model, args.include);
  return out;
}

export function isScopedModel(model: string): model is ScopedModel {
  return model in RELATIONS;
}

/** The arguments of a top-level read (find*, count, aggregate, groupBy) limited to live rows. */
export function scopeToLive(model: ScopedModel, args: Args | undefined): Args {
  const input = args ?? {};
  const where = and(scopeWhere(model, input.where), LIVE[model] ?? OWNER_LIVE[model] ?? null);
  return scopeNested(model, { ...input, ...(where && { where }) });
}
