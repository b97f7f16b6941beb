import { describe, expect, it, vi } from 'vitest';
import { formatList } from '@/lib/i18n/list-format';

describe('formatList', () => {
  it('uses Intl where it knows the language', () => {
    expect(formatList(['Тунцзян', 'Хэйлунцзян'], 'ru', 'и')).toBe('Тунцзян и Хэйлунцзян');
    expect(formatList(['Tongjiang', 'Heilongjiang'], 'en', 'and')).toBe('Tongjiang and Heilongjiang');
  });

  it('joins with the catalogue\'s conjunction where the browser answers in English (Chromium has no Belarusian list data)', () => {
    const Real = Intl.ListFormat;
    vi.spyOn(Intl, 'ListFormat').mockImplementation(function english(_locale: string, options: Intl.ListFormatOptions) {
      return new Real('en', options);
    } as never);
    try {
      expect(formatList(['Тунцзян', 'Хэйлунцзян', 'Ганьсу'], 'be', 'і')).toBe('Тунцзян, Хэйлунцзян і Ганьсу');
      expect(formatList(['Ганьсу'], 'be', 'і')).toBe('Ганьсу');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
