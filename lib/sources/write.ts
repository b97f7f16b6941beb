import 'server-only';
import { randomUUID } from 'node:crypto';
import { fieldError } from '@/lib/errors';
import { createRecord, type Actor } from '@/lib/audit/changes';
import type { EditedValues } from '@/lib/audit/entities';
import type { Tx } from '@/lib/db-types';
import type { SourceCreate, SourceRef } from './schema';

/** Every edited column of a source (a column left out is a compile error). */
export function sourceValues(input: Omit<SourceCreate, 'url'> & { url: string | null }): EditedValues<'source'> {
  return {
    url: input.url,
    title: input.title,
    publisher: input.publisher,
    language: input.language,
    publishedDate: input.published?.iso ?? null,
    publishedPrecision: input.published?.precision ?? null,
    notes: input.notes,
  };
}

export async function createSource(tx: Tx, input: SourceCreate, actor: Actor) {
  return createRecord(tx, 'source', { key: `editor-${randomUUID()}`, ...sourceValues(input) }, actor);
}

/**
 * Ids for the sources given in a form: existing ones must be live; a new one with
 * the URL of a live source reuses it (no duplicate sources), otherwise it is created.
 * `cache` lets a batch (CSV import) reuse sources created by earlier rows.
 */
export async function resolveSourceRefs(
  tx: Tx,
  refs: SourceRef[],
  actor: Actor,
  field = 'sources',
  cache?: Map<string, number>,
): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, ref] of refs.entries()) {
    if (ref.mode === 'existing') {
      const source = await tx.source.findFirst({ where: { id: ref.id, deletedAt: null }, select: { id: true } });
      if (!source) throw fieldError(`${field}.${index}.id`, 'This source no longer exists; choose another');
      ids.push(source.id);
      continue;
    }
    const cached = cache?.get(ref.url);
    if (cached) {
      ids.push(cached);
      continue;
    }
    const existing = await tx.source.findFirst({ where: { url: ref.url, deletedAt: null }, select: { id: true } });
    const id = existing?.id ?? (await createSource(tx, ref, actor)).id;
    cache?.set(ref.url, id);
    ids.push(id);
  }
  return [...new Set(ids)];
}
