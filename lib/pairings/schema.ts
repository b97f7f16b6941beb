import { z } from 'zod';
import { COOPERATION_FIELDS, PAIRING_STAGES, PAIRING_TYPES, type Country } from '@/lib/domain/vocabulary';
import { checkbox, choiceList, optionalPartialDate, optionalText, recordId, version } from '@/lib/forms/fields';
import { agreementFieldsSchema } from '@/lib/agreements/schema';
import { placeFieldsSchema } from '@/lib/places/schema';
import { sourceRefsSchema } from '@/lib/sources/schema';

const COUNTRY_NAME: Record<Country, string> = { BY: 'Belarus', CN: 'China' };

/** One partner: a place already in the atlas, or a new one created with the pairing. */
function partner(country: Country) {
  return z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('existing'), id: recordId(`Choose the partner in ${COUNTRY_NAME[country]}`) }),
    z.object({
      mode: z.literal('new'),
      place: placeFieldsSchema.refine((place) => place.country === country, {
        path: ['country'],
        message: `This side's partner must be a place in ${COUNTRY_NAME[country]}`,
      }),
    }),
  ], { error: `Choose the partner in ${COUNTRY_NAME[country]}` });
}

function blankObject(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  // A date's precision is a choice that always has a value, not something typed.
  return Object.entries(value).every(([key, v]) => key === 'precision' || v === undefined || v === null || v === false || (typeof v === 'string' && v.trim() === '') || blankObject(v));
}

/** What can be edited on a pairing once it exists (its partners are fixed). */
export const pairingFieldsSchema = z.object({
  type: z.enum(PAIRING_TYPES, { error: 'Choose a type' }),
  typeUncertain: checkbox,
  stage: z.enum(PAIRING_STAGES, { error: 'Choose a stage' }),
  stageUncertain: checkbox,
  established: optionalPartialDate,
  establishedApproximate: checkbox,
  fields: choiceList(COOPERATION_FIELDS, 'Fields of cooperation'),
  summary: optionalText(4000),
  notes: optionalText(8000),
});

/** The "new pairing" flow: both partners, the pairing, its first agreement, its sources. */
export const pairingCreateSchema = pairingFieldsSchema.extend({
  by: partner('BY'),
  cn: partner('CN'),
  // Left blank (every field empty) means no first agreement, so a form without JavaScript can skip it.
  agreement: z
    .preprocess((value) => (blankObject(value) ? null : value), agreementFieldsSchema.nullable().optional())
    .transform((value) => value ?? null),
  sources: sourceRefsSchema,
});

export const pairingUpdateSchema = pairingFieldsSchema.extend({
  id: recordId('Missing pairing id'),
  version,
  sources: sourceRefsSchema,
});

export type PartnerInput = z.input<ReturnType<typeof partner>>;
export type PairingCreateInput = z.input<typeof pairingCreateSchema>;
export type PairingCreate = z.output<typeof pairingCreateSchema>;
export type PairingUpdate = z.output<typeof pairingUpdateSchema>;
