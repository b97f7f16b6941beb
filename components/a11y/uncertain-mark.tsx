import { useTranslations } from 'next-intl';

/**
 * The "?" after a value the sources do not settle. Seen as "?", heard as "(uncertain)":
 * a bare "?" is read out as "question mark", and aria-label on a span is ignored.
 */
export function UncertainMark({ show = true }: { show?: boolean }) {
  const t = useTranslations('pairing');
  if (!show) return null;
  return (
    <>
      <span aria-hidden="true">?</span>
      <span className="sr-only"> ({t('uncertain')})</span>
    </>
  );
}
