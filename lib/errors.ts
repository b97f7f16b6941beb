import type { FieldChange } from '@/lib/audit/diff';
import type { FieldErrors } from '@/lib/forms/fields';

/** What a conflicting save is told: who changed the record since it was loaded, and how. */
export type ConflictInfo = {
  currentVersion: number;
  /** Each field changed meanwhile: when opened, now, and (`mine`) what this editor submitted for it. */
  changes: (FieldChange & { mine?: unknown })[];
  changedBy: { name: string; at: string }[];
};

/** A record named in a refusal: what still uses a record, or the deleted record it points at. */
export type RecordReference = { entityType: string; id: number; label: string; href: string };

/** The records that block a delete or a restore (lib/soft-delete/references.ts). */
export type ReferenceInfo = { references?: RecordReference[]; referenceCount?: number; referencesDeleted?: boolean };

/**
 * Thrown inside a write to refuse it with a reason the form can show; the safe-action
 * helper (and the write routes) turn it into an ActionResult / HTTP response.
 */
export class ActionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    message: string,
    readonly extra: { fieldErrors?: FieldErrors; conflict?: ConflictInfo; existing?: { href: string; label: string } } & ReferenceInfo = {},
  ) {
    super(message);
    this.name = 'ActionError';
  }

  /** The refusal as the `{ ok: false, … }` result a form shows. */
  toResult() {
    return { ok: false as const, status: this.status, error: this.message, ...this.extra };
  }
}

export function fieldError(field: string, message: string, extra: { existing?: { href: string; label: string } } = {}) {
  return new ActionError(422, message, { fieldErrors: { [field]: [message] }, ...extra });
}
