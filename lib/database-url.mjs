// Which database the app opens and through which driver, for the app (lib/env.ts), the
// seed and the migration scripts (scripts/db/*.mjs, plain Node) alike: one default,
// relative paths against the project root, one set of rules for DATABASE_* variables
// (docs/scaling.md, "Configuration").
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./prisma/dev.db';
export const DATABASE_DRIVERS = ['better-sqlite3', 'libsql'];

/** URLs of a libSQL server (sqld, Turso): only the libsql driver can open them. */
const REMOTE_URL = /^(libsql|https?|wss?):\/\//i;
/** Any other `scheme://` is a mistake (e.g. a Postgres URL), not a file name. */
const OTHER_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function isRemoteDatabaseUrl(url) {
  return REMOTE_URL.test(url ?? '');
}

/**
 * `file:./x.db`, `./x.db` and absolute paths → `file:/abs/x.db` (relative to `root`);
 * a libSQL server URL is returned as it is.
 */
export function resolveDatabaseUrl(url, root) {
  if (isRemoteDatabaseUrl(url)) return url;
  const file = (url || DEFAULT_DATABASE_URL).replace(/^file:/, '');
  return `file:${path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ root, file)}`;
}

/** The file path of a `file:` URL (throws for a libSQL server URL: there is no local file). */
export function databaseFile(url) {
  if (isRemoteDatabaseUrl(url)) {
    throw new Error(`DATABASE_URL ${url} is a libSQL server, not a local file: this works on database files only.`);
  }
  return url.replace(/^file:/, '');
}

const blank = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * Reads DATABASE_DRIVER, DATABASE_URL, DATABASE_AUTH_TOKEN, DATABASE_SYNC_URL and
 * DATABASE_SYNC_INTERVAL from `vars`. Returns the database configuration, or the
 * problems, each naming its variable. A libSQL server URL (or a sync URL) implies the
 * libsql driver; an explicit driver that cannot open what is configured is an error,
 * not a silent switch.
 */
export function resolveDatabaseConfig(vars, root) {
  const issues = [];
  const issue = (variable, message) => issues.push({ variable, message });
  const rawUrl = blank(vars.DATABASE_URL) ?? DEFAULT_DATABASE_URL;
  const remote = isRemoteDatabaseUrl(rawUrl);
  if (!remote && OTHER_URL.test(rawUrl)) {
    issue('DATABASE_URL', `must be a SQLite file (file:./prisma/dev.db) or a libSQL server URL (libsql://, https://, http://, wss://, ws://), not ${rawUrl.split('://')[0]}://…`);
  }
  const url = resolveDatabaseUrl(rawUrl, root);
  const authToken = blank(vars.DATABASE_AUTH_TOKEN);
  const syncUrl = blank(vars.DATABASE_SYNC_URL);
  const rawInterval = blank(vars.DATABASE_SYNC_INTERVAL);

  const explicitDriver = blank(vars.DATABASE_DRIVER);
  let driver = explicitDriver ?? (remote || syncUrl ? 'libsql' : 'better-sqlite3');
  if (!DATABASE_DRIVERS.includes(driver)) {
    issue('DATABASE_DRIVER', `must be one of ${DATABASE_DRIVERS.join(', ')} (got "${driver}")`);
    driver = 'better-sqlite3';
  } else if (driver === 'better-sqlite3') {
    if (remote) issue('DATABASE_DRIVER', `is better-sqlite3, which opens local files only, but DATABASE_URL is a libSQL server (${rawUrl}); set DATABASE_DRIVER=libsql or leave it unset`);
    if (syncUrl) issue('DATABASE_DRIVER', 'is better-sqlite3, but DATABASE_SYNC_URL (an embedded replica) needs DATABASE_DRIVER=libsql');
    if (authToken) issue('DATABASE_AUTH_TOKEN', 'is only used by the libsql driver (DATABASE_DRIVER=libsql or a libsql:// DATABASE_URL)');
  }
  if (syncUrl) {
    if (!isRemoteDatabaseUrl(syncUrl)) issue('DATABASE_SYNC_URL', `must be the primary's libSQL URL (libsql://, https://, http://, wss://, ws://), got ${syncUrl}`);
    if (remote) issue('DATABASE_SYNC_URL', 'needs a local replica file in DATABASE_URL (e.g. file:./prisma/replica.db); DATABASE_URL is a server URL');
  }
  let syncIntervalSeconds;
  if (rawInterval !== undefined) {
    syncIntervalSeconds = Number(rawInterval);
    if (!Number.isFinite(syncIntervalSeconds) || syncIntervalSeconds <= 0) issue('DATABASE_SYNC_INTERVAL', `must be a positive number of seconds, got "${rawInterval}"`);
    else if (!syncUrl) issue('DATABASE_SYNC_INTERVAL', 'only applies to an embedded replica: set DATABASE_SYNC_URL too, or remove it');
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    config: { driver, url, remote, file: remote ? null : databaseFile(url), authToken, syncUrl, syncIntervalSeconds },
  };
}

/** resolveDatabaseConfig for plain-Node scripts: the configuration, or an Error listing the problems. */
export function databaseConfigOrThrow(vars, root) {
  const result = resolveDatabaseConfig(vars, root);
  if (result.ok) return result.config;
  throw new Error(`Invalid database configuration:\n${result.issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
}
