/**
 * `npm run data:release [-- --out data/releases]`
 *
 * Writes the next numbered, dated release of the whole public data set — one CSV per
 * table, atlas.json, atlas.sqlite, datapackage.json (Frictionless) and CHANGELOG.md
 * since the previous release — into data/releases/<YYYY-MM>-v<N>/. Commit the folder:
 * /<lang>/data and /api/v1/releases list what is there. See docs/data-releases.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db-client';
import { env } from '../lib/env';
import { nextReleaseMeta, releaseCitation } from '../lib/releases/meta';
import { RELEASES_DIR } from '../lib/releases/location';
import { buildTables } from '../lib/releases/tables';
import { existingReleases, writeRelease } from '../lib/releases/write';
import { liveRowsOnly } from '../lib/soft-delete/live-rows';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'site-url': { type: 'string' } } });
// The public address the release names as its home (datapackage.json `homepage`); left out when
// neither is given — SITE_URL has no default, as the app answers on whatever origin serves it.
const homepage = values['site-url'] ?? env.SITE_URL ?? null;
const root = path.resolve(values.out ?? RELEASES_DIR);
const client = createPrismaClient();
try {
  const tables = await buildTables(liveRowsOnly(client));
  const meta = nextReleaseMeta(existingReleases(root), new Date(), homepage);
  const dir = writeRelease(root, tables, meta);
  console.log(`${releaseCitation(meta)} → ${path.relative(process.cwd(), dir)}`);
  for (const t of tables) console.log(`  ${t.name}: ${t.rows.length} rows`);
} finally {
  await client.$disconnect();
}
