import { NextResponse } from 'next/server';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { startSession } from '@/lib/auth/session';
import { toFieldErrors } from '@/lib/forms/fields';
import { readBody } from '@/lib/http/body';
import { clientIp, isCrossSite } from '@/lib/http/request';
import { routing } from '@/lib/i18n/routing';
import { signInSchema } from '@/lib/users/schema';

/**
 * Email + password sign-in: 200 with a sealed session cookie, 401, 422, or 429 when
 * rate-limited. A plain HTML form post (before the page's script has loaded) gets a
 * 303 to the admin or back to the sign-in page with the message instead.
 */
export async function POST(request: Request) {
  if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site sign-in is not allowed.' }, { status: 403 });
  const fromHtmlForm = (request.headers.get('content-type') ?? '').includes('form');
  const reply = (status: number, body: Record<string, unknown>, headers?: Record<string, string>) => {
    if (!fromHtmlForm) return NextResponse.json(body, { status, headers });
    const url = new URL(`/${routing.defaultLocale}/admin${status === 200 ? '' : '/sign-in'}`, request.url);
    if (status !== 200) url.searchParams.set('error', String(body.error));
    return NextResponse.redirect(url, 303);
  };
  const read = await readBody(request);
  if (!read.ok) return read.response;
  const parsed = signInSchema.safeParse(read.body);
  if (!parsed.success) {
    return reply(422, { error: 'Enter your email and password.', fieldErrors: toFieldErrors(parsed.error) });
  }
  const outcome = await attemptSignIn(parsed.data, clientIp(request));
  if (!outcome.ok) {
    const headers = outcome.status === 429 ? { 'Retry-After': String(outcome.retryAfterSeconds) } : undefined;
    return reply(outcome.status, { error: outcome.error }, headers);
  }
  await startSession(outcome.user);
  return reply(200, { ok: true, user: { name: outcome.user.name, role: outcome.user.role } });
}
