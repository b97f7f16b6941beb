import 'server-only';
import { NextResponse } from 'next/server';

/**
 * Request bodies of the write routes, read with a size limit: the declared
 * Content-Length is checked first, and the stream is counted as it arrives (a chunked
 * body has no Content-Length), so no route buffers more than its limit.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${formatBytes(limit)}`);
    this.name = 'BodyTooLargeError';
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** 413 with a message that names the limit (`error`, as every write route's answer, for the forms). */
export function bodyTooLarge(limit: number, what = 'nothing was changed'): Response {
  return NextResponse.json(
    { error: `The request body is larger than ${formatBytes(limit)}; ${what}.`, code: 'body_too_large', limitBytes: limit },
    { status: 413, headers: { 'cache-control': 'no-store' } },
  );
}

/** True when the declared Content-Length alone is over the limit. */
export function declaresTooLarge(request: Request, limit: number): boolean {
  const declared = request.headers.get('content-length');
  return declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit);
}

/**
 * Past the limit the rest is read and dropped (up to DRAIN_LIMIT) before the 413 goes out:
 * a server that stops reading closes the connection, and the client — a browser too —
 * then sees a broken upload instead of the message.
 */
const DRAIN_LIMIT = 16 * 1024 * 1024;
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, read: number) {
  while (read <= DRAIN_LIMIT) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done) return;
    read += value?.byteLength ?? 0;
  }
  await reader.cancel().catch(() => undefined);
}

/** The body as text (invalid UTF-8 becomes U+FFFD); throws BodyTooLargeError past `limit` bytes. */
export async function readTextWithin(request: Request, limit: number): Promise<string> {
  if (declaresTooLarge(request, limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await discardRest(reader, size);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export type BodyResult = { ok: true; body: Record<string, unknown> | null } | { ok: false; response: Response };

/**
 * A JSON or form body as a plain object (null when it is not one), or a 413 past
 * `limit`. Malformed JSON or form data is null, for the caller's 400/422.
 */
export async function readBody(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  let text: string;
  try {
    text = await readTextWithin(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { ok: false, response: bodyTooLarge(limit) };
    return { ok: true, body: null };
  }
  try {
    if (type.includes('application/json')) {
      const body: unknown = JSON.parse(text);
      return { ok: true, body: body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null };
    }
    if (type.includes('form')) {
      const form = await new Response(text, { headers: { 'content-type': type } }).formData();
      return { ok: true, body: Object.fromEntries(form.entries()) };
    }
  } catch {
    return { ok: true, body: null };
  }
  return { ok: true, body: null };
}
