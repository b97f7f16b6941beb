'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { tradeFigureCreateSchema } from '@/lib/trade/schema';
import { createTradeFigure as writeTradeFigure } from '@/lib/trade/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const createTradeFigure = editorAction(tradeFigureCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const figure = await writeTradeFigure(tx, input, sourceIds, user);
    return { id: figure.id };
  }),
  { created: (data) => `/admin/trade/${data.id}?created=1` },
);
