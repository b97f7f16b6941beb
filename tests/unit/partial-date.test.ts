import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { optionalPartialDate } from '@/lib/forms/fields';
import {
  comparePartialDates,
  comparePartialDatesNewestFirst,
  parsePartialDate,
  partialDateRange,
  partialDateSchema,
  partialDateProblem,
  composePartialDate,
} from '@/lib/dates/partial-date';

describe('parsePartialDate', () => {
  it('reads a year, a month and a day with their precision', () => {
    expect(parsePartialDate('2007')).toEqual({ iso: '2007', precision: 'year', year: 2007 });
    expect(parsePartialDate('2017-03')).toEqual({ iso: '2017-03', precision: 'month', year: 2017, month: 3 });
    expect(parsePartialDate('2023-11-07')).toEqual({
      iso: '2023-11-07',
      precision: 'day',
      year: 2023,
      month: 11,
      day: 7,
    });
  });

  it.each(['', '23', '2023-13', '2023-00', '2023-02-30', '2023-1', '2023/11/07', '07.11.2023', '2023-11-07T10:00', '0999'])(
    'rejects %j',
    (input) => {
      expect(parsePartialDate(input)).toBeNull();
    },
  );

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2023-02-29')).toBeNull();
  });
});

describe('ordering partial dates', () => {
  it('sorts by the start of the period, a coarser date before a finer one', () => {
    const dates = ['2017-04', '2017-03-27', '2016-12-31', '2017', '2017-03', '2018', '2017-03-01'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2016-12-31',
      '2017',
      '2017-03',
      '2017-03-01',
      '2017-03-27',
      '2017-04',
      '2018',
    ]);
  });

  it('puts undated records last in both directions', () => {
    expect([null, '2020', '2019'].sort(comparePartialDates)).toEqual(['2019', '2020', null]);
    expect([null, '2019', '2020-05', '2020'].sort(comparePartialDatesNewestFirst)).toEqual([
      '2020-05',
      '2020',
      '2019',
      null,
    ]);
  });
});

describe('partialDateRange', () => {
  it('spans the whole period the date names', () => {
    expect(partialDateRange(parsePartialDate('2017')!)).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    expect(partialDateRange(parsePartialDate('2024-02')!)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(partialDateRange(parsePartialDate('2023-11-07')!)).toEqual({ start: '2023-11-07', end: '2023-11-07' });
  });
});

describe('formatPartialDate', () => {
  it('shows only what is known', () => {
    expect(formatPartialDate('2017', 'en')).toBe('2017');
    expect(formatPartialDate('2017-03', 'en')).toBe('March 2017');
    expect(formatPartialDate('2023-11-07', 'en')).toBe('7 Nov 2023');
    expect(formatPartialDate('2014-01', 'en', true)).toBe('January 2014?');
    expect(formatPartialDate(null, 'en')).toBeNull();
  });

  it('formats in the reader’s language', () => {
    expect(formatPartialDate('2023-11-07', 'ru')).toBe('7 нояб. 2023 г.');
    expect(formatPartialDate('2017-03', 'ru')).toBe('март 2017 г.');
    expect(formatPartialDate('2023-11-07', 'be')).toBe('7 ліст. 2023 г.');
    expect(formatPartialDate('2017-03', 'be')).toBe('сакавік 2017 г.');
    expect(formatPartialDate('2023-11-07', 'zh')).toBe('2023年11月7日');
    expect(formatPartialDate('2017-03', 'zh')).toBe('2017年3月');
    expect(formatPartialDate('2017', 'zh')).toBe('2017年');
  });
});

describe('partialDateSchema', () => {
  it('explains what it expects', () => {
    const result = partialDateSchema.safeParse('Nov 2023');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/year \(2023\), a month \(2023-11\) or a full date/);
    expect(partialDateSchema.parse(' 2023-11 ')).toBe('2023-11');
  });
});

describe('partial dates as editors enter them (issue 12, item 11)', () => {
  it('names the month that is too short instead of the generic format hint', () => {
    expect(partialDateProblem('2023-02-30')).toBe('February 2023 has 28 days');
    expect(partialDateProblem('2024-02-30')).toBe('February 2024 has 29 days');
    expect(partialDateProblem('2023-04-31')).toBe('April 2023 has 30 days');
    expect(partialDateProblem('2019-13')).toMatch(/no month 13/);
    expect(partialDateProblem('2023-02-28')).toBeNull();
    expect(partialDateSchema.safeParse('2023-02-30').error?.issues[0]?.message).toBe('February 2023 has 28 days');
  });

  it('the entity schemas say the same for text (API, CSV) and for the form’s parts', () => {
    const text = optionalPartialDate.safeParse('2023-02-30');
    expect(text.error?.issues[0]?.message).toBe('February 2023 has 28 days');
    const parts = optionalPartialDate.safeParse({ precision: 'day', year: '2023', month: '02', day: '30' });
    expect(parts.error?.issues[0]?.message).toBe('February 2023 has 28 days');
  });

  it('keeps a day typed before the month, whatever the order the parts arrive in', () => {
    expect(composePartialDate({ precision: 'day', day: '14', year: '2019', month: '09' })).toEqual({ iso: '2019-09-14', problem: null });
    expect(optionalPartialDate.parse({ day: '7', precision: 'day', month: '11', year: '2023' })).toEqual({ iso: '2023-11-07', precision: 'day', year: 2023 });
  });

  it('refuses a precision whose part is missing instead of saving a coarser date', () => {
    const month = optionalPartialDate.safeParse({ precision: 'month', year: '2019', month: '' });
    expect(month.success).toBe(false);
    expect(month.error?.issues[0]?.message).toMatch(/Choose the month/);
    const day = optionalPartialDate.safeParse({ precision: 'day', year: '2019', month: '09', day: '' });
    expect(day.error?.issues[0]?.message).toMatch(/Enter the day/);
    expect(optionalPartialDate.safeParse({ precision: 'month', year: '', month: '03' }).error?.issues[0]?.message).toMatch(/year/);
    // Nothing typed is "no date", not an error.
    expect(optionalPartialDate.parse({ precision: 'month', year: '', month: '' })).toBeNull();
    expect(optionalPartialDate.parse({ precision: 'year', year: '2019', month: '09' })).toEqual({ iso: '2019', precision: 'year', year: 2019 });
  });
});
