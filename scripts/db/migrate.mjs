// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL, like `prisma migrate deploy`.
import { applyMigrations } from './apply-migrations.mjs';
import { resolveDatabaseUrl } from './schema-engine.mjs';

const url = resolveDatabaseUrl(process.argv[2] ?? process.env.DATABASE_URL);
const applied = await applyMigrations(url);
console.log(
  applied.length === 0
    ? `Database ${url} is up to date.`
    : `Applied ${applied.length} migration(s) to ${url}:\n  ${applied.join('\n  ')}`,
);
