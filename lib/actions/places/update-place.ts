'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { placeUpdateSchema } from '@/lib/places/schema';
import { updatePlace as writePlace } from '@/lib/places/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const updatePlace = editorAction(placeUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const place = await writePlace(tx, input.id, input.version, input, sourceIds, user);
    return { id: place.id, version: place.version };
  }),
);
