import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { findByIds } from '@/lib/sql/id-batches';
import type { Prisma } from '@/lib/generated/prisma/client';
import { placeNamesOf } from '@/lib/places/partner';
import { publicSourceSelect } from '@/lib/sources/queries';
import type { TradeFilters } from './series';

const unitSelect = { slug: true, country: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true } as const;

const tradeSelect = {
  id: true,
  scope: true,
  year: true,
  periodKind: true,
  monthFrom: true,
  monthTo: true,
  periodApproximate: true,
  flow: true,
  value: true,
  currency: true,
  scale: true,
  growthPct: true,
  reporter: true,
  approximate: true,
  notes: true,
  byPlace: { select: unitSelect },
  cnPlace: { select: unitSelect },
  sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
} as const satisfies Prisma.TradeFigureSelect;

function toTradeItem(row: Prisma.TradeFigureGetPayload<{ select: typeof tradeSelect }>) {
  const unit = (place: typeof row.byPlace) => (place ? { slug: place.slug, names: placeNamesOf(place) } : null);
  const { byPlace, cnPlace, ...rest } = row;
  return { ...rest, by: unit(byPlace), cn: unit(cnPlace) };
}

export type TradeItem = ReturnType<typeof toTradeItem>;

const ORDER = [{ year: { sort: 'asc', nulls: 'last' } }, { monthTo: 'asc' }, { flow: 'asc' }, { id: 'asc' }] as const satisfies Prisma.TradeFigureOrderByWithRelationInput[];

/** Trade figures, oldest first; every value keeps its currency, scale and reporter. */
async function readListTradeFigures(filters: TradeFilters = {}): Promise<TradeItem[]> {
  const where: Prisma.TradeFigureWhereInput = {
    ...(filters.scope?.length && { scope: { in: filters.scope } }),
    ...(filters.flow?.length && { flow: { in: filters.flow } }),
    ...(filters.currency && { currency: filters.currency }),
    ...(filters.by && { byPlace: { slug: filters.by } }),
    ...(filters.cn && { cnPlace: { slug: filters.cn } }),
    ...((filters.from !== undefined || filters.to !== undefined) && {
      year: { not: null, ...(filters.from !== undefined && { gte: filters.from }), ...(filters.to !== undefined && { lte: filters.to }) },
    }),
  };
  const keys = await publicDb.tradeFigure.findMany({ where, select: { id: true }, orderBy: [...ORDER] });
  const rows = await findByIds(keys.map((k) => k.id), (batch) => publicDb.tradeFigure.findMany({ where: { id: { in: batch } }, select: tradeSelect }));
  return rows.map(toTradeItem);
}

/** Figures of these places (and nothing national): for pairing and place pages. */
export async function tradeFiguresConcerning(places: { id: number; regionId?: number | null }[]): Promise<TradeItem[]> {
  const ids = [...new Set(places.flatMap((p) => [p.id, p.regionId]).filter((id): id is number => typeof id === 'number'))];
  const rows = await publicDb.tradeFigure.findMany({
    where: { OR: [{ byPlaceId: { in: ids } }, { cnPlaceId: { in: ids } }] },
    select: tradeSelect,
    orderBy: [...ORDER],
  });
  return rows.map(toTradeItem);
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listTradeFigures = cachedRead('trade.listTradeFigures', readListTradeFigures);
