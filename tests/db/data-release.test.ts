import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as agreementsGET } from '@/app/api/v1/agreements/route';
import { GET as pairingsGET } from '@/app/api/v1/pairings/route';
import { GET as projectsGET } from '@/app/api/v1/projects/route';
import { GET as sourcesGET } from '@/app/api/v1/sources/route';
import { GET as tradeGET } from '@/app/api/v1/trade/route';
import { listReleases, releaseFilePath } from '@/lib/releases/catalog';
import { nextReleaseMeta } from '@/lib/releases/meta';
import { buildTables } from '@/lib/releases/tables';
import { existingReleases, writeRelease } from '@/lib/releases/write';
import { liveRowsOnly } from '@/lib/soft-delete/live-rows';

const root = () => path.resolve('tests/.tmp', `releases-${randomUUID()}`);
const total = async (handler: (r: Request) => Promise<Response> | Response, route: string) =>
  ((await (await handler(new Request(`http://localhost/api/v1/${route}`))).json()) as { total: number }).total;
const csvRows = (dir: string, table: string) => readFileSync(path.join(dir, `${table}.csv`), 'utf8').split('\r\n').filter(Boolean).length - 1;

async function release(at: string, when: Date) {
  const tables = await buildTables(liveRowsOnly(db));
  return writeRelease(at, tables, nextReleaseMeta(existingReleases(at), when, 'https://atlas.example'));
}

describe('data releases', () => {
  it('writes a data package that a Frictionless validator accepts, foreign keys included', async () => {
    const dir = await release(root(), new Date('2026-12-03T10:00:00Z'));
    expect(path.basename(dir)).toBe('2026-12-v1');
    const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const tabular = pkg.resources.filter((r) => r.tabular);
    expect(tabular.map((r) => r.name)).toEqual(['places', 'pairings', 'agreements', 'projects', 'trade', 'sources']);
    for (const resource of tabular) expect((await resource.read({ cast: true, relations: true })).length).toBeGreaterThan(0);
  });

  it("has as many CSV rows per table as the API's totals, and no deleted record", async () => {
    const victim = await db.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'desc' } });
    await db.agreement.update({ where: { id: victim.id }, data: { deletedAt: new Date() } });
    const dir = await release(root(), new Date());
    expect(csvRows(dir, 'pairings')).toBe(await total(pairingsGET, 'pairings?pageSize=1'));
    expect(csvRows(dir, 'agreements')).toBe(await total(agreementsGET, 'agreements?pageSize=1'));
    expect(csvRows(dir, 'projects')).toBe(await total(projectsGET, 'projects?pageSize=1'));
    expect(csvRows(dir, 'sources')).toBe(await total(sourcesGET, 'sources?pageSize=1'));
    expect(csvRows(dir, 'trade')).toBe(await total(tradeGET, 'trade'));
    const agreements = JSON.parse(readFileSync(path.join(dir, 'atlas.json'), 'utf8')).tables.agreements as { id: number }[];
    expect(agreements.length).toBeGreaterThan(100);
    expect(agreements.map((a) => a.id)).not.toContain(victim.id);
    await db.agreement.update({ where: { id: victim.id }, data: { deletedAt: null } });
  });

  it('numbers releases, lists what changed since the previous one, and never rewrites one', async () => {
    const at = root();
    await release(at, new Date('2026-11-20T10:00:00Z'));
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'minsk--beijing' } });
    await db.pairing.update({ where: { id: pairing.id }, data: { summary: `${pairing.summary} (updated)` } });
    const second = await release(at, new Date('2026-12-02T10:00:00Z'));
    expect(path.basename(second)).toBe('2026-12-v2');
    const changelog = readFileSync(path.join(second, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('# Sister Cities Atlas, data release 2026-12 (v2)');
    expect(changelog).toContain('Changes since Sister Cities Atlas, data release 2026-11 (v1)');
    expect(changelog).toMatch(/## Pairings: \d+ records \(0 added, 1 changed, 0 removed\)\n\n- Changed: minsk--beijing/);
    const listed = listReleases(at);
    expect(listed.map((r) => [r.id, r.citation])).toEqual([
      ['2026-12-v2', 'Sister Cities Atlas, data release 2026-12 (v2)'],
      ['2026-11-v1', 'Sister Cities Atlas, data release 2026-11 (v1)'],
    ]);
    expect(listed[0].files.map((f) => f.name)).toEqual(expect.arrayContaining(['atlas.json', 'atlas.sqlite', 'datapackage.json', 'pairings.csv', 'CHANGELOG.md']));
    expect(() => writeRelease(at, [], { ...listed[0] })).toThrow(/never rewritten/);
    // Downloads resolve only to files of a release.
    expect(releaseFilePath('2026-12-v2', 'pairings.csv', at)).toBe(path.join(second, 'pairings.csv'));
    for (const [id, file] of [['2026-12-v2', '../2026-11-v1/pairings.csv'], ['../2026-12-v2', 'pairings.csv'], ['2026-12-v9', 'pairings.csv'], ['2026-12-v2', 'nothing.csv']])
      expect(releaseFilePath(id, file, at)).toBeNull();
  });
});
