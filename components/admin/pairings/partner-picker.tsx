'use client';
import { useId } from 'react';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { newPlaceValues } from '@/lib/admin/form-values';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { fieldset, type Field } from '../form/fields';
import { useErrorText } from '../form/use-error-text';
import { PlaceCombobox } from '../form/place-combobox';
import { PlaceFields, type PlaceFieldset } from '../form/place-fields';

/** One side of a pairing: search the atlas for the place, or create it right here. */
export function PartnerPicker({ meta, side, parents }: { meta: Field; side: 'by' | 'cn'; parents: PlaceParents }) {
  const t = useTranslations('admin.pairing');
  const id = useId();
  const form = useFormMetadata(meta.formId);
  const country = side === 'by' ? 'BY' : 'CN';
  const partner = fieldset<'mode' | 'id' | 'label' | 'place'>(meta);
  const mode = (partner.mode.value ?? partner.mode.initialValue) as string | undefined;
  const errorText = useErrorText();
  const error = errorText(meta.errors?.[0] ?? partner.id.errors?.[0] ?? fieldset<'country'>(partner.place).country.errors?.[0]);

  if (mode === 'new') {
    return (
      <div className="space-y-3 rounded-md border border-dashed border-cn/50 bg-cn-soft/40 p-3" data-testid={`${side}-new-place`}>
        <input type="hidden" name={partner.mode.name} value="new" />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-medium">{t(side === 'by' ? 'newByPlace' : 'newCnPlace')}</p>
          <button type="button" className="text-xs text-cn underline" onClick={() => form.update({ name: meta.name, value: { mode: 'existing', id: '', label: '' } })}>
            {t('pickExisting')}
          </button>
        </div>
        {error && <p className="text-xs font-medium text-by">{error}</p>}
        <PlaceFields fields={fieldset(partner.place) as PlaceFieldset} parents={parents} fixedCountry={country} compact />
      </div>
    );
  }

  const chosenId = String(partner.id.value ?? partner.id.initialValue ?? '');
  const label = String(partner.label.value ?? partner.label.initialValue ?? '');
  return (
    <div className="space-y-1">
      <input type="hidden" name={partner.mode.name} value="existing" />
      <input type="hidden" name={partner.id.name} value={chosenId} />
      <input type="hidden" name={partner.label.name} value={label} />
      <label htmlFor={id} className="block text-sm font-medium">
        {t(side === 'by' ? 'byPartner' : 'cnPartner')}
        <span className="ml-0.5 text-by" aria-hidden>
          *
        </span>
      </label>
      <PlaceCombobox
        id={id}
        country={country}
        selectedLabel={label || null}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : `${id}-hint`}
        onSelect={(place) => form.update({ name: meta.name, value: { mode: 'existing', id: String(place.id), label: place.nameEn } })}
        onCreate={(name) => form.update({ name: meta.name, value: { mode: 'new', place: newPlaceValues(country, name) } })}
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
