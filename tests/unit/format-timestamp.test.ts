import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '@/lib/dates/format-timestamp';

/**
 * Issue 12, item 22: the admin showed one moment as "2026-03-12 09:05 UTC" (audit log),
 * "12 Mar 2026, 09:05 UTC" (dashboard), "2026-03-12 09:05" (users) and
 * "12/03/2026, 09:05:00 UTC" (conflicts). One format now: the editor's locale, the month
 * as a word (no 03/12 vs 12/03), 24-hour time, UTC and saying so.
 */
const moment = new Date('2026-03-12T21:05:00Z');

describe('formatTimestamp', () => {
  it.each([
    ['en', 'Mar 12, 2026, 21:05 UTC'],
    ['ru', '12 мар. 2026 г., 21:05 UTC'],
    ['be', '12 сак 2026, 21:05 UTC'],
    ['zh', '2026年3月12日 UTC 21:05'],
  ])('%s: %s', (locale, expected) => {
    expect(formatTimestamp(moment, locale)).toBe(expected);
    expect(formatTimestamp(moment.toISOString(), locale)).toBe(expected);
  });

  it('is in UTC whatever the server zone, and can leave out the time', () => {
    expect(formatTimestamp(new Date('2026-12-31T23:30:00Z'), 'en', { time: false })).toBe('Dec 31, 2026');
    expect(formatTimestamp(new Date('2026-12-31T23:30:00Z'), 'ru')).toContain('31 дек. 2026');
  });
});
