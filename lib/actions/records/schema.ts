import { z } from 'zod';
import { ENTITY_TYPES } from '@/lib/audit/types';
import { recordId, version } from '@/lib/forms/fields';

/** A record named by type and id, at the version the editor saw (delete / restore). */
export const recordRefSchema = z.object({
  entityType: z.enum(ENTITY_TYPES, { error: 'Unknown kind of record' }),
  id: recordId('Missing record id'),
  version,
});

export const revertSchema = z.object({ eventId: recordId('Missing change id') });
