import { NextResponse } from 'next/server';
import { endSession } from '@/lib/auth/session';
import { bodyTooLarge, BodyTooLargeError, readTextWithin } from '@/lib/http/body';
import { isCrossSite } from '@/lib/http/request';

/** Sign-out takes no body; anything larger than this is refused rather than read. */
const SIGN_OUT_BODY_LIMIT = 1024;

/** Ends the session (clears the cookie). Changes no data, so it needs no role. */
export async function POST(request: Request) {
  if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site requests are not allowed.' }, { status: 403 });
  try {
    await readTextWithin(request, SIGN_OUT_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLarge(SIGN_OUT_BODY_LIMIT, 'you are still signed in');
  }
  await endSession();
  return NextResponse.json({ ok: true });
}
