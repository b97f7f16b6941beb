import 'server-only';
import type { Tx } from '@/lib/db-types';

/** "Wuwei City (Gansu)" → "wuwei-city-gansu"; non-Latin text falls back to `fallback`. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The first of base, base-2, base-3… not taken in the table. */
export async function uniqueSlug(tx: Tx, model: 'place' | 'pairing' | 'project', base: string): Promise<string> {
  const find = (slug: string) =>
    model === 'place'
      ? tx.place.findUnique({ where: { slug }, select: { id: true } })
      : model === 'pairing'
        ? tx.pairing.findUnique({ where: { slug }, select: { id: true } })
        : tx.project.findUnique({ where: { slug }, select: { id: true } });
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await find(slug))) return slug;
  }
}
