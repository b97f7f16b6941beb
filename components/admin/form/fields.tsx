'use client';
import { useId, type ReactNode } from 'react';
import type { EntityForm } from './use-entity-form';

export const inputBase =
  'rounded-md border border-line bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-cn focus:ring-2 focus:ring-cn focus:ring-offset-1 aria-[invalid=true]:border-by aria-[invalid=true]:focus:ring-by disabled:bg-slate-50';
export const inputClass = `${inputBase} w-full`;

type Form = Pick<EntityForm, 'get' | 'set' | 'error'>;

export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  children,
  className = '',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
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
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-by" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export function TextField({
  form,
  name,
  label,
  hint,
  required,
  type = 'text',
  inputMode,
  className,
  placeholder,
  autoComplete,
  lang,
}: {
  form: Form;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'url' | 'email' | 'password';
  inputMode?: 'decimal' | 'numeric' | 'url' | 'email' | 'text';
  className?: string;
  placeholder?: string;
  autoComplete?: string;
  lang?: string;
}) {
  const id = useId();
  const error = form.error(name);
  const value = form.get(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        lang={lang}
        placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'}
        className={inputClass}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(event) => form.set(name, event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  form,
  name,
  label,
  hint,
  rows = 3,
  className,
}: {
  form: Form;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
  className?: string;
}) {
  const id = useId();
  const error = form.error(name);
  const value = form.get(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        className={inputClass}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(event) => form.set(name, event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

export type Option = { value: string; label: string; group?: string };

export function SelectField({
  form,
  name,
  label,
  options,
  hint,
  required,
  placeholder,
  className,
  onChange,
}: {
  form: Form;
  name: string;
  label: ReactNode;
  options: Option[];
  hint?: ReactNode;
  required?: boolean;
  placeholder?: string;
  className?: string;
  onChange?: (value: string) => void;
}) {
  const id = useId();
  const error = form.error(name);
  const value = form.get(name);
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (items: Option[]) =>
    items.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={id}
        name={name}
        className={inputClass}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(event) => {
          form.set(name, event.target.value);
          onChange?.(event.target.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
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
    </FieldShell>
  );
}

export function CheckboxField({ form, name, label, hint }: { form: Form; name: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 pt-1">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 h-4 w-4 rounded border-line accent-cn"
        checked={form.get(name) === true}
        onChange={(event) => form.set(name, event.target.checked)}
      />
      <label htmlFor={id} className="text-sm">
        {label}
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </label>
    </div>
  );
}

export function CheckboxGroup({
  form,
  name,
  legend,
  options,
}: {
  form: Form;
  name: string;
  legend: ReactNode;
  options: Option[];
}) {
  const selected = (form.get(name) as string[] | undefined) ?? [];
  const error = form.error(name);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const checked = selected.includes(option.value);
          return (
            <label
              key={option.value}
              className={`cursor-pointer rounded-full border px-3 py-1 text-xs transition focus-within:ring-2 focus-within:ring-cn ${
                checked ? 'border-cn bg-cn text-white' : 'border-line bg-white text-ink hover:border-cn'
              }`}
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={checked}
                onChange={() => form.set(name, checked ? selected.filter((v) => v !== option.value) : [...selected, option.value])}
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {error && <p className="text-xs font-medium text-by">{error}</p>}
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
