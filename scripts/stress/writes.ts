/**
 * Editor writes through the real CSV import route: one row that adds an agreement
 * with a unique title to an existing pairing. "Acknowledged" means the server's
 * stream ended with `done`; anything else means the client was told it failed.
 */
import { IMPORT_COLUMNS } from '../../lib/import/columns';

const HEADER = IMPORT_COLUMNS.map((c) => c.name);

export function agreementRowCsv(pair: [string, string], title: string): string {
  const values: Record<string, string> = {
    by_place: pair[0], cn_place: pair[1], type: 'friendship_city', stage: 'in_contact',
    agreement_kind: 'visit', agreement_date: '2025-05', agreement_title: title,
    source_url: 'https://example.org/stress-source', source_title: 'Stress source',
  };
  return `${HEADER.join(',')}\n${HEADER.map((h) => values[h] ?? '').join(',')}\n`;
}

export type WriteOutcome = 'acknowledged' | 'refused' | 'unknown';

/** The outcome a client learns from an import response body (NDJSON). */
export function outcomeOf(status: number, body: string): WriteOutcome {
  if (status !== 200) return status >= 400 && status < 500 ? 'refused' : 'unknown';
  const last = body.trim().split('\n').at(-1);
  try {
    const event = JSON.parse(last ?? '') as { type?: string };
    if (event.type === 'done') return 'acknowledged';
    if (event.type === 'error') return 'refused';
  } catch {
    // cut off mid-stream
  }
  return 'unknown';
}

export async function writeAgreement(url: string, cookie: string, pair: [string, string], title: string, signal?: AbortSignal): Promise<WriteOutcome> {
  const response = await fetch(`${url}/api/admin/import?mode=commit`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'text/csv', origin: url },
    body: agreementRowCsv(pair, title),
    signal,
  });
  return outcomeOf(response.status, await response.text());
}
