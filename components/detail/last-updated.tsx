import { useLocale, useTranslations } from 'next-intl';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

export function LastUpdated({ iso }: { iso: string }) {
  const t = useTranslations('detail');
  const locale = useLocale();
  const text = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
  return (
    <p className="text-xs text-muted">
      <time dateTime={iso}>{t('lastUpdated', { date: `${text} UTC` })}</time>
    </p>
  );
}
