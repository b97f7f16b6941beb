import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';

export type RecordCount = { live: number; deleted: number };

const split = async (count: (deleted: boolean) => Promise<number>): Promise<RecordCount> => {
  const [live, deleted] = await Promise.all([count(false), count(true)]);
  return { live, deleted };
};
const where = (deleted: boolean) => ({ deletedAt: deleted ? { not: null } : null });

/**
 * How many records of each kind the atlas holds (and how many are in the trash), for
 * the dashboard cards. "Live" here is the row's own state; the public counts also drop
 * pairings of deleted places, which the in-use check no longer lets editors create.
 */
export const countRecords = editorLoader(async () => {
  const [pairings, agreements, places, projects, trade, sources] = await Promise.all([
    split((d) => db.pairing.count({ where: where(d) })),
    split((d) => db.agreement.count({ where: where(d) })),
    split((d) => db.place.count({ where: where(d) })),
    split((d) => db.project.count({ where: where(d) })),
    split((d) => db.tradeFigure.count({ where: where(d) })),
    split((d) => db.source.count({ where: where(d) })),
  ]);
  return { pairings, agreements, places, projects, trade, sources };
});
