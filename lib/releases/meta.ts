/** What identifies a data release; kept in atlas.json, the SQLite file and datapackage.json. */
export type ReleaseMeta = {
  /** Directory name and URL segment: "2026-12-v1". */
  id: string;
  /** Counts every release, whatever its month: v1, v2, … */
  version: number;
  /** "2026-12". */
  month: string;
  /** ISO timestamp. */
  created: string;
  /** The public site it was taken from (SITE_URL or --site-url); null when none was given. */
  homepage: string | null;
};

/** The licence of the compiled data set (the facts it records come from the cited sources). */
export const DATA_LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const RELEASE_FILES = { json: 'atlas.json', sqlite: 'atlas.sqlite', datapackage: 'datapackage.json', changelog: 'CHANGELOG.md' } as const;

export function releaseCitation(meta: Pick<ReleaseMeta, 'month' | 'version'>): string {
  return `Sister Cities Atlas, data release ${meta.month} (v${meta.version})`;
}

export function nextReleaseMeta(existing: readonly ReleaseMeta[], now: Date, homepage: string | null): ReleaseMeta {
  const version = Math.max(0, ...existing.map((r) => r.version)) + 1;
  const month = now.toISOString().slice(0, 7);
  return { id: `${month}-v${version}`, version, month, created: now.toISOString(), homepage };
}

/** A release id as it may appear in a URL. */
export const RELEASE_ID = /^\d{4}-\d{2}-v\d{1,4}$/;
