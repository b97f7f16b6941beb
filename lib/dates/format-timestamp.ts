/**
 * One way to show when something happened in the admin (audit log, dashboard, users,
 * lists): the editor's locale, day-month-year with the month as a word (never 03/12
 * vs 12/03), 24-hour time, always in UTC and saying so — editors in Minsk and Beijing
 * read the same moment the same way.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, withTime: boolean) {
  const key = `${locale}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }),
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

export function formatTimestamp(value: Date | string, locale: string, options: { time?: boolean } = {}): string {
  return formatter(locale, options.time ?? true).format(typeof value === 'string' ? new Date(value) : value);
}
