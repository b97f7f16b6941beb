/**
 * Turning what a person typed into a safe FTS5 query (docs/search.md).
 *
 * The text is split into terms on whitespace; a `/` inside a term separates
 * alternatives ("Grodno/Hrodna" = either spelling). Every term becomes an FTS5 string
 * ("…" with inner quotes doubled), so operators and syntax the user types — `*`,
 * `NEAR`, `AND`, `(`, `"`, `^`, `:` — are matched as text and never interpreted. The
 * query itself is always a bound parameter. The trigram tokenizer cannot match fewer
 * than 3 characters: such terms become LIKE patterns instead.
 */

/** More terms than a person types; bounds the work a pasted essay can cause. */
export const MAX_TERMS = 8;
/** Longer terms are cut: no place name or title word is longer. */
export const MAX_TERM_CHARS = 64;
/** Alternatives per term, typed ones plus spelling corrections. */
export const MAX_ALTERNATIVES = 6;
/** The trigram tokenizer's minimum. */
export const MIN_FTS_CHARS = 3;

/** One term of the query: any one of its alternatives must match. */
export type SearchTerm = string[];

const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** Unicode code points, so an emoji or a Chinese character counts as one. */
export function charLength(text: string): number {
  return [...text].length;
}

function truncateChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** Splits a query into terms; each term is a list of alternatives. */
export function parseSearchQuery(input: string): SearchTerm[] {
  const text = input.normalize('NFKC').replace(CONTROL, ' ');
  const terms: SearchTerm[] = [];
  for (const word of text.split(/\s+/u)) {
    const alternatives = [
      ...new Set(
        word
          .split('/')
          .map((alt) => truncateChars(alt.trim(), MAX_TERM_CHARS))
          .filter((alt) => alt.length > 0),
      ),
    ].slice(0, MAX_ALTERNATIVES);
    if (alternatives.length > 0) terms.push(alternatives);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** An FTS5 string literal: the text between double quotes, inner quotes doubled. */
export function quoteFtsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A LIKE pattern matching the text anywhere, for `LIKE ? ESCAPE '\'`. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type CompiledSearch = {
  /** The FTS5 MATCH expression (bind it), or null when no term is long enough. */
  match: string | null;
  /** Terms too short for the trigram index: each needs one of its LIKE patterns. */
  like: string[][];
};

/**
 * Compiles terms into one MATCH expression (terms AND-ed, alternatives OR-ed) and LIKE
 * patterns for short terms. A term with any alternative under 3 characters goes to
 * LIKE entirely, so its alternatives stay OR-ed together.
 */
export function compileSearch(terms: SearchTerm[]): CompiledSearch {
  const groups: string[] = [];
  const like: string[][] = [];
  for (const alternatives of terms) {
    if (alternatives.some((alt) => charLength(alt) < MIN_FTS_CHARS)) {
      like.push(alternatives.map(likeContains));
    } else {
      const quoted = alternatives.map(quoteFtsString);
      groups.push(quoted.length === 1 ? quoted[0] : `(${quoted.join(' OR ')})`);
    }
  }
  return { match: groups.length > 0 ? groups.join(' AND ') : null, like };
}
