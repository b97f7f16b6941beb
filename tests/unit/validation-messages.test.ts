import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { agreementUpdateSchema } from '@/lib/agreements/schema';
import { localizeValidationMessage, validationMessageKey, type ValidationTranslator } from '@/lib/i18n/validation-messages';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import zh from '@/lib/i18n/messages/zh.json';
import { pairingCreateSchema, pairingUpdateSchema } from '@/lib/pairings/schema';
import { placeCreateSchema } from '@/lib/places/schema';
import { projectUpdateSchema } from '@/lib/projects/schema';
import { sourceCreateSchema } from '@/lib/sources/schema';
import { tradeFigureUpdateSchema } from '@/lib/trade/schema';

function translator(messages: Record<string, unknown>, locale = 'ru') {
  return createTranslator({ locale, messages: messages as never, namespace: 'validation' as never }) as unknown as ValidationTranslator;
}

/** Bad inputs an editor can send from each admin form (empty, too long, wrong choices). */
const BAD: [string, z.ZodType, unknown][] = [
  ['agreement, empty', agreementUpdateSchema, {}],
  ['agreement, long title and bad date', agreementUpdateSchema, { title: 'x'.repeat(400), date: '2019-13-40', kind: 'nope', sources: [] }],
  ['pairing, empty', pairingCreateSchema, {}],
  ['pairing update, empty', pairingUpdateSchema, { fields: ['nope'] }],
  ['place, empty', placeCreateSchema, { lat: 1 }],
  ['project, empty', projectUpdateSchema, { startYear: 2020, endYear: 2010 }],
  ['source, empty', sourceCreateSchema, { url: 'ftp://x' }],
  ['trade figure, bad months', tradeFigureUpdateSchema, { monthFrom: 13, monthTo: 0, periodKind: 'year' }],
];

describe('validation messages in the editor\'s language', () => {
  it.each(BAD)('every message of the %s form has a catalogue key', (_name, schema, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => !validationMessageKey(message))).toEqual([]);
  });

  it('translates a required field with its label into Russian and Chinese', () => {
    expect(localizeValidationMessage('Title is required', translator(ru))).toBe('Заголовок: обязательное поле');
    expect(localizeValidationMessage('Title is required', translator(zh, 'zh'))).toBe('“标题”为必填项');
    expect(localizeValidationMessage('Choose the partner in China', translator(ru))).toBe('Выберите партнёра в Китае');
    expect(localizeValidationMessage('At most 300 characters', translator(ru))).toBe('Не более 300 символов');
  });

  it('reads the same as the schema in English, and leaves an unknown message as it is', () => {
    expect(localizeValidationMessage('Title is required', translator(en, 'en'))).toBe('Title is required');
    expect(localizeValidationMessage('Something nobody wrote a rule for', translator(ru))).toBe('Something nobody wrote a rule for');
  });
});
