import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { compileSearch, parseSearchQuery, type SearchTerm } from './query';
import { closestSpellings, nameVocabulary } from './spelling';

/**
 * Reads of the `agreement_search` FTS5 index (migration 20261124183000_agreement_search,
 * docs/search.md). Only fixed SQL fragments are concatenated; every piece of user text
 * is a bound parameter.
 */

// bm25 weights per column: title, summary, venue, signatories, kind, names.
const RANK = 'bm25(agreement_search, 4.0, 1.0, 1.0, 2.0, 1.0, 6.0)';
const LIKE_COLUMNS = ['title', 'summary', 'venue', 'signatories', 'kind', 'names'];

export type SpellingCorrection = { term: string; alternatives: string[] };

export type TextMatch = {
  /** Agreement id → rank (lower is better). */
  ranks: Map<number, number>;
  /** Terms that matched nothing as typed and were widened to close spellings. */
  corrections: SpellingCorrection[];
  /** The terms searched (with spelling corrections added), for ranking by partner name. */
  terms: SearchTerm[];
};

async function runSearch(terms: SearchTerm[]): Promise<Map<number, number>> {
  const { match, like } = compileSearch(terms);
  const where: string[] = [];
  const params: string[] = [];
  if (match) {
    where.push('agreement_search MATCH ?');
    params.push(match);
  }
  for (const patterns of like) {
    const ors = patterns.flatMap((pattern) =>
      LIKE_COLUMNS.map((column) => {
        params.push(pattern);
        return `${column} LIKE ? ESCAPE '\\'`;
      }),
    );
    where.push(`(${ors.join(' OR ')})`);
  }
  if (where.length === 0) return new Map();
  const rows = await publicDb.$queryRawUnsafe<{ id: number | bigint; rank: number }[]>(
    `SELECT rowid AS id, ${match ? RANK : '0.0'} AS rank FROM agreement_search WHERE ${where.join(' AND ')}`,
    ...params,
  );
  return new Map(rows.map((row) => [Number(row.id), Number(row.rank)]));
}

async function termHasMatch(term: SearchTerm): Promise<boolean> {
  return (await runSearch([term])).size > 0;
}

async function placeNameVocabulary() {
  const rows = await publicDb.placeName.findMany({ select: { name: true }, distinct: ['name'] });
  return nameVocabulary(rows.map((row) => row.name));
}

/**
 * Agreements whose text or partners' names contain every term of `q`. A term that
 * matches nothing is replaced by the closest stored spellings (typo tolerance).
 */
async function readAgreementText(q: string): Promise<TextMatch> {
  const terms = parseSearchQuery(q);
  if (terms.length === 0) return { ranks: new Map(), corrections: [], terms };
  const ranks = await runSearch(terms);
  if (ranks.size > 0) return { ranks, corrections: [], terms };

  let vocabulary: Map<string, string> | undefined;
  const corrections: SpellingCorrection[] = [];
  const widened: SearchTerm[] = [];
  for (const term of terms) {
    if (await termHasMatch(term)) {
      widened.push(term);
      continue;
    }
    vocabulary ??= await placeNameVocabulary();
    const alternatives = [...new Set(term.flatMap((alt) => closestSpellings(alt, vocabulary!)))];
    if (alternatives.length > 0) corrections.push({ term: term.join('/'), alternatives });
    widened.push([...term, ...alternatives]);
  }
  if (corrections.length === 0) return { ranks, corrections, terms };
  return { ranks: await runSearch(widened), corrections, terms: widened };
}

// The search page asks twice per request (results and facets); shared until the data changes.
export const matchAgreementText = cachedRead('search.matchAgreementText', readAgreementText);
