import { z } from 'zod';
import { CURRENCIES, TRADE_FLOWS, TRADE_PERIOD_KINDS, TRADE_SCOPES } from '@/lib/domain/vocabulary';
import {
  checkbox,
  optionalInt,
  optionalNumber,
  optionalRecordId,
  optionalText,
  recordId,
  requiredNumber,
  version,
} from '@/lib/forms/fields';
import { sourceRefsSchema } from '@/lib/sources/schema';

/** Units a value may be given in: 1 (plain), thousands, millions, billions. */
export const TRADE_SCALES = [1, 1_000, 1_000_000, 1_000_000_000] as const;

const month = (label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? Number(value) : value),
    z.number({ error: `${label}: a month from 1 to 12` }).int().min(1, `${label}: a month from 1 to 12`).max(12, `${label}: a month from 1 to 12`),
  );

export const tradeFigureFieldsSchema = z
  .object({
    scope: z.enum(TRADE_SCOPES, { error: 'Choose country, region or city' }),
    byPlaceId: optionalRecordId('Choose a Belarusian place'),
    cnPlaceId: optionalRecordId('Choose a Chinese place'),
    year: optionalInt(1990, 2100, 'A year such as 2023'),
    periodKind: z.enum(TRADE_PERIOD_KINDS, { error: 'Choose the kind of period' }),
    monthFrom: month('First month'),
    monthTo: month('Last month'),
    periodApproximate: checkbox,
    flow: z.enum(TRADE_FLOWS, { error: 'Choose total, Belarusian exports or imports' }),
    value: requiredNumber('The value is a number'),
    currency: z.enum(CURRENCIES, { error: 'Choose USD or CNY' }),
    scale: z.preprocess(
      (value) => (typeof value === 'string' ? Number(value) : value),
      z.union(TRADE_SCALES.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<1>, z.ZodLiteral<1000>], {
        error: 'Choose the unit (units, thousands, millions, billions)',
      }),
    ),
    growthPct: optionalNumber(-100, 100_000, 'Growth is a percentage such as 12.5 or -3'),
    reporter: optionalText(200),
    approximate: checkbox,
    notes: optionalText(4000),
    sources: sourceRefsSchema,
  })
  .superRefine((figure, ctx) => {
    if (figure.monthFrom > figure.monthTo) {
      ctx.addIssue({ code: 'custom', path: ['monthTo'], message: 'The last month cannot be before the first' });
    }
    const span = figure.monthTo - figure.monthFrom + 1;
    if (figure.periodKind === 'year' && span !== 12) {
      ctx.addIssue({ code: 'custom', path: ['monthFrom'], message: 'A whole year runs from month 1 to 12' });
    }
    if (figure.periodKind === 'half' && !(span === 6 && (figure.monthFrom === 1 || figure.monthFrom === 7))) {
      ctx.addIssue({ code: 'custom', path: ['monthFrom'], message: 'A half year is months 1–6 or 7–12' });
    }
    if (figure.periodKind === 'quarter' && !(span === 3 && (figure.monthFrom - 1) % 3 === 0)) {
      ctx.addIssue({ code: 'custom', path: ['monthFrom'], message: 'A quarter is months 1–3, 4–6, 7–9 or 10–12' });
    }
    if (figure.scope === 'country' && (figure.byPlaceId !== null || figure.cnPlaceId !== null)) {
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'Country-level figures name no place; choose region or city scope' });
    }
    if (figure.scope !== 'country' && figure.byPlaceId === null && figure.cnPlaceId === null) {
      ctx.addIssue({ code: 'custom', path: ['byPlaceId'], message: 'Choose the Belarusian or Chinese place the figure is about' });
    }
  });

export const tradeFigureCreateSchema = tradeFigureFieldsSchema;
export const tradeFigureUpdateSchema = tradeFigureFieldsSchema.safeExtend({ id: recordId('Missing trade figure id'), version });

export type TradeFigureInput = z.input<typeof tradeFigureFieldsSchema>;
export type TradeFigureCreate = z.output<typeof tradeFigureCreateSchema>;
export type TradeFigureUpdate = z.output<typeof tradeFigureUpdateSchema>;
