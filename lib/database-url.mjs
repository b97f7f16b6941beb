// Where the SQLite file is, for the app (lib/env.ts), the seed and the migration scripts
// (scripts/db/*.mjs, plain Node) alike: one default, relative paths against the project root.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./prisma/dev.db';

/** `file:./x.db`, `./x.db` and absolute paths → `file:/abs/x.db` (relative to `root`). */
export function resolveDatabaseUrl(url, root) {
  const file = (url || DEFAULT_DATABASE_URL).replace(/^file:/, '');
  return `file:${path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ root, file)}`;
}

/** The file path of a `file:` URL. */
export function databaseFile(url) {
  return url.replace(/^file:/, '');
}
