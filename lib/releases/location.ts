import path from 'node:path';

/** Where releases live: committed with the code, so every release stays downloadable. */
export const RELEASES_DIR = path.join(process.cwd(), 'data', 'releases');
