'use client';
import { useTranslations } from 'next-intl';
import { PLACE_LEVELS } from '@/lib/domain/vocabulary';
import { LEVELS_BY_COUNTRY } from '@/lib/places/schema';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { CoordinateMap } from './coordinate-map';
import { SelectField, TextAreaField, TextField } from './fields';
import type { EntityForm } from './use-entity-form';

type Form = Pick<EntityForm, 'get' | 'set' | 'error'>;

/**
 * The fields of a place: names in each language, level, region, coordinates (typed
 * or clicked on the map). Used by the place form and inline in the new-pairing flow
 * (`prefix` = "by.place." etc.).
 */
export function PlaceFields({
  form,
  prefix = '',
  parents,
  fixedCountry,
  compact = false,
}: {
  form: Form;
  prefix?: string;
  parents: PlaceParents;
  fixedCountry?: 'BY' | 'CN';
  compact?: boolean;
}) {
  const t = useTranslations('admin.place');
  const tLevel = useTranslations('level');
  const name = (field: string) => `${prefix}${field}`;
  const country = (fixedCountry ?? form.get(name('country')) ?? 'BY') as 'BY' | 'CN';
  const levels = PLACE_LEVELS.filter((level) => LEVELS_BY_COUNTRY[country].includes(level));
  const toNumber = (value: unknown) => (value === '' || value === null || value === undefined || Number.isNaN(Number(value)) ? null : Number(value));
  const lat = toNumber(form.get(name('lat')));
  const lon = toNumber(form.get(name('lon')));

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name={name('nameEn')} label={t('nameEn')} required />
        {country === 'BY' ? (
          <TextField form={form} name={name('nameRu')} label={t('nameRu')} lang="ru" />
        ) : (
          <TextField form={form} name={name('nameZh')} label={t('nameZh')} lang="zh" />
        )}
        {country === 'BY' ? (
          <TextField form={form} name={name('nameBe')} label={t('nameBe')} lang="be" />
        ) : (
          <TextField form={form} name={name('nameRu')} label={t('nameRu')} lang="ru" />
        )}
        {country === 'BY' ? (
          <TextField form={form} name={name('nameZh')} label={t('nameZh')} lang="zh" />
        ) : (
          <TextField form={form} name={name('nameBe')} label={t('nameBe')} lang="be" />
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {!fixedCountry && (
          <SelectField
            form={form}
            name={name('country')}
            label={t('country')}
            required
            options={[
              { value: 'BY', label: t('countryBY') },
              { value: 'CN', label: t('countryCN') },
            ]}
            onChange={() => form.set(name('regionId'), '')}
          />
        )}
        <SelectField
          form={form}
          name={name('level')}
          label={t('level')}
          required
          placeholder={t('choose')}
          options={levels.map((level) => ({ value: level, label: tLevel(level) }))}
        />
        <SelectField
          form={form}
          name={name('regionId')}
          label={t('region')}
          hint={t('regionHint')}
          placeholder={t('noRegion')}
          options={parents.regions.filter((r) => r.country === country).map((r) => ({ value: String(r.id), label: r.nameEn }))}
        />
        {!compact && (
          <SelectField
            form={form}
            name={name('parentCityId')}
            label={t('parentCity')}
            hint={t('parentCityHint')}
            placeholder={t('noParentCity')}
            options={parents.cities.filter((c) => c.country === country).map((c) => ({ value: String(c.id), label: c.nameEn }))}
          />
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr] lg:grid-cols-[10rem_10rem_1fr]">
        <TextField form={form} name={name('lat')} label={t('lat')} inputMode="decimal" placeholder="53.02" />
        <TextField form={form} name={name('lon')} label={t('lon')} inputMode="decimal" placeholder="27.55" />
        <TextField form={form} name={name('coordNote')} label={t('coordNote')} placeholder={t('coordNotePlaceholder')} className="sm:col-span-2 lg:col-span-1" />
      </div>
      <CoordinateMap
        country={country}
        lat={lat}
        lon={lon}
        onPick={(pickedLat, pickedLon) => {
          form.set(name('lat'), pickedLat.toFixed(4));
          form.set(name('lon'), pickedLon.toFixed(4));
        }}
      />
      <TextAreaField form={form} name={name('altNames')} label={t('altNames')} hint={t('altNamesHint')} rows={2} />
      {!compact && (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField form={form} name={name('population')} label={t('population')} inputMode="numeric" />
            <TextField form={form} name={name('populationYear')} label={t('populationYear')} inputMode="numeric" />
            <TextField form={form} name={name('areaKm2')} label={t('areaKm2')} inputMode="decimal" />
          </div>
          <TextAreaField form={form} name={name('summary')} label={t('summary')} />
        </>
      )}
    </div>
  );
}
