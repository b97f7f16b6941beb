import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileSearch,
  likeContains,
  MAX_TERM_CHARS,
  MAX_TERMS,
  parseSearchQuery,
  quoteFtsString,
} from '@/lib/search/query';
import { closestSpellings, editDistance, foldForComparison, nameVocabulary } from '@/lib/search/spelling';

// A real FTS5 trigram table: escaping is proven by SQLite accepting the MATCH string
// and matching it literally, not by comparing strings.
const sqlite = new Database(':memory:');
sqlite.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram remove_diacritics 1')`);
const insert = sqlite.prepare('INSERT INTO t (body) VALUES (?)');
for (const body of [
  'Dunhuang 敦煌 Novogrudok Navahrudak',
  'He said "hello" (twice) NEAR the gate',
  'price * 2 OR AND NOT',
  'Grodno Hrodna',
  'مرحبا بالعالم שלום',
  'party 🎉 time',
]) insert.run(body);
afterAll(() => sqlite.close());

function search(q: string): string[] {
  const { match, like } = compileSearch(parseSearchQuery(q));
  const where: string[] = [];
  const params: string[] = [];
  if (match) {
    where.push('t MATCH ?');
    params.push(match);
  }
  for (const patterns of like) {
    where.push(`(${patterns.map(() => "body LIKE ? ESCAPE '\\'").join(' OR ')})`);
    params.push(...patterns);
  }
  if (where.length === 0) return [];
  return (sqlite.prepare(`SELECT body FROM t WHERE ${where.join(' AND ')}`).all(...params) as { body: string }[]).map(
    (row) => row.body,
  );
}

describe('parseSearchQuery', () => {
  it('splits on whitespace and reads / as alternatives', () => {
    expect(parseSearchQuery('  Grodno/Hrodna   2017 ')).toEqual([['Grodno', 'Hrodna'], ['2017']]);
  });

  it('normalises compatibility forms and drops control characters', () => {
    expect(parseSearchQuery('ＤＵＮＨＵＡＮＧ\u0000\u200b敦煌')).toEqual([['DUNHUANG'], ['敦煌']]);
  });

  it('bounds a 10 kB string: at most MAX_TERMS terms of MAX_TERM_CHARS characters', () => {
    const huge = 'x'.repeat(10_240);
    expect(parseSearchQuery(huge)).toEqual([['x'.repeat(MAX_TERM_CHARS)]]);
    const words = parseSearchQuery('word '.repeat(2_048));
    expect(words).toHaveLength(MAX_TERMS);
  });

  it('counts emoji and CJK as one character each when cutting', () => {
    const [[term]] = parseSearchQuery('🎉'.repeat(100));
    expect([...term]).toHaveLength(MAX_TERM_CHARS);
    expect(term.isWellFormed()).toBe(true);
  });

  it('returns nothing for blank input', () => {
    expect(parseSearchQuery('   ')).toEqual([]);
    expect(compileSearch([])).toEqual({ match: null, like: [] });
  });
});

describe('FTS5 escaping', () => {
  it('quotes every term and doubles inner quotes', () => {
    expect(quoteFtsString('say "hi"')).toBe('"say ""hi"""');
    expect(compileSearch(parseSearchQuery('Grodno/Hrodna Minsk'))).toEqual({
      match: '("Grodno" OR "Hrodna") AND "Minsk"',
      like: [],
    });
  });

  it.each([
    ['"hello"', 1],
    ['"hello', 1],
    ['(twice)', 1],
    ['(twice', 1],
    ['twice))', 0],
    ['NEAR', 1],
    ['NEAR(the gate)', 0],
    ['*', 1],
    ['price*', 0],
    ['OR', 1],
    ['AND NOT', 1],
    ['body:Grodno', 0],
    ['^Grodno', 0],
    ['-Grodno', 0],
    ['{body}', 0],
  ])('treats %s as literal text (%i rows)', (q, rows) => {
    expect(() => search(q)).not.toThrow();
    expect(search(q)).toHaveLength(rows);
  });

  it('matches Chinese, Hebrew/Arabic (RTL) and emoji text literally', () => {
    expect(search('敦煌')).toEqual(['Dunhuang 敦煌 Novogrudok Navahrudak']);
    expect(search('بالعالم')).toEqual(['مرحبا بالعالم שלום']);
    expect(search('שלום')).toEqual(['مرحبا بالعالم שלום']);
    expect(search('🎉')).toEqual(['party 🎉 time']);
    expect(search('party 🎉')).toEqual(['party 🎉 time']);
  });

  it('a 10 kB query runs and matches nothing', () => {
    expect(search('Grodno'.repeat(1_700))).toEqual([]);
  });

  it('sends terms under 3 characters to LIKE, escaping its wildcards', () => {
    expect(compileSearch([['敦'], ['Minsk']])).toEqual({ match: '"Minsk"', like: [['%敦%']] });
    expect(likeContains('5%_a\\b')).toBe('%5\\%\\_a\\\\b%');
    expect(search('%')).toEqual([]);
    expect(search('_')).toEqual([]);
  });

  it('is case- and accent-insensitive through the tokenizer', () => {
    expect(search('DUNHUANG')).toHaveLength(1);
    expect(search('Grodnó')).toHaveLength(1);
  });
});

describe('spelling tolerance', () => {
  const vocabulary = nameVocabulary(['Dunhuang', 'Novogrudok District', 'Navahrudak', 'Minsk', 'Pinsk', 'Nowogródek', '敦煌市']);

  it('folds case and accents', () => {
    expect(foldForComparison('Nowogródek')).toBe('nowogrodek');
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('dunhaung', 'dunhuang')).toBe(1);
    expect(editDistance('novogrudk', 'novogrudok')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it.each([
    ['Dunhaung', ['Dunhuang']],
    ['Novogrudk', ['Novogrudok']],
    ['novogrd', ['Novogrudok']],
    ['Nowogrodk', ['Nowogródek']],
  ])('%s → %j', (term, expected) => {
    expect(closestSpellings(term, vocabulary)).toEqual(expected);
  });

  it('keeps only the nearest spellings: Minsc is Minsk, not Pinsk', () => {
    expect(closestSpellings('Minsc', vocabulary)).toEqual(['Minsk']);
    expect(closestSpellings('Minsk', vocabulary)).toEqual([]);
  });

  it('leaves words under 5 characters alone, where one edit makes another word', () => {
    expect(closestSpellings('Mins', vocabulary)).toEqual([]);
  });

  it('gives up on words far from every name', () => {
    expect(closestSpellings('Zanzibar', vocabulary)).toEqual([]);
  });
});
