import 'server-only';

/**
 * SQLite binds at most a few thousand parameters per statement, and Prisma loads a
 * to-many relation with one parameter per parent row (`WHERE pairingId IN (?, ?, …)`),
 * so a findMany with relations over thousands of rows fails with P2029. Readers
 * therefore select matching ids first (no relations) and load the rows in batches.
 */
export const ID_BATCH = 500;

/** Rows for `ids` in batches of ID_BATCH, returned in the order of `ids`. */
export async function findByIds<T extends { id: number }>(ids: readonly number[], find: (batch: number[]) => Promise<T[]>): Promise<T[]> {
  const byId = new Map<number, T>();
  for (let i = 0; i < ids.length; i += ID_BATCH) {
    for (const row of await find(ids.slice(i, i + ID_BATCH))) byId.set(row.id, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
