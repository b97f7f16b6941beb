import { z } from 'zod';
import { COUNTRIES, PROJECT_STATUSES } from '@/lib/domain/vocabulary';
import {
  checkbox,
  idList,
  optionalInt,
  optionalNumber,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  version,
} from '@/lib/forms/fields';
import { sourceRefsSchema } from '@/lib/sources/schema';

const sectors = z
  .preprocess(
    (value) => (typeof value === 'string' ? value.split(/[;,\n]/).map((v) => v.trim()).filter(Boolean) : value ?? []),
    z.array(z.string().trim().min(1).max(100, 'Each sector: at most 100 characters')).max(30, 'At most 30 sectors'),
  )
  .transform((items) => [...new Set(items)]);

export const projectFieldsSchema = z
  .object({
    nameEn: requiredText('English name', 300),
    nameRu: optionalText(300),
    nameZh: optionalText(300),
    country: z.enum(COUNTRIES, { error: 'Choose the country it is in' }),
    locationText: optionalText(300),
    placeId: optionalRecordId('Choose a place'),
    lat: optionalNumber(-90, 90, 'Latitude is a number from -90 to 90'),
    lon: optionalNumber(-180, 180, 'Longitude is a number from -180 to 180'),
    coordNote: optionalText(300),
    partnersText: optionalText(1000),
    sectors,
    status: z.enum(PROJECT_STATUSES, { error: 'Choose a status' }),
    statusUncertain: checkbox,
    startYear: optionalInt(1950, 2100, 'A year such as 2015'),
    endYear: optionalInt(1950, 2100, 'A year such as 2015'),
    keyFigures: optionalText(2000),
    summary: optionalText(4000),
    notes: optionalText(8000),
    pairingIds: idList('Pairings'),
    sources: sourceRefsSchema,
  })
  .superRefine((project, ctx) => {
    if (project.startYear !== null && project.endYear !== null && project.startYear > project.endYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'The end year cannot be before the start year' });
    }
    if ((project.lat === null) !== (project.lon === null)) {
      ctx.addIssue({ code: 'custom', path: [project.lat === null ? 'lat' : 'lon'], message: 'Give both latitude and longitude, or neither' });
    }
  });

export const projectCreateSchema = projectFieldsSchema;
export const projectUpdateSchema = projectFieldsSchema.safeExtend({ id: recordId('Missing project id'), version });

export type ProjectInput = z.input<typeof projectFieldsSchema>;
export type ProjectCreate = z.output<typeof projectCreateSchema>;
export type ProjectUpdate = z.output<typeof projectUpdateSchema>;
