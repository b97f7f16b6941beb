import { IMPORT_TEMPLATE } from '@/lib/import/columns';

/** The CSV template: header plus one example row (documentation; no data is read). */
export function GET() {
  return new Response(IMPORT_TEMPLATE, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="atlas-pairings-template.csv"',
    },
  });
}
