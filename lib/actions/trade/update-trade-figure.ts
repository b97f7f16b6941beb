'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { tradeFigureUpdateSchema } from '@/lib/trade/schema';
import { updateTradeFigure as writeTradeFigure } from '@/lib/trade/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const updateTradeFigure = editorAction(tradeFigureUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const figure = await writeTradeFigure(tx, input.id, input.version, input, sourceIds, user);
    return { id: figure.id, version: figure.version };
  }),
);
