import { z } from 'zod';
import { httpUrl, optionalPartialDate, optionalText, recordId, requiredText, version } from '@/lib/forms/fields';

/** A source: where a fact comes from. One schema for the form, the actions and the CSV import. */
const languageCode = optionalText(12).refine((value) => value === null || /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(value), {
  message: 'Use a language code such as en, ru, be or zh',
});

const sourceFields = {
  title: requiredText('Title', 500),
  publisher: optionalText(300),
  language: languageCode,
  published: optionalPartialDate,
  notes: optionalText(4000),
};

/** New sources need a URL (printed sources came with the research and keep theirs optional). */
export const sourceCreateSchema = z.object({ url: httpUrl, ...sourceFields });

export const sourceUpdateSchema = z.object({
  id: recordId('Missing source id'),
  version,
  url: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), httpUrl.nullable()),
  ...sourceFields,
});

/** A source given inside another form: an existing one, or a new one typed in place. */
export const sourceRefSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('existing'), id: recordId('Choose a source') }),
  sourceCreateSchema.extend({ mode: z.literal('new') }),
]);

// A form with every source removed sends no `sources` at all: that is an empty list.
export const sourceRefsSchema = z.preprocess((value) => value ?? [], z.array(sourceRefSchema).min(1, 'Add at least one source'));

export type SourceCreateInput = z.input<typeof sourceCreateSchema>;
export type SourceCreate = z.output<typeof sourceCreateSchema>;
export type SourceUpdate = z.output<typeof sourceUpdateSchema>;
export type SourceRefInput = z.input<typeof sourceRefSchema>;
export type SourceRef = z.output<typeof sourceRefSchema>;
