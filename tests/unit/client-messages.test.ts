/**
 * The browser gets only part of the catalogue (lib/i18n/client-messages.ts). A client
 * component that translates with a namespace left out would show the raw key — so
 * this walks every client component and what it imports (an imported component runs
 * on the client too) and checks each namespace it uses is sent to the pages it is on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CLIENT_MESSAGES, PUBLIC_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import en from '@/lib/i18n/messages/en.json';
import { flattenMessages, type MessageTree } from '../helpers/messages';
import { ROOT } from '../helpers/paths';
import { appSourceFiles } from '../helpers/source-files';

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ['.tsx', '.ts', '/index.tsx', '/index.ts']) if (existsSync(base + ext)) return base + ext;
  return null;
}

/** Client components and everything under app/ or components/ they import. */
function clientModules(): string[] {
  const files = appSourceFiles();
  const seen = new Set<string>();
  const stack = files.filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
      const target = resolveImport(spec, file);
      if (target && /[/\\](app|components)[/\\]/.test(path.relative(ROOT, target).replace(/^/, '/'))) stack.push(target);
    }
  }
  return [...seen];
}

/** Message paths a module translates: `useTranslations('ns')`, or `t('ns.key')` under `useTranslations()`. */
function usedPaths(source: string): string[] {
  const paths = [...source.matchAll(/useTranslations\('([^']+)'\)/g)].map((m) => m[1]);
  if (/useTranslations\(\)/.test(source)) {
    for (const [, key] of source.matchAll(/\bt\([`'"]([A-Za-z]+)/g)) paths.push(key);
  }
  return paths;
}

const covered = (sent: readonly string[], used: string) => sent.some((p) => used === p || used.startsWith(`${p}.`));

describe('client message subsets', () => {
  const modules = clientModules();

  it('finds the client components that translate', () => {
    const translating = modules.filter((file) => usedPaths(readFileSync(file, 'utf8')).length > 0);
    // The map, filters, histogram, search box, trade chart, copy button, error page, admin forms…
    expect(translating.length).toBeGreaterThan(20);
  });

  it('sends every namespace a client component uses', () => {
    const missing: string[] = [];
    for (const file of modules) {
      const admin = /[/\\]admin[/\\]/.test(path.relative(ROOT, file));
      const sent = admin ? ADMIN_CLIENT_MESSAGES : PUBLIC_CLIENT_MESSAGES;
      for (const used of usedPaths(readFileSync(file, 'utf8'))) {
        if (!covered(sent, used)) missing.push(`${path.relative(ROOT, file)}: ${used}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only paths that exist, and picks them with their nesting', () => {
    const keys = [...flattenMessages(en as MessageTree).keys()];
    for (const p of ADMIN_CLIENT_MESSAGES) expect(keys.some((key) => key === p || key.startsWith(`${p}.`)), p).toBe(true);
    const picked = pickMessages(en, PUBLIC_CLIENT_MESSAGES);
    expect(Object.keys(picked)).not.toContain('admin');
    expect(Object.keys((picked as { detail: object }).detail)).toEqual(['cite']);
    expect(picked.map).toEqual(en.map);
    // The public pages carry well under half of the catalogue.
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
  });
});
