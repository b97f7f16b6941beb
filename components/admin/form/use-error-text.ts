'use client';
import { useLocale, useTranslations } from 'next-intl';
import { localizeValidationMessage, type ValidationTranslator } from '@/lib/i18n/validation-messages';

/** A schema's (English) refusal in the editor's language, where the catalogue has it (lib/i18n/validation-messages.ts). */
export function useErrorText() {
  const t = useTranslations('validation') as unknown as ValidationTranslator;
  const locale = useLocale();
  return (message: string | undefined) => (message ? localizeValidationMessage(message, t, locale) : message);
}
