import 'server-only';
import { fieldError } from '@/lib/errors';
import { createRecord, updateRecord, type Actor, type EditValues } from '@/lib/audit/changes';
import type { Tx } from '@/lib/db-types';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { PlaceFields } from './schema';
import { tierOf } from './schema';

/**
 * Checks what the schema cannot: the region is a live first-level region of the
 * same country, the parent city a live place of the same country.
 */
async function checkParents(tx: Tx, place: PlaceFields, prefix: string, selfId?: number) {
  if (place.regionId !== null) {
    const region = await tx.place.findFirst({ where: { id: place.regionId, deletedAt: null }, select: { country: true, tier: true } });
    if (!region || region.tier !== 'region' || region.country !== place.country) {
      throw fieldError(`${prefix}regionId`, `Choose a first-level region of ${place.country === 'BY' ? 'Belarus' : 'China'}`);
    }
  }
  if (place.parentCityId !== null) {
    const city = await tx.place.findFirst({ where: { id: place.parentCityId, deletedAt: null }, select: { id: true, country: true } });
    if (!city || city.country !== place.country || city.id === selfId) {
      throw fieldError(`${prefix}parentCityId`, 'Choose a city in the same country');
    }
  }
}

/** Every edited column of a place and its spellings (a column left out is a compile error). */
function placeValues(place: PlaceFields): Omit<EditValues<'place'>, 'sourceIds'> {
  return {
    country: place.country,
    level: place.level,
    tier: tierOf(place.level),
    regionId: place.regionId,
    parentCityId: place.parentCityId,
    nameEn: place.nameEn,
    nameRu: place.nameRu,
    nameBe: place.nameBe,
    nameZh: place.nameZh,
    lat: place.lat,
    lon: place.lon,
    coordNote: place.coordNote,
    population: place.population,
    populationYear: place.populationYear,
    areaKm2: place.areaKm2,
    summary: place.summary,
    altNames: place.altNames.map((name) => ({ name, lang: 'und', kind: 'alternative' })),
  };
}

/** `prefix` names the form fields for errors ("by.place." inside the pairing form). */
export async function createPlace(tx: Tx, place: PlaceFields, sourceIds: number[], actor: Actor, prefix = '') {
  await checkParents(tx, place, prefix);
  const slug = await uniqueSlug(tx, 'place', slugify(place.nameEn, 'place'));
  return createRecord(tx, 'place', { slug, ...placeValues(place), sourceIds }, actor);
}

export async function updatePlace(tx: Tx, id: number, version: number, place: PlaceFields, sourceIds: number[], actor: Actor) {
  await checkParents(tx, place, '', id);
  const existing = await tx.place.findUnique({ where: { id }, select: { names: { where: { kind: { not: 'official' } }, select: { name: true, lang: true, kind: true } } } });
  const values = placeValues(place);
  // Spellings keep their language and kind when they stay in the list.
  const known = new Map((existing?.names ?? []).map((n) => [n.name, n]));
  values.altNames = place.altNames.map((name) => known.get(name) ?? { name, lang: 'und', kind: 'alternative' });
  return updateRecord(tx, 'place', id, version, { ...values, sourceIds }, actor);
}
