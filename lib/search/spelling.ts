/**
 * Typo tolerance for place names (docs/search.md): when a term matches nothing, the
 * closest spellings from the stored place names (PlaceName) within a small
 * Damerau–Levenshtein distance are searched instead — "Dunhaung" → "Dunhuang",
 * "Novogrudk" → "Novogrudok". Also compared with prefixes of the names, so a typo in
 * a half-typed name ("Novogrd") still finds it.
 */

/** Lower case, accents removed: "Nowogródek" → "nowogrodek". */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Allowed edits for a term: none for short ones, where one edit changes the word. */
export function allowedEdits(term: string): number {
  const length = [...term].length;
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * transpositions of neighbours), stopping early once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[t.length];
}

/** The distance to the word itself or to its prefix of about the term's length. */
function distanceToWord(term: string, word: string, max: number): number {
  let best = editDistance(term, word, max);
  const length = [...term].length;
  const chars = [...word];
  for (const cut of [length - 1, length, length + 1]) {
    if (cut >= MIN_PREFIX && cut < chars.length) best = Math.min(best, editDistance(term, chars.slice(0, cut).join(''), max));
  }
  return best;
}
const MIN_PREFIX = 4;

/** The words of stored names a term may be compared with ("New Grudek District" → new, grudek, district). */
export function nameVocabulary(names: Iterable<string>): Map<string, string> {
  const words = new Map<string, string>();
  for (const name of names) {
    for (const word of name.split(/[\s\-–—/,.()'’]+/u)) {
      if ([...word].length < 3) continue;
      const folded = foldForComparison(word);
      if (!words.has(folded)) words.set(folded, word);
    }
  }
  return words;
}

/** Stored spellings closest to the term (all at the smallest distance found), or none. */
export function closestSpellings(term: string, vocabulary: Map<string, string>, limit = 4): string[] {
  const max = allowedEdits(term);
  if (max === 0) return [];
  const folded = foldForComparison(term);
  // A stored spelling is not a typo, even when a neighbour (Minsk/Pinsk) is one edit away.
  if (vocabulary.has(folded)) return [];
  let best = max + 1;
  let found: string[] = [];
  for (const [word, original] of vocabulary) {
    const distance = distanceToWord(folded, word, Math.min(max, best));
    if (distance < best) {
      best = distance;
      found = [original];
    } else if (distance === best && distance <= max) {
      found.push(original);
    }
  }
  return best <= max ? found.slice(0, limit) : [];
}
