import 'server-only';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { RELEASES_DIR } from './location';
import { DATA_LICENCE, RELEASE_FILES, RELEASE_ID, releaseCitation, type ReleaseMeta } from './meta';

export type ReleaseFile = { name: string; bytes: number; mediaType: string };
export type ReleaseListing = ReleaseMeta & { citation: string; licence: string; files: ReleaseFile[]; rowCounts: Record<string, number> };

const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.sqlite': 'application/vnd.sqlite3',
  '.md': 'text/markdown; charset=utf-8',
};

export const releaseFileMediaType = (name: string) => MEDIA_TYPES[path.extname(name)] ?? null;

/** One release read from disk, or null when `id` is not a release there. */
export function readRelease(id: string, root = RELEASES_DIR): ReleaseListing | null {
  if (!RELEASE_ID.test(id)) return null;
  const dir = path.join(root, id);
  const descriptorFile = path.join(dir, RELEASE_FILES.datapackage);
  if (!existsSync(descriptorFile)) return null;
  const atlas = JSON.parse(readFileSync(path.join(dir, RELEASE_FILES.json), 'utf8')) as { release: ReleaseMeta; tables: Record<string, unknown[]> };
  const files = readdirSync(dir)
    .filter((name) => releaseFileMediaType(name))
    .sort()
    .map((name) => ({ name, bytes: statSync(path.join(dir, name)).size, mediaType: releaseFileMediaType(name)! }));
  return {
    ...atlas.release,
    citation: releaseCitation(atlas.release),
    licence: DATA_LICENCE.name,
    files,
    rowCounts: Object.fromEntries(Object.entries(atlas.tables).map(([name, rows]) => [name, rows.length])),
  };
}

/** Every release, newest first. */
export function listReleases(root = RELEASES_DIR): ReleaseListing[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((id) => readRelease(id, root))
    .filter((r): r is ReleaseListing => r !== null)
    .sort((a, b) => b.version - a.version);
}

/** The absolute path of a file of a release, or null for anything that is not one (no path tricks). */
export function releaseFilePath(id: string, file: string, root = RELEASES_DIR): string | null {
  const release = readRelease(id, root);
  if (!release || !release.files.some((f) => f.name === file)) return null;
  return path.join(root, id, file);
}
