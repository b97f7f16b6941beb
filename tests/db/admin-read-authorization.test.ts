import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadDeniedError } from '@/lib/auth/require-data';
import { cookieJar } from '../helpers/session';
import { ROOT } from '../helpers/paths';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/**
 * Authorise where data is read (issue 8): layouts do not re-run on client navigation,
 * so every admin page checks the session itself, and so does every admin data loader.
 * Both lists come from the file system, not from a hand-kept list.
 */
const files = (dir: string) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file));
const adminPages: string[] = files('app/[locale]/admin/(editor)').filter((file) => file.endsWith('page.tsx'));
/** Every lib module that defines a loader with editorLoader/adminLoader (found by reading the sources). */
const loaderModules = files('lib').filter(
  (file) => file.endsWith('.ts') && !file.endsWith('require-data.ts') && /\b(editorLoader|adminLoader)\(/.test(readFileSync(path.join(ROOT, file), 'utf8')),
);
/** Exports of loader modules that read nothing (pure parsing). */
const PURE = new Set(['parseAuditFilters', 'parseSuggestionFilters']);

beforeEach(() => cookieJar.clear());

describe('admin pages', () => {
  it('are found on disk', () => {
    expect(adminPages.length).toBeGreaterThanOrEqual(20);
    expect(loaderModules).toEqual(expect.arrayContaining(['lib/audit/queries.ts', 'lib/users/queries.ts', 'lib/places/admin-queries.ts', 'lib/admin/dashboard-queries.ts']));
  });

  it.each(adminPages)('%s calls requireEditorPage or requireAdminPage itself', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source).toMatch(/await require(Editor|Admin)Page\(locale/);
  });
});

async function loaders() {
  const found: { module: string; name: string; load: (...args: unknown[]) => Promise<unknown> }[] = [];
  for (const file of loaderModules) {
    const exports = (await import(`@/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function' && !PURE.has(name)) found.push({ module: file, name, load: value as never });
    }
  }
  return found;
}

// Plausible arguments, so a loader that forgot its check would really run a query.
const ARGS = [{ page: 1, sort: 'updated', dir: 'desc', q: '' }, null, 5];

describe('admin data loaders', () => {
  it('refuse to read without a live editor session (anonymous and disabled)', async () => {
    const all = await loaders();
    expect(all.length).toBeGreaterThanOrEqual(18);
    const disabled = await makeUser('editor', { disabled: true });
    for (const session of [null, disabled]) {
      await actAs(session);
      for (const { module, name, load } of all) {
        const outcome = await load(...ARGS).then(
          () => 'read',
          (error: unknown) => (error instanceof ReadDeniedError ? error.status : String(error)),
        );
        expect(outcome, `${module} ${name}`).toBe(401);
      }
    }
  });

  // The audit log is open to editors (minus account changes: tests/db/editor-account.test.ts).
  it('admin-only loaders (users) refuse editors with 403', async () => {
    const adminOnly = (await loaders()).filter(({ module }) => /users/.test(module));
    expect(adminOnly.length).toBeGreaterThanOrEqual(1);
    await actAs(await makeUser('editor'));
    for (const { name, load } of adminOnly) {
      await expect(load(...ARGS), name).rejects.toMatchObject({ status: 403 });
    }
  });
});
