'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { PlaceOption } from '@/lib/places/admin-queries';
import { inputClass } from './fields';

/**
 * Finds a place by any stored name or spelling (English, Russian, Belarusian,
 * Chinese, transliterations) as you type; Enter picks, Escape closes. The last
 * option creates a new place with the typed name.
 */
export function PlaceCombobox({
  id,
  country,
  selectedLabel,
  onSelect,
  onCreate,
  invalid,
  describedBy,
}: {
  id: string;
  country: 'BY' | 'CN';
  selectedLabel: string | null;
  onSelect: (place: PlaceOption) => void;
  onCreate?: (name: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations('admin.combobox');
  const tLevel = useTranslations('level');
  const listId = useId();
  const [text, setText] = useState(selectedLabel ?? '');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<'idle' | 'loading' | 'error'>('idle');
  const request = useRef(0);

  // A new selection from outside (e.g. the form was reset) replaces the typed text.
  const [shownLabel, setShownLabel] = useState(selectedLabel);
  if (shownLabel !== selectedLabel) {
    setShownLabel(selectedLabel);
    setText(selectedLabel ?? '');
  }

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setState('loading');
      try {
        const response = await fetch(`/api/admin/places?country=${country}&q=${encodeURIComponent(text)}`);
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { places: PlaceOption[] };
        if (ticket === request.current) {
          setOptions(body.places);
          setActive(0);
          setState('idle');
        }
      } catch {
        if (ticket === request.current) setState('error');
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [text, open, country]);

  const canCreate = Boolean(onCreate && text.trim());
  const count = options.length + (canCreate ? 1 : 0);

  function choose(index: number) {
    if (index < options.length) {
      const place = options[index]!;
      onSelect(place);
      setText(place.nameEn);
    } else if (canCreate) {
      onCreate?.(text.trim());
    }
    setOpen(false);
  }

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && count ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={t('placeholder')}
        className={inputClass}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(count - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === 'Enter' && open && count) {
            event.preventDefault();
            choose(active);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-[1100] mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg"
        >
          {state === 'loading' && options.length === 0 && <li className="px-3 py-2 text-muted">{t('loading')}</li>}
          {state === 'error' && <li className="px-3 py-2 text-by">{t('error')}</li>}
          {state === 'idle' && options.length === 0 && text.trim() && <li className="px-3 py-2 text-muted">{t('none')}</li>}
          {options.map((place, index) => (
            <li
              key={place.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onMouseEnter={() => setActive(index)}
              className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-cn-soft' : ''}`}
            >
              <span className="font-medium">{place.nameEn}</span>
              {(place.country === 'CN' ? place.nameZh : place.nameRu) && (
                <span className="ml-2 text-muted">{place.country === 'CN' ? place.nameZh : place.nameRu}</span>
              )}
              <span className="block text-xs text-muted">
                {tLevel(place.level as 'oblast')}
                {place.region ? ` · ${place.region}` : ''}
                {place.matched && place.matched !== place.nameEn ? ` · ${t('matched', { name: place.matched })}` : ''}
              </span>
            </li>
          ))}
          {canCreate && (
            <li
              id={`${listId}-${options.length}`}
              role="option"
              aria-selected={active === options.length}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(options.length)}
              onMouseEnter={() => setActive(options.length)}
              className={`cursor-pointer border-t border-line px-3 py-2 font-medium text-cn ${active === options.length ? 'bg-cn-soft' : ''}`}
            >
              {t('create', { name: text.trim() })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
