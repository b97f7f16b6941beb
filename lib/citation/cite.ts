/**
 * "Cite this" for a page of the atlas: a plain-text reference, BibTeX (@misc with
 * urldate) and CSL-JSON (type "webpage" with `accessed`), all naming the access date,
 * the page's last update and its stable URL.
 */
export type CitationInput = {
  /** The page's subject: "Novogrudok District – Dunhuang". */
  title: string;
  /** Stable absolute URL of the page. */
  url: string;
  siteName: string;
  /** When the record was last changed (ISO date-time). */
  updated: string;
  /** When the reader looked (ISO date); today by default. */
  accessed?: string;
  /** For the BibTeX key: the record's slug. */
  key: string;
};

function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = isoDay(iso).split('-').map(Number);
  return [y, m, d];
}

/** BibTeX needs its special characters escaped; braces keep capitals as written. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

export function buildCitation(input: CitationInput) {
  const accessed = isoDay(input.accessed ?? new Date().toISOString());
  const updated = isoDay(input.updated);
  const [year] = dateParts(updated);
  const text = `${input.siteName}. “${input.title}.” Last updated ${updated}. ${input.url} (accessed ${accessed}).`;
  const bibtex = [
    `@misc{${input.key.replace(/[^A-Za-z0-9-]/g, '')}-${year},`,
    `  title        = {{${bibtexEscape(input.title)}}},`,
    `  author       = {{${bibtexEscape(input.siteName)}}},`,
    `  howpublished = {\\url{${input.url}}},`,
    `  year         = {${year}},`,
    `  note         = {Last updated ${updated}},`,
    `  urldate      = {${accessed}},`,
    '}',
  ].join('\n');
  const csl = {
    id: input.key,
    type: 'webpage',
    title: input.title,
    'container-title': input.siteName,
    author: [{ literal: input.siteName }],
    URL: input.url,
    issued: { 'date-parts': [dateParts(updated)] },
    accessed: { 'date-parts': [dateParts(accessed)] },
  };
  return { text, bibtex, csl: JSON.stringify([csl], null, 2), accessed, updated };
}
