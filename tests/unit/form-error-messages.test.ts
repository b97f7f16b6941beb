import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import be from '@/lib/i18n/messages/be.json';
import zh from '@/lib/i18n/messages/zh.json';
import { ERROR_RULES, errorMessageKey } from '@/lib/forms/error-messages';
import { sourceCreateSchema } from '@/lib/sources/schema';
import { placeCreateSchema } from '@/lib/places/schema';

const catalogues = { en, ru, be, zh } as const;

function shown(message: string, locale: keyof typeof catalogues) {
  const known = errorMessageKey(message, locale);
  if (!known) return message;
  const text = (catalogues[locale].adminForms.errors as Record<string, string>)[known.key]!;
  return String(new IntlMessageFormat(text, locale).format(known.params));
}

describe('field errors in the editor’s language', () => {
  it('every rule has its message in all four catalogues', () => {
    expect(ERROR_RULES.length).toBeGreaterThan(10);
    for (const rule of ERROR_RULES) {
      for (const [locale, messages] of Object.entries(catalogues)) {
        expect((messages.adminForms.errors as Record<string, string>)[rule.key], `${locale}: ${rule.key}`).toBeTruthy();
      }
    }
  });

  it('translates what the real schemas say, with the month named in the editor’s language', () => {
    const issues = sourceCreateSchema.safeParse({ url: 'nope', title: '', published: '2023-02-30' }).error!.issues;
    const messages = issues.map((issue) => issue.message);
    expect(messages.length).toBe(3);
    expect(messages.map((m) => shown(m, 'ru'))).toEqual([
      'Введите полный веб-адрес, начинающийся с http:// или https://',
      'Обязательное поле',
      'февраль 2023 г.: всего 28 дней',
    ]);
    expect(shown('February 2023 has 28 days', 'en')).toBe('February 2023 has 28 days');
    expect(shown('February 2023 has 28 days', 'zh')).toBe('2023年2月只有28天');
    expect(shown('April 2023 has 30 days', 'be')).toBe('красавік 2023 г.: усяго 30 дзён');
    expect(shown('January 2023 has 31 days', 'ru')).toBe('январь 2023 г.: всего 31 день');
  });

  it('maps the place form’s refusals, and leaves an unknown message as written', () => {
    const issues = placeCreateSchema.safeParse({ country: 'BY', level: 'city', nameEn: '', lat: '200', sources: [] }).error!.issues;
    const translated = issues.map((issue) => shown(issue.message, 'zh'));
    expect(translated).toEqual(expect.arrayContaining(['必填', '纬度是 -90 到 90 之间的数字', '请至少添加一个来源']));
    expect(shown('Something no rule knows', 'ru')).toBe('Something no rule knows');
  });
});
