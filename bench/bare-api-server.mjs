/**
 * The API *limit* for `npm run bench`: node:http + better-sqlite3, nothing else — no
 * framework, no ORM, statements prepared once. It answers the requests the bench sends
 * to /api/v1 (`/api/v1/agreements?q=…`, `?year=…`, `/api/v1/geojson`) with the same
 * JSON shape as the app, from one SQL statement each (joins, ORDER BY … LIMIT in SQL,
 * SQLite building the JSON). The app is measured against this on the same machine in
 * the same run; its target is ≥ 50 % of this server's throughput.
 *
 * Differences, so the comparison stays honest: a query is one FTS MATCH of the whole
 * string (the app also widens misspellings and orders by partner-name relevance, which
 * for `minsk` gives the same set); no CORS/ETag headers beyond Content-Type.
 *
 *   DATABASE_FILE=… PORT=… node bench/bare-api-server.mjs
 */
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const db = new Database(process.env.DATABASE_FILE, { readonly: true });
db.pragma('busy_timeout = 5000');

const names = (alias) => `json_object('en', ${alias}.nameEn, 'ru', ${alias}.nameRu, 'zh', ${alias}.nameZh, 'be', ${alias}.nameBe)`;
const partner = (p, r) =>
  `json_object('slug', ${p}.slug, 'country', ${p}.country, 'level', ${p}.level, 'names', json(${names(p)}),
     'region', CASE WHEN ${r}.id IS NULL THEN NULL ELSE json_object('slug', ${r}.slug, 'names', json(${names(r)})) END)`;

const itemSql = `json_object(
  'id', a.id, 'date', a.date, 'datePrecision', a.datePrecision, 'dateApproximate', json(CASE WHEN a.dateApproximate THEN 'true' ELSE 'false' END),
  'kind', a.kind, 'title', a.title, 'venue', a.venue, 'signatories', a.signatories, 'summary', a.summary,
  'pairing', json_object('slug', p.slug, 'type', p.type, 'stage', p.stage, 'by', json(${partner('b', 'br')}), 'cn', json(${partner('c', 'cr')})),
  'sources', json((SELECT json_group_array(json_object('id', s.id, 'key', s.key, 'url', s.url, 'title', s.title, 'publisher', s.publisher,
      'language', s.language, 'publishedDate', s.publishedDate, 'publishedPrecision', s.publishedPrecision))
    FROM _AgreementToSource x JOIN Source s ON s.id = x.B WHERE x.A = a.id AND s.deletedAt IS NULL)),
  'updatedAt', a.updatedAt)`;

const joins = `FROM Agreement a
  JOIN Pairing p ON p.id = a.pairingId AND p.deletedAt IS NULL
  JOIN Place b ON b.id = p.byPlaceId AND b.deletedAt IS NULL
  JOIN Place c ON c.id = p.cnPlaceId AND c.deletedAt IS NULL
  LEFT JOIN Place br ON br.id = b.regionId
  LEFT JOIN Place cr ON cr.id = c.regionId`;

const ORDER = 'ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ? OFFSET ?';
const statements = {
  byText: db.prepare(`SELECT ${itemSql} AS item ${joins} WHERE a.deletedAt IS NULL AND a.id IN (SELECT rowid FROM agreement_search WHERE agreement_search MATCH ?) ${ORDER}`),
  byTextCount: db.prepare(`SELECT count(*) AS n ${joins} WHERE a.deletedAt IS NULL AND a.id IN (SELECT rowid FROM agreement_search WHERE agreement_search MATCH ?)`),
  byYear: db.prepare(`SELECT ${itemSql} AS item ${joins} WHERE a.deletedAt IS NULL AND a.dateYear = ? ${ORDER}`),
  byYearCount: db.prepare(`SELECT count(*) AS n ${joins} WHERE a.deletedAt IS NULL AND a.dateYear = ?`),
  all: db.prepare(`SELECT ${itemSql} AS item ${joins} WHERE a.deletedAt IS NULL ${ORDER}`),
  allCount: db.prepare(`SELECT count(*) AS n ${joins} WHERE a.deletedAt IS NULL`),
  geojson: db.prepare(`SELECT json_object('type', 'FeatureCollection', 'features', json_group_array(json(f))) AS body FROM (
    SELECT f FROM (
      SELECT DISTINCT json_object('type', 'Feature', 'id', 'place:' || pl.slug, 'geometry', json_object('type', 'Point', 'coordinates', json_array(pl.lon, pl.lat)),
        'properties', json_patch(json_object('kind', 'partner'), ${partner('pl', 'plr')})) AS f, 0 AS o, pl.slug AS k
      FROM Pairing p JOIN Place pl ON pl.id IN (p.byPlaceId, p.cnPlaceId) AND pl.deletedAt IS NULL LEFT JOIN Place plr ON plr.id = pl.regionId
      WHERE p.deletedAt IS NULL AND pl.lat IS NOT NULL AND pl.lon IS NOT NULL
      UNION ALL
      SELECT json_object('type', 'Feature', 'id', 'pairing:' || p.slug, 'geometry', json_object('type', 'LineString', 'coordinates', json_array(json_array(b.lon, b.lat), json_array(c.lon, c.lat))),
        'properties', json_object('kind', 'pairing', 'slug', p.slug, 'type', p.type, 'stage', p.stage, 'established', p.establishedDate, 'by', b.slug, 'cn', c.slug)), 1, p.slug
      FROM Pairing p JOIN Place b ON b.id = p.byPlaceId AND b.deletedAt IS NULL JOIN Place c ON c.id = p.cnPlaceId AND c.deletedAt IS NULL
      WHERE p.deletedAt IS NULL AND b.lat IS NOT NULL AND c.lat IS NOT NULL
    ) ORDER BY o, k)`),
};

/** `minsk` → `"minsk"`: one FTS phrase, quoted so user text is never FTS syntax. */
const phrase = (q) => `"${q.replaceAll('"', '""')}"`;

function agreements(url) {
  const q = url.searchParams.get('q');
  const year = url.searchParams.get('year');
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize') ?? 20)));
  const offset = (page - 1) * pageSize;
  let rows;
  let total;
  if (q) {
    rows = statements.byText.all(phrase(q), pageSize, offset);
    total = statements.byTextCount.get(phrase(q)).n;
  } else if (year) {
    rows = statements.byYear.all(Number(year), pageSize, offset);
    total = statements.byYearCount.get(Number(year)).n;
  } else {
    rows = statements.all.all(pageSize, offset);
    total = statements.allCount.get().n;
  }
  // The items are JSON already: join them rather than parse and re-serialise.
  return `{"items":[${rows.map((r) => r.item).join(',')}],"total":${total},"page":${page},"pageSize":${pageSize}}`;
}

createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let body;
  let type = 'application/json; charset=utf-8';
  if (url.pathname === '/api/v1/agreements') body = agreements(url);
  else if (url.pathname === '/api/v1/geojson') {
    body = statements.geojson.get().body;
    type = 'application/geo+json; charset=utf-8';
  } else {
    response.writeHead(404, { 'Content-Type': type });
    return void response.end('{"error":"not found"}');
  }
  response.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}).listen(Number(process.env.PORT ?? 3200), '127.0.0.1');
