import type { FieldErrors } from '@/lib/forms/fields';
import type { FieldChange } from '@/lib/audit/diff';

/** What a conflicting save is told: who changed the record since it was loaded, and how. */
export type ConflictInfo = {
  currentVersion: number;
  changes: FieldChange[];
  changedBy: { name: string; at: string }[];
};

/** What every server action returns to its form (never throws to the client). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 422 | 500;
      error: string;
      fieldErrors?: FieldErrors;
      conflict?: ConflictInfo;
      /** For a refused duplicate: the record that already exists. */
      existing?: { href: string; label: string };
    };

/**
 * Thrown inside a write to refuse it with a reason the form can show; the safe-action
 * helper (and the write routes) turn it into an ActionResult / HTTP response.
 */
export class ActionError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    message: string,
    readonly extra: { fieldErrors?: FieldErrors; conflict?: ConflictInfo; existing?: { href: string; label: string } } = {},
  ) {
    super(message);
    this.name = 'ActionError';
  }

  toResult(): ActionResult<never> {
    return { ok: false, status: this.status, error: this.message, ...this.extra };
  }
}

export function fieldError(field: string, message: string, extra: { existing?: { href: string; label: string } } = {}) {
  return new ActionError(422, message, { fieldErrors: { [field]: [message] }, ...extra });
}
