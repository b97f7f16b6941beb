import { z } from 'zod';
import { agreementFieldsSchema } from '@/lib/agreements/schema';
import { httpUrl, optionalPartialDate, optionalRecordId, optionalText, requiredText } from '@/lib/forms/fields';
import { pairingFieldsSchema } from '@/lib/pairings/schema';

export const SUGGESTION_KINDS = ['correction', 'new_pairing'] as const;
export const SUGGESTION_TARGETS = ['pairing', 'place', 'project'] as const;
export const SUGGESTION_STATUSES = ['new', 'accepted', 'rejected'] as const;
export type SuggestionTarget = (typeof SUGGESTION_TARGETS)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * A reader's suggestion, as the public form sends it. The structured parts reuse the
 * editors' own field schemas (stage, partial date, kind of document, source URL), so a
 * proposal an editor accepts is already in the shape the edit form expects.
 */
export const suggestionSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS),
    target: z.preprocess(blankToUndefined, z.enum(SUGGESTION_TARGETS).optional()),
    slug: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9-]{1,120}$/).optional()),
    byPlaceId: optionalRecordId('Choose the partner in Belarus'),
    cnPlaceId: optionalRecordId('Choose the partner in China'),
    stage: z.preprocess(blankToUndefined, pairingFieldsSchema.shape.stage.optional()),
    date: optionalPartialDate,
    documentKind: z.preprocess(blankToUndefined, agreementFieldsSchema.shape.kind.optional()),
    sourceUrl: httpUrl,
    email: z.preprocess(blankToUndefined, z.email().max(200).optional()),
    message: requiredText('What is wrong or new', 4000),
    name: optionalText(200),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'new_pairing') {
      if (!value.byPlaceId) ctx.addIssue({ code: 'custom', path: ['byPlaceId'], message: 'Choose the partner in Belarus' });
      if (!value.cnPlaceId) ctx.addIssue({ code: 'custom', path: ['cnPlaceId'], message: 'Choose the partner in China' });
    } else if (!value.target || !value.slug) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'Say which record is wrong' });
    }
  });

export type SuggestionInput = z.output<typeof suggestionSchema>;
/** Fields a reader can get wrong, each with a message in the catalogue (`suggest.errors.<field>`). */
export const SUGGESTION_ERROR_FIELDS = ['target', 'byPlaceId', 'cnPlaceId', 'stage', 'date', 'documentKind', 'sourceUrl', 'email', 'message'] as const;
