import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The output-escaping lint rule (eslint.config.mjs) is the guard that keeps HTML
 * strings from data out of the DOM. Lint real snippets with the project's config, so
 * the rule cannot be dropped or loosened without this test failing.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function escapingErrors(code: string, file = 'components/map/lint-fixture.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const HEADER = `import L from 'leaflet';\nimport { textElement, groupElement } from '@/components/map/text-element';\ndeclare const name: string;\ndeclare const layer: L.Layer;\ndeclare const el: HTMLElement;\n`;

describe('output-escaping lint rule', () => {
  const violations: [string, string][] = [
    ['dangerouslySetInnerHTML', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: name }} />;'],
    ['innerHTML assignment', 'el.innerHTML = name;'],
    ['outerHTML assignment', 'el.outerHTML = `<b>${name}</b>`;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', name);"],
    ['document.write', 'document.write(name);'],
    ['bindTooltip with a data string (the issue-8 bug)', "layer.bindTooltip(name, { direction: 'top' });"],
    ['bindTooltip with a template', 'layer.bindTooltip(`<b>${name}</b>`);'],
    ['bindTooltip with a function returning a string', 'layer.bindTooltip(() => `${name} – x`);'],
    ['bindPopup with a literal', "layer.bindPopup('<img src=x onerror=alert(1)>');"],
    ['setContent with concatenation', "L.tooltip().setContent('<b>' + name + '</b>');"],
    ['divIcon html string', "L.divIcon({ className: 'm', html: `<span>${name}</span>` });"],
    ['popup content string', 'L.popup({ content: name });'],
  ];

  it.each(violations)('flags %s', async (_label, code) => {
    expect(await escapingErrors(HEADER + code)).toHaveLength(1);
  }, 30_000);

  it('accepts DOM nodes built with textContent', async () => {
    const safe = [
      "layer.bindTooltip(textElement('span', name), { sticky: true });",
      "layer.bindTooltip(() => textElement('span', name));",
      "L.tooltip().setContent(textElement('span', name));",
      "L.divIcon({ className: 'm', html: groupElement(textElement('span', '3'), textElement('span', name)) });",
      'el.textContent = name;',
      'export const A = () => <div title={name}>{name}</div>;',
    ].join('\n');
    expect(await escapingErrors(HEADER + safe)).toEqual([]);
  }, 30_000);

  it('holds for the whole code base: the map modules lint clean', async () => {
    const results = await eslint.lintFiles(['components/map/atlas-layers.ts', 'components/place-map/place-map-leaflet.tsx']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-syntax'))).toEqual([]);
  }, 30_000);
});
