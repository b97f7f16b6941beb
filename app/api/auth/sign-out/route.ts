import { NextResponse } from 'next/server';
import { endSession } from '@/lib/auth/session';
import { isCrossSite } from '@/lib/http/request';

/** Ends the session (clears the cookie). Changes no data, so it needs no role. */
export async function POST(request: Request) {
  if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site requests are not allowed.' }, { status: 403 });
  await endSession();
  return NextResponse.json({ ok: true });
}
