import 'server-only';
import { fieldError } from '@/lib/errors';
import { createRecord, updateRecord, type Actor } from '@/lib/audit/changes';
import { withoutSources, type EditedValues } from '@/lib/audit/entities';
import type { Tx } from '@/lib/db-types';
import type { TradeFigureCreate } from './schema';

/** Every edited column of a trade figure (a column left out is a compile error). */
async function tradeValues(tx: Tx, figure: TradeFigureCreate): Promise<EditedValues<'trade_figure'>> {
  for (const [field, id, country] of [['byPlaceId', figure.byPlaceId, 'BY'], ['cnPlaceId', figure.cnPlaceId, 'CN']] as const) {
    if (id === null) continue;
    const place = await tx.place.findFirst({ where: { id, deletedAt: null }, select: { country: true } });
    if (!place || place.country !== country) throw fieldError(field, `Choose a place in ${country === 'BY' ? 'Belarus' : 'China'}`);
  }
  return withoutSources(figure);
}

export async function createTradeFigure(tx: Tx, figure: TradeFigureCreate, sourceIds: number[], actor: Actor) {
  return createRecord(tx, 'trade_figure', { ...(await tradeValues(tx, figure)), sourceIds }, actor);
}

export async function updateTradeFigure(tx: Tx, id: number, version: number, figure: TradeFigureCreate, sourceIds: number[], actor: Actor) {
  return updateRecord(tx, 'trade_figure', id, version, { ...(await tradeValues(tx, figure)), sourceIds }, actor);
}
