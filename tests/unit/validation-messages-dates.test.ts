import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import be from '@/lib/i18n/messages/be.json';
import zh from '@/lib/i18n/messages/zh.json';
import { RULES, localizeValidationMessage, type ValidationTranslator } from '@/lib/i18n/validation-messages';
import { sourceCreateSchema } from '@/lib/sources/schema';
import { placeCreateSchema } from '@/lib/places/schema';

const catalogues = { en, ru, be, zh } as const;

/** What the admin form shows (components/admin/form/use-error-text.ts) in `locale`. */
function shown(message: string, locale: keyof typeof catalogues) {
  const t = createTranslator({ locale, messages: catalogues[locale] as never, namespace: 'validation' as never }) as unknown as ValidationTranslator;
  return localizeValidationMessage(message, t, locale);
}

describe('field errors in the editor’s language', () => {
  it('every rule has its message in all four catalogues', () => {
    expect(RULES.length).toBeGreaterThan(10);
    for (const rule of RULES) {
      for (const [locale, messages] of Object.entries(catalogues)) {
        expect((messages.validation as Record<string, unknown>)[rule.key], `${locale}: ${rule.key}`).toBeTruthy();
      }
    }
  });

  it('translates what the real schemas say, with the month named in the editor’s language', () => {
    const issues = sourceCreateSchema.safeParse({ url: 'nope', title: '', published: '2023-02-30' }).error!.issues;
    const messages = issues.map((issue) => issue.message);
    expect(messages.length).toBe(3);
    expect(messages.map((m) => shown(m, 'ru'))).toEqual([
      'Введите полный веб-адрес, начинающийся с http:// или https://',
      'Заголовок: обязательное поле',
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
    expect(translated).toEqual(expect.arrayContaining(['“英文名称”为必填项', '纬度是 -90 到 90 之间的数字', '请至少添加一个来源']));
    expect(shown('Something no rule knows', 'ru')).toBe('Something no rule knows');
  });
});
