/**
 * A download's file name that says what is in it: the list, each filter and the day it
 * was taken — `pairings_cn-gansu_stage-established_2026-12-03.csv` — so two exports of
 * the same list under different filters do not both arrive as "pairings.csv". Only
 * [a-z0-9-] survive (a header value, and a name every file system takes); a filter with
 * nothing left (a Chinese search term) is named by its key alone.
 */
const MAX_FILTER_PART = 100;

const slugPart = (value: string) =>
  value.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

export function exportFilename(name: string, params: URLSearchParams, extension: 'csv' | 'json', now = new Date()): string {
  const filters: string[] = [];
  for (const [key, value] of params) {
    if (key === 'format' || key === 'bom') continue;
    const part = [slugPart(key), slugPart(value)].filter(Boolean).join('-');
    if (part) filters.push(part);
  }
  const described = filters.join('_').slice(0, MAX_FILTER_PART).replace(/[-_]+$/, '') || 'all';
  return `${name}_${described}_${now.toISOString().slice(0, 10)}.${extension}`;
}
