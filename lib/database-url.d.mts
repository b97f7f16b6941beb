export declare const DEFAULT_DATABASE_URL: string;
export declare function resolveDatabaseUrl(url: string | undefined, root: string): string;
export declare function databaseFile(url: string): string;
