'use server';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/http/client-address';
import { isLocale } from '@/lib/i18n/routing';
import type { SuggestionFormState } from '@/lib/suggestions/form-state';
import { submitSuggestion } from '@/lib/suggestions/submit';

/**
 * The one server action anyone may call: a reader's suggestion. It writes only a
 * Suggestion row (and its rate-limit bucket); nothing reaches the atlas's data until an
 * editor saves a form. tests/db/write-authorization.test.ts lists it as public.
 */
export async function submitSuggestionAction(_previous: SuggestionFormState, formData: FormData): Promise<SuggestionFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: 'bad-request' };
  const fields = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const locale = isLocale(fields.locale ?? '') ? fields.locale! : 'en';
  // What the reader typed, to show again on a refusal (not the token or the honeypot).
  const values = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'token' && k !== 'website'));
  try {
    const result = await submitSuggestion(fields, { address: clientAddress(await headers()), locale });
    return result.ok ? result : { ...result, values };
  } catch (error) {
    console.error('[suggestion] failed', error);
    return { ok: false, error: 'server-error', values };
  }
}
