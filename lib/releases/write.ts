import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { DATA_LICENCE, RELEASE_FILES, releaseCitation, type ReleaseMeta } from './meta';
import { MULTI_VALUE_SEPARATOR, type Field, type Row, type Table } from './tables';

const SQL_TYPE: Record<Field['type'], string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', datetime: 'TEXT' };

/** RFC 4180 CSV: CRLF line ends, a header row, UTF-8 without BOM (Frictionless' default dialect; see docs/data-releases.md). */
function csv(table: Table): string {
  const columns = table.fields.map((f) => f.name);
  return stringify(table.rows, { header: true, columns, record_delimiter: '\r\n', cast: { boolean: (v) => (v ? 'true' : 'false') } });
}

function sqlite(file: string, tables: Table[], meta: ReleaseMeta) {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE release (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const putMeta = db.prepare('INSERT INTO release (key, value) VALUES (?, ?)');
    for (const [k, v] of Object.entries({ id: meta.id, version: String(meta.version), created: meta.created, citation: releaseCitation(meta), licence: DATA_LICENCE.name })) putMeta.run(k, v);
    for (const table of tables) {
      const cols = table.fields.map((f) => `"${f.name}" ${SQL_TYPE[f.type]}${f.required ? ' NOT NULL' : ''}${f.name === table.primaryKey ? ' PRIMARY KEY' : ''}`);
      db.exec(`CREATE TABLE "${table.name}" (${cols.join(', ')})`);
      const insert = db.prepare(`INSERT INTO "${table.name}" (${table.fields.map((f) => `"${f.name}"`).join(', ')}) VALUES (${table.fields.map(() => '?').join(', ')})`);
      db.transaction((rows: Row[]) => {
        for (const row of rows) insert.run(...table.fields.map((f) => (typeof row[f.name] === 'boolean' ? (row[f.name] ? 1 : 0) : row[f.name])));
      })(table.rows);
    }
  } finally {
    db.close();
  }
}

const FOREIGN_KEYS: Record<string, { fields: string; table: string; key: string }[]> = {
  places: [{ fields: 'region_slug', table: 'places', key: 'slug' }, { fields: 'parent_city_slug', table: 'places', key: 'slug' }],
  pairings: [{ fields: 'by_place_slug', table: 'places', key: 'slug' }, { fields: 'cn_place_slug', table: 'places', key: 'slug' }],
  agreements: [{ fields: 'pairing_slug', table: 'pairings', key: 'slug' }],
  projects: [{ fields: 'place_slug', table: 'places', key: 'slug' }],
  trade: [{ fields: 'by_place_slug', table: 'places', key: 'slug' }, { fields: 'cn_place_slug', table: 'places', key: 'slug' }],
};

const sha256 = (file: string) => `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;

/** Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
function descriptor(dir: string, tables: Table[], meta: ReleaseMeta) {
  const file = (name: string) => ({ path: name, bytes: statSync(path.join(dir, name)).size, hash: sha256(path.join(dir, name)) });
  return {
    // 'data-package', not 'tabular-data-package': the JSON and SQLite files ride along as plain resources.
    profile: 'data-package',
    name: 'sister-cities-atlas',
    id: meta.id,
    title: `Sister Cities Atlas — Belarus–China twinning relations, data release ${meta.month} (v${meta.version})`,
    description: `Every known twinning and partnership between Belarusian and Chinese regions, cities and districts, with dated agreements, projects, trade figures and the sources they rest on. Multi-value cells are joined with "${MULTI_VALUE_SEPARATOR}". Cite as: ${releaseCitation(meta)}.`,
    version: `${meta.version}.0.0`,
    created: meta.created,
    ...(meta.homepage && { homepage: meta.homepage }),
    licenses: [DATA_LICENCE],
    sources: [{ title: 'Public sources in English, Russian, Belarusian and Chinese; each record lists its own in source_keys (sources.csv)', path: 'sources.csv' }],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        title: t.title,
        description: t.description,
        profile: 'tabular-data-resource',
        ...file(`${t.name}.csv`),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: t.fields.map((f) => ({
            name: f.name,
            type: f.type,
            description: f.description,
            ...(f.type === 'boolean' && { trueValues: ['true'], falseValues: ['false'] }),
            ...(f.required && { constraints: { required: true } }),
          })),
          primaryKey: t.primaryKey,
          missingValues: [''],
          ...(FOREIGN_KEYS[t.name] && {
            foreignKeys: FOREIGN_KEYS[t.name].map((fk) => ({ fields: fk.fields, reference: { resource: fk.table === t.name ? '' : fk.table, fields: fk.key } })),
          }),
        },
      })),
      { name: 'atlas-json', title: 'All tables in one JSON file', profile: 'data-resource', ...file(RELEASE_FILES.json), format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
      { name: 'atlas-sqlite', title: 'All tables in one SQLite database', profile: 'data-resource', ...file(RELEASE_FILES.sqlite), format: 'sqlite', mediatype: 'application/vnd.sqlite3' },
    ],
  };
}

type Snapshot = Record<string, Row[]>;

/** What changed per table since the previous release, by primary key. */
export function changelog(previous: { meta: ReleaseMeta; tables: Snapshot } | null, tables: Table[], meta: ReleaseMeta): string {
  const lines = [`# ${releaseCitation(meta)}`, '', `Created ${meta.created}.`, ''];
  if (!previous) return [...lines, 'First release: every record is new.', '', ...tables.map((t) => `- ${t.title}: ${t.rows.length} records`), ''].join('\n');
  lines.push(`Changes since ${releaseCitation(previous.meta)}:`, '');
  for (const table of tables) {
    const key = table.primaryKey;
    const before = new Map((previous.tables[table.name] ?? []).map((r) => [String(r[key]), r]));
    const after = new Map(table.rows.map((r) => [String(r[key]), r]));
    const added = [...after.keys()].filter((k) => !before.has(k));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const changed = [...after.keys()].filter((k) => before.has(k) && JSON.stringify({ ...before.get(k), updated_at: null }) !== JSON.stringify({ ...after.get(k), updated_at: null }));
    lines.push(`## ${table.title}: ${table.rows.length} records (${added.length} added, ${changed.length} changed, ${removed.length} removed)`, '');
    const list = (label: string, ks: string[]) => ks.length && lines.push(`- ${label}: ${ks.slice(0, 100).join(', ')}${ks.length > 100 ? ` … and ${ks.length - 100} more` : ''}`);
    list('Added', added);
    list('Changed', changed);
    list('Removed', removed);
    lines.push('');
  }
  return lines.join('\n');
}

/** The releases already in `root`, oldest first (directory names sort by date, then version). */
export function existingReleases(root: string): ReleaseMeta[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, RELEASE_FILES.json)))
    .map((name) => (JSON.parse(readFileSync(path.join(root, name, RELEASE_FILES.json), 'utf8')) as { release: ReleaseMeta }).release)
    .sort((a, b) => a.version - b.version);
}

/** Writes release `meta` of `tables` into `<root>/<meta.id>/`; returns the directory. Refuses to overwrite one. */
export function writeRelease(root: string, tables: Table[], meta: ReleaseMeta): string {
  const dir = path.join(root, meta.id);
  if (existsSync(dir)) throw new Error(`Release ${meta.id} exists already at ${dir}; releases are never rewritten.`);
  const previousMeta = existingReleases(root).at(-1) ?? null;
  const previous = previousMeta
    ? { meta: previousMeta, tables: (JSON.parse(readFileSync(path.join(root, previousMeta.id, RELEASE_FILES.json), 'utf8')) as { tables: Snapshot }).tables }
    : null;
  mkdirSync(dir, { recursive: true });
  try {
    for (const table of tables) writeFileSync(path.join(dir, `${table.name}.csv`), csv(table));
    writeFileSync(path.join(dir, RELEASE_FILES.json), `${JSON.stringify({ release: meta, citation: releaseCitation(meta), licence: DATA_LICENCE, tables: Object.fromEntries(tables.map((t) => [t.name, t.rows])) }, null, 1)}\n`);
    sqlite(path.join(dir, RELEASE_FILES.sqlite), tables, meta);
    writeFileSync(path.join(dir, RELEASE_FILES.changelog), changelog(previous, tables, meta));
    writeFileSync(path.join(dir, RELEASE_FILES.datapackage), `${JSON.stringify(descriptor(dir, tables, meta), null, 2)}\n`);
  } catch (error) {
    // All or nothing: a half-written release must not be listed.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}
