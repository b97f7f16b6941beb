import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

const SKIP_DIRS = new Set(['node_modules', '.next', '.git', 'generated', 'tests', 'test-results', 'playwright-report']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name), out);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path.join(dir, entry.name));
  }
  return out;
}

/** Every TypeScript source file of the app (app/, lib/, components/): what tests enumerate actions and routes from. */
export function appSourceFiles(): string[] {
  return [...walk(path.join(ROOT, 'app')), ...walk(path.join(ROOT, 'lib')), ...walk(path.join(ROOT, 'components'))];
}
