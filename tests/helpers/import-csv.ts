import { IMPORT_COLUMNS } from '@/lib/import/columns';

type Place = { id: number; slug: string; country: string };

/**
 * A valid import file of `rows` rows: every not-yet-paired BY × CN pair once (new
 * pairings), then further rows add agreements to pairs created earlier in the file.
 * Shared by the import tests, the stress run and the import benchmark.
 */
export function buildImportCsv(places: Place[], paired: Set<string>, rows: number, tag = 'load'): string {
  const pairs: [string, string][] = [];
  for (const by of places.filter((p) => p.country === 'BY')) {
    for (const cn of places.filter((p) => p.country === 'CN')) if (!paired.has(`${by.id}:${cn.id}`)) pairs.push([by.slug, cn.slug]);
  }
  if (pairs.length === 0) throw new Error('No unpaired places left to import');
  const header = IMPORT_COLUMNS.map((c) => c.name);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const [by, cn] = pairs[i % pairs.length]!;
    const values: Record<string, string> = {
      by_place: by, cn_place: cn, type: 'friendship_city', stage: 'in_contact', fields: 'culture;tourism',
      agreement_kind: 'visit', agreement_date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, agreement_title: `${tag} visit ${i}`,
      source_url: `https://example.org/${tag}/${i % 50}`, source_title: `${tag} source ${i % 50}`, source_publisher: 'Import test',
    };
    lines.push(header.map((h) => values[h] ?? '').join(','));
  }
  return lines.join('\n');
}
