'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { localizeValidationMessage, type ValidationTranslator } from '@/lib/i18n/validation-messages';

/** Turns the schemas' English validation messages into the editor's language (lib/i18n/validation-messages.ts). */
export function useValidationMessage() {
  const t = useTranslations('validation');
  return useCallback(
    (message: string | undefined) => (message === undefined ? undefined : localizeValidationMessage(message, t as unknown as ValidationTranslator)),
    [t],
  );
}
