'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { placeCreateSchema } from '@/lib/places/schema';
import { createPlace as writePlace } from '@/lib/places/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const createPlace = editorAction(placeCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const place = await writePlace(tx, input, sourceIds, user);
    return { id: place.id };
  }),
  { created: (data) => `/admin/places/${data.id}?created=1` },
);
