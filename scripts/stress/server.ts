/**
 * What the stress run needs around the built app: a fresh seeded database, an editor
 * account, the production server (server.mjs, as `npm start`) on it, and a session cookie from the real sign-in form.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SESSION_SECRET = 'stress-run-session-secret-not-for-production-0123456789';
export const EDITOR = { email: 'stress-editor@atlas.test', password: 'stress editor password 2026' };

export function assertBuilt() {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    console.error('No production build in .next: run `npm run build` first (the stress run measures that build and builds nothing itself).');
    process.exit(2);
  }
}

export async function prepareDatabase(file: string) {
  const { buildSyntheticDatabase } = await import('../synthetic/load-synthetic');
  await buildSyntheticDatabase(file, 0);
  const created = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', EDITOR.email, '--role', 'editor', '--name', 'Stress editor'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, ATLAS_USER_PASSWORD: EDITOR.password },
    encoding: 'utf8',
  });
  if (created.status !== 0) throw new Error(`Creating the editor failed:\n${created.stdout}${created.stderr}`);
}

export type Server = { url: string; child: ChildProcess; stop: () => Promise<void>; kill9: () => Promise<void>; output: () => string };

export async function startServer(file: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', DATABASE_URL: `file:${file}`, SESSION_SECRET, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so kill -9 reaches every process of the server.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/openapi.json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server.mjs did not answer within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    }
    await exited;
  };
  return { url, child, stop: () => end('SIGTERM'), kill9: () => end('SIGKILL'), output: () => output };
}

/** Signs in through the real form in Chromium once; returns the Cookie header for the session. */
export async function signIn(url: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/en/admin/sign-in`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((target) => !target.pathname.includes('sign-in'), { timeout: 30_000 });
    const cookies = await page.context().cookies();
    if (cookies.length === 0) throw new Error('Sign-in set no cookie');
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** Existing pairings as [by slug, cn slug]: an import row for one adds an agreement. */
export function existingPairs(file: string): [string, string][] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (
      sqlite
        .prepare('SELECT b.slug AS by, c.slug AS cn FROM Pairing p JOIN Place b ON b.id = p.byPlaceId JOIN Place c ON c.id = p.cnPlaceId WHERE p.deletedAt IS NULL ORDER BY p.id')
        .all() as { by: string; cn: string }[]
    ).map((row) => [row.by, row.cn]);
  } finally {
    sqlite.close();
  }
}

export function slugs(file: string, table: 'Pairing' | 'Place'): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT slug FROM ${table} WHERE deletedAt IS NULL ORDER BY id LIMIT 5`).all() as { slug: string }[]).map((r) => r.slug);
  } finally {
    sqlite.close();
  }
}
