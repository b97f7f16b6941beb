import { NextResponse } from 'next/server';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { revalidateAtlasData } from '@/lib/cache/atlas-data';
import { MAX_IMPORT_BYTES, type ImportProgressEvent } from '@/lib/import/columns';
import { commitPairingsCsv, validatePairingsCsv } from '@/lib/import/pairings-csv';
import { ActionError } from '@/lib/errors';
import { readTextWithin } from '@/lib/http/body';
import { writeRoute } from '@/lib/http/write-route';

// Large files: allow the commit to run for minutes (progress is streamed meanwhile).
export const maxDuration = 900;

/**
 * CSV import of pairings + agreements (editors). Body: the CSV text.
 * `?mode=preview` validates every row and writes nothing (200 with the report).
 * `?mode=commit` validates again (the server never trusts a preview) and, if every
 * row is valid, writes all rows in one transaction, streaming NDJSON progress;
 * any invalid row → 422 with the report and nothing written.
 */
export const POST = writeRoute(EDITOR_ROLES, async (request, user) => {
  const mode = new URL(request.url).searchParams.get('mode');
  if (mode !== 'preview' && mode !== 'commit') {
    return NextResponse.json({ error: 'Use ?mode=preview or ?mode=commit' }, { status: 400 });
  }
  // Counted as it streams in (lib/http/body.ts): past the limit, 413 and nothing is buffered further.
  const text = await readTextWithin(request, MAX_IMPORT_BYTES);

  const { preview, plan } = await validatePairingsCsv(text);
  if (mode === 'preview') return NextResponse.json(preview);
  if (!plan) return NextResponse.json({ error: 'Some rows are invalid; nothing was imported.', preview }, { status: 422 });

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (event: ImportProgressEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      send({ type: 'progress', done: 0, total: plan.length });
      try {
        const result = await commitPairingsCsv(plan, user, (done) => send({ type: 'progress', done, total: plan.length }));
        revalidateAtlasData();
        send({ type: 'done', ...result });
      } catch (error) {
        if (!(error instanceof ActionError)) console.error('[import] failed', error);
        send({ type: 'error', error: error instanceof ActionError ? error.message : 'Server error; nothing was imported.' });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}, { maxBodyBytes: MAX_IMPORT_BYTES });
