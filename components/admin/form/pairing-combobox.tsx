'use client';
import { useId, useState, useSyncExternalStore } from 'react';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import type { PairingOption } from '@/lib/pairings/admin-queries';
import { useErrorText } from './use-error-text';
import { FieldShell, fieldAria, inputClass, SelectField, type Field } from './fields';

/** Case, accents and the Russian/Belarusian ё/е difference do not matter when searching. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ё/g, 'е').toLowerCase().trim();

export function matchPairings(options: PairingOption[], query: string): PairingOption[] {
  const terms = fold(query).split(/[\s–-]+/).filter(Boolean);
  if (terms.length === 0) return options;
  return options.filter((option) => {
    const names = [option.label, ...option.names].map(fold);
    return terms.every((term) => names.some((name) => name.includes(term)));
  });
}

const subscribeNever = () => () => {};

/**
 * Picks a pairing by typing any spelling of either partner ("Навагрудак", "敦煌",
 * "minsk bei"): a WAI-ARIA combobox (arrow keys, Enter, Escape) over every pairing.
 * Until the page's JavaScript runs it is a plain select of the same pairings, so the
 * form still works without it.
 */
export function PairingCombobox({ meta, options, label, placeholder }: { meta: Field; options: PairingOption[]; label: string; placeholder: string }) {
  const t = useTranslations('admin.combobox');
  const tf = useTranslations('adminForms');
  const form = useFormMetadata(meta.formId);
  const errorText = useErrorText();
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const listId = useId();
  const chosenId = String(meta.value ?? meta.initialValue ?? '');
  const chosen = options.find((o) => String(o.id) === chosenId);
  const [text, setText] = useState(chosen?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  if (!hydrated) {
    return <SelectField meta={meta} label={label} required placeholder={placeholder} options={options.map((p) => ({ value: String(p.id), label: p.label }))} />;
  }

  const shown = matchPairings(options, text === chosen?.label ? '' : text).slice(0, 50);
  function choose(option: PairingOption | undefined) {
    if (!option) return;
    form.update({ name: meta.name, value: String(option.id) });
    setText(option.label);
    setOpen(false);
  }

  return (
    <FieldShell id={meta.id} label={label} error={errorText(meta.errors?.[0])} errorId={meta.errorId} required>
      <input type="hidden" name={meta.name} value={chosenId} />
      <div className="relative">
        <input
          id={meta.id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && shown.length ? `${listId}-${active}` : undefined}
          aria-required
          {...fieldAria(meta, undefined)}
          autoComplete="off"
          placeholder={tf('pairingPlaceholder')}
          className={inputClass}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
            if (chosenId) form.update({ name: meta.name, value: '' });
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(shown.length - 1, 0)));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter' && open && shown.length) {
              event.preventDefault();
              choose(shown[active]);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={label} className="absolute z-[1100] mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg">
            {shown.length === 0 && <li className="px-3 py-2 text-muted">{t('none')}</li>}
            {shown.map((option, index) => {
              const matched = text && text !== chosen?.label ? option.names.find((n) => fold(n).includes(fold(text).split(/\s+/)[0] ?? '')) : undefined;
              return (
                <li
                  key={option.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                  onMouseEnter={() => setActive(index)}
                  className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-cn-soft' : ''}`}
                >
                  <span className="font-medium">{option.label}</span>
                  {matched && !option.label.includes(matched) && <span className="block text-xs text-muted">{t('matched', { name: matched })}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </FieldShell>
  );
}
