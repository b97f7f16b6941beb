import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isScopedModel, scopeToLive } from './scope';

const READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy']);

/**
 * A read-only view of `client` with soft-deleted rows scoped out of every read, nested
 * relations included (./scope.ts). The app's public client is this over its one
 * connection (./public-db.ts); scripts such as the data release wrap their own.
 */
export function liveRowsOnly(client: PrismaClient) {
  return client.$extends({
    name: 'live-rows-only',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!READS.has(operation)) throw new Error(`A live-rows client is read-only: ${model}.${operation} must use the plain client.`);
          const scopedModel = model.charAt(0).toLowerCase() + model.slice(1);
          return query(isScopedModel(scopedModel) ? (scopeToLive(scopedModel, args as Record<string, unknown>) as typeof args) : args);
        },
      },
    },
  });
}

export type LiveRowsClient = ReturnType<typeof liveRowsOnly>;
