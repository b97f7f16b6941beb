'use client';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { PLACE_LEVELS } from '@/lib/domain/vocabulary';
import { LEVELS_BY_COUNTRY } from '@/lib/places/schema';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { CoordinateMap } from './coordinate-map';
import { SelectField, TextAreaField, TextField, type Field } from './fields';

type PlaceFieldName = 'country' | 'level' | 'regionId' | 'parentCityId' | 'nameEn' | 'nameRu' | 'nameBe' | 'nameZh' | 'altNames' | 'lat' | 'lon' | 'coordNote';
type OptionalName = 'population' | 'populationYear' | 'areaKm2' | 'summary';
/** The place fields of a form: the place form's own, or `by.place` inside the new-pairing form. */
export type PlaceFieldset = Record<PlaceFieldName, Field> & Partial<Record<OptionalName, Field>>;

/**
 * The fields of a place: names in each language, level, region, coordinates (typed
 * or clicked on the map). Used by the place form and inline in the new-pairing flow.
 */
export function PlaceFields({
  fields,
  parents,
  fixedCountry,
  compact = false,
}: {
  fields: PlaceFieldset;
  parents: PlaceParents;
  fixedCountry?: 'BY' | 'CN';
  compact?: boolean;
}) {
  const t = useTranslations('admin.place');
  const tLevel = useTranslations('level');
  const form = useFormMetadata(fields.nameEn.formId);
  const country = (fixedCountry ?? (fields.country.value as string | undefined) ?? 'BY') as 'BY' | 'CN';
  const levels = PLACE_LEVELS.filter((level) => LEVELS_BY_COUNTRY[country].includes(level));
  const toNumber = (value: unknown) => (value === '' || value === null || value === undefined || Number.isNaN(Number(value)) ? null : Number(value));
  const lat = toNumber(fields.lat.value);
  const lon = toNumber(fields.lon.value);
  const names = country === 'BY' ? (['nameRu', 'nameBe', 'nameZh'] as const) : (['nameZh', 'nameRu', 'nameBe'] as const);
  const lang = { nameRu: 'ru', nameBe: 'be', nameZh: 'zh' } as const;

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField meta={fields.nameEn} label={t('nameEn')} required />
        {names.map((name) => (
          <TextField key={name} meta={fields[name]} label={t(name)} lang={lang[name]} />
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {fixedCountry ? (
          <input type="hidden" name={fields.country.name} value={fixedCountry} />
        ) : (
          <SelectField
            meta={fields.country}
            label={t('country')}
            required
            options={[
              { value: 'BY', label: t('countryBY') },
              { value: 'CN', label: t('countryCN') },
            ]}
            onChange={() => form.update({ name: fields.regionId.name, value: '' })}
          />
        )}
        <SelectField meta={fields.level} label={t('level')} required placeholder={t('choose')} options={levels.map((level) => ({ value: level, label: tLevel(level) }))} />
        <SelectField
          meta={fields.regionId}
          label={t('region')}
          hint={t('regionHint')}
          placeholder={t('noRegion')}
          options={parents.regions.filter((r) => r.country === country).map((r) => ({ value: String(r.id), label: r.nameEn }))}
        />
        {compact ? (
          <input type="hidden" name={fields.parentCityId.name} value="" />
        ) : (
          <SelectField
            meta={fields.parentCityId}
            label={t('parentCity')}
            hint={t('parentCityHint')}
            placeholder={t('noParentCity')}
            options={parents.cities.filter((c) => c.country === country).map((c) => ({ value: String(c.id), label: c.nameEn }))}
          />
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr] lg:grid-cols-[10rem_10rem_1fr]">
        <TextField meta={fields.lat} label={t('lat')} inputMode="decimal" placeholder="53.02" />
        <TextField meta={fields.lon} label={t('lon')} inputMode="decimal" placeholder="27.55" />
        <TextField meta={fields.coordNote} label={t('coordNote')} placeholder={t('coordNotePlaceholder')} className="sm:col-span-2 lg:col-span-1" />
      </div>
      <CoordinateMap
        country={country}
        lat={lat}
        lon={lon}
        onPick={(pickedLat, pickedLon) => {
          form.update({ name: fields.lat.name, value: pickedLat.toFixed(4) });
          form.update({ name: fields.lon.name, value: pickedLon.toFixed(4) });
        }}
      />
      <TextAreaField meta={fields.altNames} label={t('altNames')} hint={t('altNamesHint')} rows={2} />
      {!compact && fields.population && fields.populationYear && fields.areaKm2 && fields.summary && (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField meta={fields.population} label={t('population')} inputMode="numeric" />
            <TextField meta={fields.populationYear} label={t('populationYear')} inputMode="numeric" />
            <TextField meta={fields.areaKm2} label={t('areaKm2')} inputMode="decimal" />
          </div>
          <TextAreaField meta={fields.summary} label={t('summary')} />
        </>
      )}
    </div>
  );
}
