import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { snapshotDatabase } from '../helpers/snapshot';
import { ROOT, SEEDED_DB, TMP_DIR } from '../helpers/paths';

const files: string[] = [];
const tmp = (name: string) => {
  const file = path.join(TMP_DIR, `${name}-${randomUUID().slice(0, 8)}.db`);
  files.push(file);
  return file;
};
afterAll(() => {
  for (const file of files) for (const suffix of ['', '-wal', '-shm', '.restoring']) rmSync(`${file}${suffix}`, { force: true });
});

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const npmScript = (script: 'backup' | 'restore', database: string, args: string[]) =>
  spawnSync(TSX, [`scripts/db/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${database}` }, encoding: 'utf8' });

describe('db:backup and db:restore', () => {
  it('backup → restore gives identical tables, and keeps the replaced database', () => {
    const live = tmp('live');
    copyFileSync(SEEDED_DB, live);
    const backup = tmp('backup');
    const made = npmScript('backup', live, ['--out', backup]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/checked: intact and migrated/);
    expect(snapshotDatabase(backup)).toEqual(snapshotDatabase(live));

    const target = tmp('target');
    copyFileSync(SEEDED_DB, target);
    const db = new Database(target);
    db.prepare("DELETE FROM AuditEvent").run();
    db.close();
    const restored = npmScript('restore', target, [backup]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(snapshotDatabase(target)).toEqual(snapshotDatabase(backup));
    const previous = /kept as (\S+?)\.?$/m.exec(restored.stdout)?.[1];
    expect(previous && existsSync(previous)).toBe(true);
    files.push(previous!);
  });

  it('a backup taken while writes run is one consistent moment, and restores identically', async () => {
    const live = tmp('busy');
    copyFileSync(SEEDED_DB, live);
    const writer = createPrismaClient(`file:${live}`);
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        // Two rows per transaction: a consistent copy has both or neither.
        await writer.$transaction([
          writer.source.create({ data: { key: `busy-${written}-a`, title: `Busy ${written}` } }),
          writer.source.create({ data: { key: `busy-${written}-b`, title: `Busy ${written}` } }),
        ]);
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const backup = tmp('busy-backup');
    const child = spawn(TSX, ['scripts/db/backup.ts', '--out', backup], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${live}` } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const writtenAtBackupEnd = written;
    await new Promise((resolve) => setTimeout(resolve, 200));
    writing = false;
    await writes;
    await writer.$disconnect();
    expect(status, stderr).toBe(0);
    expect(written).toBeGreaterThan(writtenAtBackupEnd); // writes went on during and after the backup

    const copy = new Database(backup, { readonly: true });
    const halves = copy.prepare("SELECT substr(key, 1, length(key) - 2) AS pair, count(*) AS n FROM Source WHERE key LIKE 'busy-%' GROUP BY pair").all() as { n: number }[];
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(halves.length).toBeGreaterThan(0);
    expect(halves.every((h) => h.n === 2)).toBe(true);

    const target = tmp('busy-target');
    copyFileSync(SEEDED_DB, target);
    const restored = npmScript('restore', target, [backup]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(snapshotDatabase(target)).toEqual(snapshotDatabase(backup));
    files.push(/kept as (\S+?)\.?$/m.exec(restored.stdout)![1]!);
  });

  it('restore refuses a target in use and a file that is not a migrated atlas database, changing nothing', () => {
    const target = tmp('in-use');
    copyFileSync(SEEDED_DB, target);
    const backup = tmp('good');
    expect(npmScript('backup', target, ['--out', backup]).status).toBe(0);
    const server = new Database(target);
    server.pragma('journal_mode = WAL');
    server.prepare('SELECT count(*) FROM Place').get();
    const before = snapshotDatabase(target);
    const refused = npmScript('restore', target, [backup]);
    server.close();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is in use \(a server or script has it open\)/);

    const garbage = tmp('garbage');
    writeFileSync(garbage, 'not a database'.repeat(100));
    const bad = npmScript('restore', target, [garbage]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/is not a SQLite database/);
    const foreign = tmp('foreign');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (x)');
    other.close();
    expect(npmScript('restore', target, [foreign]).stderr).toMatch(/is not migrated/);
    expect(snapshotDatabase(target)).toEqual(before);
  });
});
