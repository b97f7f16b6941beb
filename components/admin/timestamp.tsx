import { useLocale } from 'next-intl';
import { formatTimestamp } from '@/lib/dates/format-timestamp';

/** A moment in the editor's locale, in UTC (lib/dates/format-timestamp.ts), machine-readable too. */
export function Timestamp({ value, time = true, className }: { value: Date; time?: boolean; className?: string }) {
  const locale = useLocale();
  return (
    <time dateTime={value.toISOString()} className={className}>
      {formatTimestamp(value, locale, { time })}
    </time>
  );
}
