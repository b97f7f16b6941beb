// `npm run db:migrate [-- URL]`: apply prisma/migrations to DATABASE_URL (or URL), like
// `prisma migrate deploy`, through DATABASE_DRIVER's adapter: a local file, or the
// primary of a libSQL server (DATABASE_URL=libsql://…, DATABASE_AUTH_TOKEN). Migrate the
// primary, never an embedded replica (docs/scaling.md, "Migrations").
import { applyMigrations } from './apply-migrations.mjs';
import { databaseConfig } from './schema-engine.mjs';

let database;
try {
  database = databaseConfig(process.argv[2]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (database.syncUrl) {
  console.error(`DATABASE_SYNC_URL is set: ${database.url} is an embedded replica. Migrate the primary instead: DATABASE_URL=${database.syncUrl} DATABASE_SYNC_URL= npm run db:migrate`);
  process.exit(1);
}
const where = `${database.url} (${database.driver})`;
let applied;
try {
  applied = await applyMigrations(database);
} catch (error) {
  const hint = database.remote ? ' Is the server reachable, and is DATABASE_AUTH_TOKEN valid for it?' : '';
  console.error(`Migrating ${where} failed.${hint}\n${error.message.split('\n')[0]}`);
  process.exit(1);
}
console.log(
  applied.length === 0
    ? `Database ${where} is up to date.`
    : `Applied ${applied.length} migration(s) to ${where}:\n  ${applied.join('\n  ')}`,
);
