import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { parseEnv } from './lib/env';
import externalTables from './prisma/external-tables.json' with { type: 'json' };

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
    seed: 'tsx prisma/seed/seed.ts',
  },
  datasource: {
    url: parseEnv({ ...process.env, NODE_ENV: 'development' }, import.meta.dirname).databaseUrl,
  },
  experimental: { externalTables: true },
  tables: {
    // The FTS5 search index is managed by hand-written migration SQL.
    external: externalTables,
  },
});
