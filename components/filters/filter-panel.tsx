'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { AGREEMENT_KINDS, COOPERATION_FIELDS, PAIRING_TYPES, type PairingStage } from '@/lib/domain/vocabulary';
import type { AtlasFilters } from '@/lib/filters/schema';
import { atlasFiltersToSearchParams } from '@/lib/filters/search-params';
import { STAGE_ORDER } from '@/lib/map/styles';
import type { FacetOption } from '@/lib/places/queries';
import { useAtlasNavigation } from './use-atlas-navigation';

type Props = {
  filters: AtlasFilters;
  facets: { by: FacetOption[]; cn: FacetOption[] };
  /** Years offered by the from/to selects, oldest first. */
  years: number[];
  /** The timeline also filters by agreement kind. */
  withKind?: boolean;
};

const control =
  'h-9 w-full rounded-md border border-line bg-white px-2 text-sm text-ink shadow-xs focus:border-cn focus:outline-none focus:ring-2 focus:ring-cn focus:ring-offset-1';

/**
 * The shared filters of the map and the timeline. Every change is written to the URL
 * at once (the text box after a pause); without JavaScript the form submits as GET.
 */
export function FilterPanel({ filters: committed, facets, years, withKind = false }: Props) {
  const t = useTranslations();
  const { filters, apply, pending } = useAtlasNavigation(committed);
  const key = atlasFiltersToSearchParams(committed).toString();
  const [text, setText] = useState(filters.q ?? '');
  const [syncedKey, setSyncedKey] = useState(key);
  const [typing, setTyping] = useState(false);
  // On a phone only the text box shows until the reader opens the rest.
  const [expanded, setExpanded] = useState(false);
  // The Apply button is for readers without JavaScript only.
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);

  // Back/forward or a link changed the filters: show their text unless the reader is typing.
  if (syncedKey !== key) {
    setSyncedKey(key);
    if (!typing) setText(committed.q ?? '');
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (committed.q ?? '')) return;
    const timer = setTimeout(() => apply({ q: trimmed || undefined }), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new text starts the pause
  }, [text]);

  const toggle = <T extends string>(list: T[] | undefined, value: T) =>
    list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  const number = (value: string) => (value ? Number(value) : undefined);
  const active = key !== '';
  const activeCount = [filters.from ?? filters.to, filters.by, filters.cn, filters.field?.length, filters.stage?.length, filters.type?.length, filters.kind?.length].filter(Boolean).length;
  const more = hydrated && !expanded ? 'max-sm:hidden' : '';
  const yearOptions = years.map((year) => ({ value: String(year), label: String(year) }));

  return (
    <form
      method="get"
      role="search"
      aria-label={t('filters.label')}
      className="space-y-3 rounded-lg border border-line bg-white p-3 sm:p-4"
      onSubmit={(event) => {
        event.preventDefault();
        apply({ q: text.trim() || undefined });
      }}
    >
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4 lg:grid-cols-[minmax(12rem,2fr)_repeat(5,minmax(0,1fr))]">
        <label className={`col-span-2 block text-xs font-medium text-muted sm:col-span-4 lg:col-span-1 ${hydrated ? 'max-sm:col-span-1' : ''}`}>
          {t('filters.place')}
          <input
            type="search"
            name="q"
            value={text}
            placeholder={t('filters.placePlaceholder')}
            maxLength={200}
            className={`${control} mt-1`}
            onFocus={() => setTyping(true)}
            onBlur={() => setTyping(false)}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {hydrated ? (
          <button
            type="button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
            className="mt-5 h-9 rounded-md border border-line bg-white px-3 text-sm font-medium sm:hidden"
          >
            {expanded ? t('reader.fewerFilters') : t('filters.more', { count: activeCount })}
          </button>
        ) : null}
        <SelectField
          className={more}
          name="from"
          label={t('filters.from')}
          value={filters.from}
          empty={t('filters.anyYear')}
          options={yearOptions}
          onChange={(value) => {
            const from = number(value);
            apply({ from, to: from !== undefined && filters.to !== undefined && filters.to < from ? from : filters.to });
          }}
        />
        <SelectField
          className={more}
          name="to"
          label={t('filters.to')}
          value={filters.to}
          empty={t('filters.anyYear')}
          options={yearOptions}
          onChange={(value) => {
            const to = number(value);
            apply({ to, from: to !== undefined && filters.from !== undefined && filters.from > to ? to : filters.from });
          }}
        />
        <SelectField
          className={more}
          name="by"
          label={t('filters.by')}
          value={filters.by}
          empty={t('filters.allRegions')}
          options={facets.by}
          onChange={(value) => apply({ by: value || undefined })}
        />
        <SelectField
          className={more}
          name="cn"
          label={t('filters.cn')}
          value={filters.cn}
          empty={t('filters.allProvinces')}
          options={facets.cn}
          onChange={(value) => apply({ cn: value || undefined })}
        />
        <SelectField
          className={more}
          name="field"
          label={t('filters.field')}
          value={filters.field?.[0]}
          empty={t('filters.allFields')}
          options={COOPERATION_FIELDS.map((field) => ({ value: field, label: t(`cooperationField.${field}`) }))}
          onChange={(value) => apply({ field: value ? [value as (typeof COOPERATION_FIELDS)[number]] : undefined })}
        />
      </div>

      <div className={`${more} flex flex-wrap items-center gap-x-5 gap-y-2`}>
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className="sr-only">{t('filters.stage')}</legend>
          <span aria-hidden className="mr-1 text-xs font-medium text-muted">
            {t('filters.stage')}
          </span>
          {STAGE_ORDER.map((stage: PairingStage) => (
            <Toggle
              key={stage}
              name="stage"
              value={stage}
              checked={filters.stage?.includes(stage) ?? false}
              label={t(`stage.${stage}`)}
              onChange={() => apply({ stage: toggle(filters.stage, stage) })}
            />
          ))}
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className="sr-only">{t('filters.type')}</legend>
          <span aria-hidden className="mr-1 text-xs font-medium text-muted">
            {t('filters.type')}
          </span>
          {PAIRING_TYPES.map((type) => (
            <Toggle
              key={type}
              name="type"
              value={type}
              checked={filters.type?.includes(type) ?? false}
              label={t(`pairingType.${type}`)}
              onChange={() => apply({ type: toggle(filters.type, type) })}
            />
          ))}
        </fieldset>
        {withKind ? (
          <label className="flex items-center gap-2 text-xs font-medium text-muted">
            {t('filters.kind')}
            <select
              name="kind"
              value={filters.kind?.[0] ?? ''}
              className={`${control} w-auto`}
              onChange={(e) => apply({ kind: e.target.value ? [e.target.value as (typeof AGREEMENT_KINDS)[number]] : undefined })}
            >
              <option value="">{t('filters.allKinds')}</option>
              {AGREEMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`agreementKind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span aria-live="polite" className="text-xs text-muted">
            {pending ? t('filters.updating') : ''}
          </span>
          {active ? (
            <button
              type="button"
              className="rounded-md px-2 py-1 text-cn hover:bg-cn-soft"
              onClick={() => {
                setText('');
                apply({ q: undefined, from: undefined, to: undefined, by: undefined, cn: undefined, stage: undefined, type: undefined, field: undefined, kind: undefined, city: undefined, region: undefined });
              }}
            >
              {t('filters.clear')}
            </button>
          ) : null}
          {hydrated ? null : (
            <button type="submit" className="rounded-md bg-cn px-3 py-1.5 text-white">
              {t('filters.apply')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}

const subscribeNever = () => () => {};

type SelectFieldProps = {
  className: string;
  name: string;
  label: string;
  value: string | number | undefined;
  /** The option meaning "no filter". */
  empty: string;
  options: FacetOption[];
  onChange: (value: string) => void;
};

/** A labelled select (tied by id, so the label alone is its accessible name). */
function SelectField({ className, name, label, value, empty, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`${className} text-xs font-medium text-muted`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''} className={`${control} mt-1`} onChange={(event) => onChange(event.target.value)}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Toggle({ name, value, checked, label, onChange }: { name: string; value: string; checked: boolean; label: string; onChange: () => void }) {
  return (
    <label
      className={`cursor-pointer rounded-full border px-2.5 py-1 text-xs transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-cn ${
        checked ? 'border-cn bg-cn-soft font-medium text-cn' : 'border-line bg-white text-ink hover:border-cn/50'
      }`}
    >
      <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} className="sr-only" />
      {label}
    </label>
  );
}
