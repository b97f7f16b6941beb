'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies a citation to the clipboard; the text stays selectable without JavaScript. */
export function CopyButton({ text }: { text: string }) {
  const t = useTranslations('detail.cite');
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
      className="rounded border border-line bg-white px-2 py-0.5 text-xs hover:border-cn"
    >
      <span aria-live="polite">{copied ? t('copied') : t('copy')}</span>
    </button>
  );
}
