'use client';
import { useLocale, useTranslations } from 'next-intl';
import { errorMessageKey } from '@/lib/forms/error-messages';

/** A schema's (English) refusal in the editor's language, where the catalogue has it. */
export function useErrorText() {
  const t = useTranslations('adminForms.errors');
  const locale = useLocale();
  return (message: string | undefined) => {
    if (!message) return message;
    const known = errorMessageKey(message, locale);
    return known ? t(known.key as 'required', known.params) : message;
  };
}
