'use client';
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { PlaceCombobox } from '../form/place-combobox';
import { PlaceFields } from '../form/place-fields';
import type { EntityForm } from '../form/use-entity-form';

export type PartnerValue =
  | { mode: 'existing'; id: number | ''; label?: string }
  | { mode: 'new'; place: Record<string, unknown> };

export function newPlaceValues(country: 'BY' | 'CN', nameEn = ''): Record<string, unknown> {
  return { country, level: '', regionId: '', parentCityId: '', nameEn, nameRu: '', nameBe: '', nameZh: '', altNames: '', lat: '', lon: '', coordNote: '' };
}

/** One side of a pairing: search the atlas for the place, or create it right here. */
export function PartnerPicker({ form, side, parents }: { form: Pick<EntityForm, 'get' | 'set' | 'error'>; side: 'by' | 'cn'; parents: PlaceParents }) {
  const t = useTranslations('admin.pairing');
  const id = useId();
  const country = side === 'by' ? 'BY' : 'CN';
  const value = form.get(side) as PartnerValue;
  const error = form.error(side) ?? form.error(`${side}.id`) ?? form.error(`${side}.place.country`);

  if (value.mode === 'new') {
    return (
      <div className="space-y-3 rounded-md border border-dashed border-cn/50 bg-cn-soft/40 p-3" data-testid={`${side}-new-place`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-medium">{t(side === 'by' ? 'newByPlace' : 'newCnPlace')}</p>
          <button type="button" className="text-xs text-cn underline" onClick={() => form.set(side, { mode: 'existing', id: '' })}>
            {t('pickExisting')}
          </button>
        </div>
        {error && <p className="text-xs font-medium text-by">{error}</p>}
        <PlaceFields form={form} prefix={`${side}.place.`} parents={parents} fixedCountry={country} compact />
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {t(side === 'by' ? 'byPartner' : 'cnPartner')}
        <span className="ml-0.5 text-by" aria-hidden>
          *
        </span>
      </label>
      <PlaceCombobox
        id={id}
        country={country}
        selectedLabel={value.label ?? null}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : `${id}-hint`}
        onSelect={(place) => form.set(side, { mode: 'existing', id: place.id, label: place.nameEn })}
        onCreate={(name) => form.set(side, { mode: 'new', place: newPlaceValues(country, name) })}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-by" data-testid="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {t('partnerHint')}
        </p>
      )}
    </div>
  );
}
