import type { SubmissionResult } from '@conform-to/react';
import type { FieldErrors } from '@/lib/forms/fields';
import type { ConflictInfo, ReferenceInfo } from '@/lib/errors';

/** What every server action returns to its form (never throws to the client). */
export type ActionResult<T> = (
  | { ok: true; data: T }
  | ({
      ok: false;
      /** 503: the database cannot take writes now (lib/db-errors.ts); 500: a bug. */
      status: 400 | 401 | 403 | 404 | 409 | 422 | 500 | 503;
      error: string;
      fieldErrors?: FieldErrors;
      conflict?: ConflictInfo;
      /** For a refused duplicate: the record that already exists. */
      existing?: { href: string; label: string };
    } & ReferenceInfo)
) & {
  /**
   * Set when the form was posted as FormData (no JavaScript): Conform's reply, which
   * re-renders the form with what was typed and each field's error.
   */
  submission?: SubmissionResult<string[]>;
};
