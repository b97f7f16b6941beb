import 'server-only';
import { db } from '@/lib/db';
import { liveRowsOnly } from './live-rows';

/**
 * The client of every public reader (pages, API, map, search): the app's one client
 * with soft-deleted rows scoped out of every read, nested relations included
 * (lib/soft-delete/scope.ts). Read-only: writes go through `db` in a transaction, so a
 * write can never be filtered by accident.
 */
export const publicDb = liveRowsOnly(db);
