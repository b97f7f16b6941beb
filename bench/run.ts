/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each prints its own figures
 * and ratios). Speed targets live here, never in timed tests. A name filter may be
 * given: `npm run bench -- map`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const filter = process.argv[2];
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, name)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (benches.length === 0) console.log('No benchmarks match.');
process.exit(failed > 0 ? 1 : 0);
