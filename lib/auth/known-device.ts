import 'server-only';
import { env } from '@/lib/env';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { getSessionSecret } from './secret';

/**
 * A browser that has signed in to an account before carries `atlas_device`:
 * "<device id>.<HMAC(secret, email, device id)>". It proves nothing on its own (the
 * password is still checked), but it gives the browser its own throttle bucket and lets
 * it skip the account-wide one, so guesses from elsewhere never lock the owner out.
 */
export const DEVICE_COOKIE = 'atlas_device';
const MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

async function sign(email: string, deviceId: string) {
  return createHmac('sha256', await getSessionSecret()).update(`device\0${email}\0${deviceId}`).digest('base64url');
}

/** The device id when the request carries a valid device cookie for `email`. */
export async function knownDeviceId(email: string): Promise<string | null> {
  const value = (await cookies()).get(DEVICE_COOKIE)?.value ?? '';
  const [deviceId, mac] = value.split('.');
  if (!deviceId || !mac || deviceId.length > 64) return null;
  const expected = Buffer.from(await sign(email, deviceId));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

export async function rememberDevice(email: string, deviceId?: string | null) {
  const id = deviceId ?? randomBytes(16).toString('base64url');
  (await cookies()).set(DEVICE_COOKIE, `${id}.${await sign(email, id)}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production' && !env.AUTH_INSECURE_COOKIES,
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}
