import { describe, expect, it } from 'vitest';
import { buildCitation } from '@/lib/citation/cite';

describe('buildCitation', () => {
  const citation = buildCitation({
    title: 'Novogrudok District – Dunhuang (敦煌市)',
    url: 'https://atlas.example/en/pairings/novogrudok-district--dunhuang',
    siteName: 'Sister Cities Atlas',
    updated: '2026-11-24T18:00:00.000Z',
    accessed: '2026-12-01',
    key: 'novogrudok-district--dunhuang',
  });

  it('names the page, its URL, the update and the access date in plain text', () => {
    expect(citation.text).toBe(
      'Sister Cities Atlas. “Novogrudok District – Dunhuang (敦煌市).” Last updated 2026-11-24. https://atlas.example/en/pairings/novogrudok-district--dunhuang (accessed 2026-12-01).',
    );
  });

  it('writes BibTeX with urldate and a stable key', () => {
    expect(citation.bibtex).toMatch(/^@misc\{novogrudok-district--dunhuang-2026,/);
    expect(citation.bibtex).toContain('urldate      = {2026-12-01}');
    expect(citation.bibtex).toContain('\\url{https://atlas.example/en/pairings/novogrudok-district--dunhuang}');
  });

  it('escapes BibTeX specials', () => {
    const c = buildCitation({ title: 'R&D 100% {x}_y', url: 'u', siteName: 'S', updated: '2025-01-01', accessed: '2025-01-02', key: 'k' });
    expect(c.bibtex).toContain('{{R\\&D 100\\% \\{x\\}\\_y}}');
  });

  it('writes CSL-JSON a reference manager can import', () => {
    const [item] = JSON.parse(citation.csl);
    expect(item).toMatchObject({
      type: 'webpage',
      URL: 'https://atlas.example/en/pairings/novogrudok-district--dunhuang',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      issued: { 'date-parts': [[2026, 11, 24]] },
    });
  });
});
