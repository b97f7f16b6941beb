'use server';
import { db } from '@/lib/db';
import { fieldError } from '@/lib/errors';
import { editorAction } from '@/lib/actions/safe-action';
import { sourceCreateSchema } from '@/lib/sources/schema';
import { createSource as writeSource } from '@/lib/sources/write';

export const createSource = editorAction(sourceCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const existing = await tx.source.findFirst({ where: { url: input.url, deletedAt: null }, select: { id: true, title: true } });
    if (existing) {
      throw fieldError('url', `A source with this URL already exists: “${existing.title}”.`, {
        existing: { href: `/admin/sources/${existing.id}`, label: existing.title },
      });
    }
    const source = await writeSource(tx, input, user);
    return { id: source.id };
  }),
  { created: (data) => `/admin/sources/${data.id}?created=1` },
);
