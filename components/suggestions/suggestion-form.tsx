'use client';
import { useActionState, useId } from 'react';
import { submitSuggestionAction } from '@/lib/actions/suggestions/submit-suggestion';
import { IDLE, type SuggestionFormState } from '@/lib/suggestions/form-state';
import type { SUGGESTION_ERROR_FIELDS } from '@/lib/suggestions/schema';

type ErrorField = (typeof SUGGESTION_ERROR_FIELDS)[number];
type Option = { value: string; label: string };

/** Every string the form shows, translated by the page (server side) in the reader's language. */
export type SuggestionFormText = {
  partnerBy: string; partnerCn: string; choose: string; stage: string; date: string; dateHint: string; documentKind: string;
  dontKnow: string; sourceUrl: string; sourceUrlHint: string; message: string; messageHint: string; email: string; emailHint: string;
  honeypot: string; submit: string; submitting: string; errorSummary: string; thanksTitle: string; thanksBody: string; referenceLabel: string;
  fieldErrors: Record<ErrorField, string>;
  errors: Record<'too-large' | 'too-fast' | 'expired' | 'unknown-record' | 'rate-limited' | 'bad-request' | 'server-error', string>;
};

type Props = {
  kind: 'correction' | 'new_pairing';
  target?: string;
  slug?: string;
  token: string;
  locale: string;
  text: SuggestionFormText;
  places?: { BY: Option[]; CN: Option[] };
  stages: Option[];
  documentKinds: Option[];
};

const inputClass = 'mt-1 block w-full rounded-md border border-line bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700';

/**
 * The public "suggest a correction / report a new partnership" form. A plain <form>
 * posting to a server action: it works without JavaScript, and with it keeps what the
 * reader typed when something needs fixing.
 */
export function SuggestionForm({ kind, target, slug, token, locale, text, places, stages, documentKinds }: Props) {
  const [state, action, pending] = useActionState<SuggestionFormState, FormData>(submitSuggestionAction, IDLE);
  const id = useId();
  if ('ok' in state && state.ok) {
    return (
      <div role="status" className="space-y-2 rounded-lg border border-line bg-white p-6" data-testid="suggestion-thanks">
        <h2 className="text-lg font-semibold">{text.thanksTitle}</h2>
        <p>{text.thanksBody}</p>
        <p>
          {text.referenceLabel} <strong data-testid="suggestion-reference">{state.reference}</strong>
        </p>
      </div>
    );
  }
  const values = 'ok' in state && !state.ok ? (state.values ?? {}) : {};
  const bad = new Set<ErrorField>('ok' in state && !state.ok && state.error === 'invalid' ? state.fields : []);
  const formError = 'ok' in state && !state.ok && state.error !== 'invalid' ? text.errors[state.error] : null;
  const field = (name: ErrorField) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': bad.has(name) || undefined,
    'aria-describedby': [bad.has(name) ? `${id}-${name}-error` : null, `${id}-${name}-hint`].filter(Boolean).join(' ') || undefined,
  });
  const error = (name: ErrorField) =>
    bad.has(name) ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700">
        {text.fieldErrors[name]}
      </p>
    ) : null;
  const label = (name: ErrorField, children: string) => (
    <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
      {children}
    </label>
  );
  return (
    <form key={"ok" in state ? JSON.stringify(state) : "idle"} action={action} className="space-y-5" noValidate>
      {(bad.size > 0 || formError) && (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-800" data-testid="suggestion-error">
          {formError ?? text.errorSummary}
        </div>
      )}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target ?? ''} />
      <input type="hidden" name="slug" value={slug ?? ''} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {/* Honeypot: hidden from people and assistive technology; bots fill every field. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          {text.honeypot}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {kind === 'new_pairing' && places && (
        <div className="grid gap-4 sm:grid-cols-2">
          {(['byPlaceId', 'cnPlaceId'] as const).map((name) => (
            <div key={name}>
              {label(name, name === 'byPlaceId' ? text.partnerBy : text.partnerCn)}
              <select {...field(name)} className={inputClass} required>
                <option value="">{text.choose}</option>
                {places[name === 'byPlaceId' ? 'BY' : 'CN'].map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {error(name)}
            </div>
          ))}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          {label('stage', text.stage)}
          <select {...field('stage')} className={inputClass}>
            <option value="">{text.dontKnow}</option>
            {stages.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
          {error('stage')}
        </div>
        <div>
          {label('date', text.date)}
          <input {...field('date')} className={inputClass} inputMode="numeric" placeholder="2023-11" />
          <p id={`${id}-date-hint`} className="mt-1 text-xs text-muted">{text.dateHint}</p>
          {error('date')}
        </div>
        <div>
          {label('documentKind', text.documentKind)}
          <select {...field('documentKind')} className={inputClass}>
            <option value="">{text.dontKnow}</option>
            {documentKinds.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
          {error('documentKind')}
        </div>
      </div>
      <div>
        {label('message', text.message)}
        <textarea {...field('message')} className={inputClass} rows={5} maxLength={4000} required />
        <p id={`${id}-message-hint`} className="mt-1 text-xs text-muted">{text.messageHint}</p>
        {error('message')}
      </div>
      <div>
        {label('sourceUrl', text.sourceUrl)}
        <input {...field('sourceUrl')} type="url" className={inputClass} maxLength={2000} required placeholder="https://" />
        <p id={`${id}-sourceUrl-hint`} className="mt-1 text-xs text-muted">{text.sourceUrlHint}</p>
        {error('sourceUrl')}
      </div>
      <div>
        {label('email', text.email)}
        <input {...field('email')} type="email" className={inputClass} maxLength={200} autoComplete="email" />
        <p id={`${id}-email-hint`} className="mt-1 text-xs text-muted">{text.emailHint}</p>
        {error('email')}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white hover:bg-cn/90 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
