import 'server-only';
import { db } from '@/lib/db';
import { isScopedModel, scopeToLive } from './scope';

const READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy']);

/**
 * The client of every public reader (pages, API, map, search): the app's one client
 * with soft-deleted rows scoped out of every read, nested relations included
 * (lib/soft-delete/scope.ts). Read-only: writes go through `db` in a transaction, so a
 * write can never be filtered by accident.
 */
export const publicDb = db.$extends({
  name: 'live-rows-only',
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        if (!READS.has(operation)) throw new Error(`publicDb is read-only: ${model}.${operation} must use db.`);
        const scopedModel = model.charAt(0).toLowerCase() + model.slice(1);
        return query(isScopedModel(scopedModel) ? (scopeToLive(scopedModel, args as Record<string, unknown>) as typeof args) : args);
      },
    },
  },
});
