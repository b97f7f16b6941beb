import type { SubmitResult } from './submit';

/** What the public suggestion form shows after a submission (codes only: the form translates them). */
type Failure = Extract<SubmitResult, { ok: false }> | { ok: false; error: 'bad-request' | 'server-error' };
/** A refused submission carries what the reader typed, so the form shows it again (React resets forms after an action). */
export type SuggestionFormState = { status: 'idle' } | Extract<SubmitResult, { ok: true }> | (Failure & { values?: Record<string, string> });
export const IDLE: SuggestionFormState = { status: 'idle' };
