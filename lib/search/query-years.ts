import { MAX_YEAR, MIN_YEAR } from '@/lib/filters/schema';

/**
 * Years typed into the search box (issue 12): "2017", "2015–2017", "2015-2017" or
 * "2015 — 2017" are a date filter, not text — otherwise `q=2017` found the 2016 items
 * whose titles mention 2017 and none of those dated 2017. The rest of the query stays
 * the name/text search. Only whole 4-digit tokens within the atlas's year range count,
 * so "12017" or a year inside a word is left as text.
 */
export type QueryYears = { text: string; from?: number; to?: number };

const RANGE = /(?<![\p{L}\p{N}])(\d{4})\s*[-–—]\s*(\d{4})(?![\p{L}\p{N}])/gu;
const SINGLE = /(?<![\p{L}\p{N}])(\d{4})(?![\p{L}\p{N}])/gu;

const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

export function splitQueryYears(q: string): QueryYears {
  let from: number | undefined;
  let to: number | undefined;
  // Several year tokens narrow together ("2015-2020 2017" → 2017): every one must hold.
  const narrow = (a: number, b: number) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    from = from === undefined ? low : Math.max(from, low);
    to = to === undefined ? high : Math.min(to, high);
  };
  let text = q.normalize('NFKC').replace(RANGE, (match, a: string, b: string) => {
    if (!inRange(Number(a)) || !inRange(Number(b))) return match;
    narrow(Number(a), Number(b));
    return ' ';
  });
  text = text.replace(SINGLE, (match, a: string) => {
    if (!inRange(Number(a))) return match;
    narrow(Number(a), Number(a));
    return ' ';
  });
  return { text: text.replace(/\s+/gu, ' ').trim(), from, to };
}

/** "2017" or "2015–2017", as the active-filter chip shows it. */
export function yearsLabel({ from, to }: { from?: number; to?: number }): string {
  return from === to ? String(from) : `${from ?? '…'}–${to ?? '…'}`;
}
