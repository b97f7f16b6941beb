import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber } from '@/lib/trade/format-money';

describe('formatMoney per locale', () => {
  it('writes billions as each language does', () => {
    expect(formatMoney(5.9e9, 'USD', 'en')).toBe('USD 5.9 bn');
    expect(formatMoney(5.9e9, 'USD', 'ru')).toBe('5,9 млрд долл. США');
    expect(formatMoney(5.9e9, 'USD', 'be')).toBe('5,9 млрд дол. ЗША');
    expect(formatMoney(5.9e9, 'USD', 'zh')).toBe('59亿美元');
  });
  it('writes millions and keeps yuan as yuan', () => {
    expect(formatMoney(250e6, 'USD', 'en')).toBe('USD 250 m');
    expect(formatMoney(250e6, 'CNY', 'ru')).toBe('250 млн юаней');
    expect(formatMoney(250e6, 'CNY', 'zh')).toBe('2.5亿元人民币');
  });
  it('formats plain numbers with the locale separators', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
  });
});
