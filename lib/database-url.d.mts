export declare const DEFAULT_DATABASE_URL: string;
export declare const DATABASE_DRIVERS: readonly ['better-sqlite3', 'libsql'];
export type DatabaseDriver = (typeof DATABASE_DRIVERS)[number];

export type DatabaseConfig = {
  driver: DatabaseDriver;
  /** An absolute `file:` URL, or the libSQL server URL as given. */
  url: string;
  /** True for a libSQL server URL (no local file: file PRAGMAs and file checks do not apply). */
  remote: boolean;
  /** The local file (the database, or the embedded replica); null for a server URL. */
  file: string | null;
  authToken?: string;
  /** The primary an embedded replica (the file in `url`) syncs from and forwards writes to. */
  syncUrl?: string;
  syncIntervalSeconds?: number;
};
export type DatabaseConfigIssue = { variable: string; message: string };

export declare function isRemoteDatabaseUrl(url: string | undefined): boolean;
export declare function resolveDatabaseUrl(url: string | undefined, root: string): string;
export declare function databaseFile(url: string): string;
export declare function resolveDatabaseConfig(
  vars: Record<string, string | undefined>,
  root: string,
): { ok: true; config: DatabaseConfig } | { ok: false; issues: DatabaseConfigIssue[] };
export declare function databaseConfigOrThrow(vars: Record<string, string | undefined>, root: string): DatabaseConfig;
