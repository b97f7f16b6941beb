import { vi } from 'vitest';

/**
 * An in-memory stand-in for `cookies()` from next/headers, so the real session code
 * (iron-session sealing, lib/auth/session.ts) runs in Vitest. Use with:
 *   vi.mock('next/headers', () => nextHeadersMock);
 */
type Cookie = { name: string; value: string };
export const cookieJar = new Map<string, Cookie>();

const store = {
  get: (name: string) => cookieJar.get(name),
  getAll: () => [...cookieJar.values()],
  has: (name: string) => cookieJar.has(name),
  set: (nameOrOptions: string | { name: string; value: string; maxAge?: number }, value?: string, options?: { maxAge?: number }) => {
    const cookie = typeof nameOrOptions === 'string' ? { name: nameOrOptions, value: value ?? '', maxAge: options?.maxAge } : nameOrOptions;
    if (cookie.value === '' || cookie.maxAge === 0) cookieJar.delete(cookie.name);
    else cookieJar.set(cookie.name, { name: cookie.name, value: cookie.value });
  },
  delete: (name: string) => cookieJar.delete(name),
};

export const nextHeadersMock = {
  cookies: vi.fn(async () => store),
  headers: vi.fn(async () => new Headers()),
};

export const nextCacheMock = {
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
};
