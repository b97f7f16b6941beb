import { NextResponse } from 'next/server';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { startSession } from '@/lib/auth/session';
import { toFieldErrors } from '@/lib/forms/fields';
import { clientIp, isCrossSite, readBody } from '@/lib/http/request';
import { signInSchema } from '@/lib/users/schema';

/** Email + password sign-in: 200 with a sealed session cookie, 401, 422, or 429 when rate-limited. */
export async function POST(request: Request) {
  if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site sign-in is not allowed.' }, { status: 403 });
  const parsed = signInSchema.safeParse(await readBody(request));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Enter your email and password.', fieldErrors: toFieldErrors(parsed.error) }, { status: 422 });
  }
  const outcome = await attemptSignIn(parsed.data, clientIp(request));
  if (!outcome.ok) {
    const headers = outcome.status === 429 ? { 'Retry-After': String(outcome.retryAfterSeconds) } : undefined;
    return NextResponse.json({ error: outcome.error }, { status: outcome.status, headers });
  }
  await startSession(outcome.user);
  return NextResponse.json({ ok: true, user: { name: outcome.user.name, role: outcome.user.role } });
}
