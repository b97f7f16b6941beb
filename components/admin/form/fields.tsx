'use client';
import { useId, type ReactNode } from 'react';
import { useErrorText } from './use-error-text';
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react';

export const inputBase =
  'rounded-md border border-line bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-cn focus:ring-2 focus:ring-cn focus:ring-offset-1 aria-[invalid=true]:border-by aria-[invalid=true]:focus:ring-by disabled:bg-slate-50';
export const inputClass = `${inputBase} w-full`;

/**
 * One Conform field of any entity form. Its `name` is typed by the form's schema
 * (`fields.title`, `fields.sources.getFieldList()[0].getFieldset().url`); what it holds
 * is the schema's business, so the field components accept any of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Field = FieldMetadata<any, any, string[]>;

/**
 * The subfields of an object field or the items of a list field. Conform's types
 * offer these only for schema inputs it can see into; our schemas preprocess their
 * inputs (so their input type is `unknown`), hence the names of the subfields here.
 */
export function fieldset<K extends string>(meta: Field): Record<K, Field> {
  return (meta as unknown as { getFieldset: () => Record<K, Field> }).getFieldset();
}

export function fieldList(meta: Field): Field[] {
  return (meta as unknown as { getFieldList: () => Field[] }).getFieldList();
}

export function FieldShell({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  children,
  className = '',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required && (
          <span className="ml-0.5 text-by" aria-hidden>
            *
          </span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={hintId ?? `${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? `${id}-error`} className="text-xs font-medium text-by" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria-invalid / aria-describedby of a field: its error when it has one, else its hint. */
export function fieldAria(meta: Field, hint: unknown) {
  const error = meta.errors?.[0];
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? meta.errorId : hint ? meta.descriptionId : undefined,
  } as const;
}

type Common = { meta: Field; label: ReactNode; hint?: ReactNode; required?: boolean; className?: string };

function Shell({ meta, label, hint, required, className, children }: Common & { children: ReactNode }) {
  const errorText = useErrorText();
  return (
    <FieldShell id={meta.id} label={label} hint={hint} hintId={meta.descriptionId} error={errorText(meta.errors?.[0])} errorId={meta.errorId} required={required} className={className}>
      {children}
    </FieldShell>
  );
}

export function TextField({
  type = 'text',
  inputMode,
  placeholder,
  autoComplete,
  lang,
  ...common
}: Common & {
  type?: 'text' | 'url' | 'email' | 'password';
  inputMode?: 'decimal' | 'numeric' | 'url' | 'email' | 'text';
  placeholder?: string;
  autoComplete?: string;
  lang?: string;
}) {
  const { meta, hint, required } = common;
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  return (
    <Shell {...common}>
      <input
        key={key}
        {...props}
        required={undefined}
        inputMode={inputMode}
        lang={lang}
        placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'}
        className={inputClass}
        aria-required={required || undefined}
        {...fieldAria(meta, hint)}
      />
    </Shell>
  );
}

export function TextAreaField({ rows = 3, ...common }: Common & { rows?: number }) {
  const { key, ...props } = getTextareaProps(common.meta, { ariaAttributes: false });
  return (
    <Shell {...common}>
      <textarea key={key} {...props} required={undefined} rows={rows} className={inputClass} {...fieldAria(common.meta, common.hint)} />
    </Shell>
  );
}

export type Option = { value: string; label: string; group?: string };

export function SelectField({
  options,
  placeholder,
  onChange,
  ...common
}: Common & { options: Option[]; placeholder?: string; onChange?: (value: string) => void }) {
  const { meta, hint, required } = common;
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (items: Option[]) =>
    items.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <Shell {...common}>
      <select
        key={key}
        {...props}
        required={undefined}
        className={inputClass}
        onChange={(event) => onChange?.(event.target.value)}
        aria-required={required || undefined}
        {...fieldAria(meta, hint)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups.length > 1
          ? groups.map((group) => (
              <optgroup key={group} label={group}>
                {render(options.filter((o) => (o.group ?? '') === group))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </Shell>
  );
}

export function CheckboxField({ meta, label, hint }: { meta: Field; label: ReactNode; hint?: ReactNode }) {
  const { key, ...props } = getInputProps(meta, { type: 'checkbox', ariaAttributes: false });
  return (
    <div className="flex items-start gap-2 pt-1">
      <input key={key} {...props} required={undefined} className="mt-0.5 h-4 w-4 rounded border-line accent-cn" />
      <label htmlFor={meta.id} className="text-sm">
        {label}
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </label>
    </div>
  );
}

/** Several checkboxes under one name (a closed vocabulary); the chosen ones are highlighted by CSS alone. */
export function CheckboxGroup({ meta, legend, options }: { meta: Field; legend: ReactNode; options: Option[] }) {
  const error = useErrorText()(meta.errors?.[0]);
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return (
    <fieldset className="space-y-2" aria-describedby={error ? meta.errorId : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {getCollectionProps(meta, { type: 'checkbox', options: options.map((o) => o.value), ariaAttributes: false }).map(({ key, ...props }) => (
          <label
            key={key}
            className="cursor-pointer rounded-full border border-line bg-white px-3 py-1 text-xs text-ink transition focus-within:ring-2 focus-within:ring-cn hover:border-cn has-[:checked]:border-cn has-[:checked]:bg-cn has-[:checked]:text-white"
          >
            <input {...props} required={undefined} className="sr-only" />
            {labels.get(props.value)}
          </label>
        ))}
      </div>
      {error && (
        <p id={meta.errorId} className="text-xs font-medium text-by" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A group of fields with a heading, used to break long forms into steps. */
export function FormSection({ title, description, children }: { title: ReactNode; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <header>
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {description && <p className="text-sm text-muted">{description}</p>}
      </header>
      {children}
    </section>
  );
}
