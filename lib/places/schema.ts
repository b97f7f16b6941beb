import { z } from 'zod';
import { COUNTRIES, PLACE_LEVELS, REGION_LEVELS, type PlaceLevel } from '@/lib/domain/vocabulary';
import {
  optionalInt,
  optionalNumber,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  version,
} from '@/lib/forms/fields';
import { sourceRefsSchema } from '@/lib/sources/schema';

/** Levels that exist on one side only (a Chinese prefecture-level city, a Belarusian oblast). */
export const LEVELS_BY_COUNTRY: Record<(typeof COUNTRIES)[number], readonly PlaceLevel[]> = {
  BY: ['oblast', 'capital_city', 'city', 'town', 'district', 'urban_district'],
  CN: ['province', 'municipality', 'autonomous_region', 'prefecture_city', 'county_city', 'city', 'town', 'district', 'urban_district', 'county'],
};

export function tierOf(level: PlaceLevel) {
  return REGION_LEVELS.includes(level) ? ('region' as const) : ('locality' as const);
}

const altNames = z
  .preprocess(
    (value) => (typeof value === 'string' ? value.split(/[;\n]/).map((v) => v.trim()).filter(Boolean) : value ?? []),
    z.array(z.string().trim().min(1).max(200, 'Each spelling: at most 200 characters')).max(50, 'At most 50 spellings'),
  )
  .transform((names) => [...new Set(names)]);

/** The place itself: names, level, where it lies, where it is. */
export const placeFieldsSchema = z
  .object({
    country: z.enum(COUNTRIES, { error: 'Choose Belarus or China' }),
    level: z.enum(PLACE_LEVELS, { error: 'Choose a level' }),
    regionId: optionalRecordId('Choose a region'),
    parentCityId: optionalRecordId('Choose a city'),
    nameEn: requiredText('English name', 200),
    nameRu: optionalText(200),
    nameBe: optionalText(200),
    nameZh: optionalText(200),
    /** Other spellings readers may type ("New Grudek; Novorudek"), one per line or ";"-separated. */
    altNames,
    lat: optionalNumber(-90, 90, 'Latitude is a number from -90 to 90'),
    lon: optionalNumber(-180, 180, 'Longitude is a number from -180 to 180'),
    coordNote: optionalText(300),
    population: optionalInt(1, 2_000_000_000, 'Population is a whole positive number'),
    populationYear: optionalInt(1900, 2100, 'A year such as 2019'),
    areaKm2: optionalNumber(0.01, 20_000_000, 'Area is a positive number of km²'),
    summary: optionalText(4000),
  })
  .superRefine((place, ctx) => {
    if (!LEVELS_BY_COUNTRY[place.country].includes(place.level)) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `A ${place.level.replace('_', ' ')} does not exist in ${place.country === 'BY' ? 'Belarus' : 'China'}` });
    }
    const region = tierOf(place.level) === 'region';
    if (!region && place.regionId === null) {
      ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'Choose the region (oblast or province) it lies in' });
    }
    if (region && place.regionId !== null) {
      ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'A first-level region lies in no other region' });
    }
    if ((place.lat === null) !== (place.lon === null)) {
      ctx.addIssue({ code: 'custom', path: [place.lat === null ? 'lat' : 'lon'], message: 'Give both latitude and longitude, or neither' });
    }
  });

export const placeCreateSchema = placeFieldsSchema.safeExtend({ sources: sourceRefsSchema });
export const placeUpdateSchema = placeFieldsSchema.safeExtend({
  id: recordId('Missing place id'),
  version,
  sources: sourceRefsSchema,
});

export type PlaceFieldsInput = z.input<typeof placeFieldsSchema>;
export type PlaceFields = z.output<typeof placeFieldsSchema>;
export type PlaceCreate = z.output<typeof placeCreateSchema>;
export type PlaceUpdate = z.output<typeof placeUpdateSchema>;
