import { z } from 'zod';
import { AGREEMENT_KINDS } from '@/lib/domain/vocabulary';
import { checkbox, optionalPartialDate, optionalText, recordId, requiredText, version } from '@/lib/forms/fields';
import { sourceRefsSchema } from '@/lib/sources/schema';

/** A dated document or milestone of a pairing (also the first agreement of a new pairing). */
export const agreementFieldsSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS, { error: 'Choose what kind of document or event it is' }),
  date: optionalPartialDate,
  dateApproximate: checkbox,
  title: requiredText('Title', 300),
  venue: optionalText(300),
  signatories: optionalText(1000),
  summary: optionalText(4000),
  notes: optionalText(4000),
});

export const agreementCreateSchema = agreementFieldsSchema.extend({
  pairingId: recordId('Choose the pairing'),
  sources: sourceRefsSchema,
});

export const agreementUpdateSchema = agreementCreateSchema.extend({ id: recordId('Missing agreement id'), version });

export type AgreementFieldsInput = z.input<typeof agreementFieldsSchema>;
export type AgreementFields = z.output<typeof agreementFieldsSchema>;
export type AgreementCreate = z.output<typeof agreementCreateSchema>;
export type AgreementUpdate = z.output<typeof agreementUpdateSchema>;
