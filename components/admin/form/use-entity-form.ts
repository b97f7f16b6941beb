'use client';
import { useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { toFieldErrors, type FieldErrors } from '@/lib/forms/fields';
import { getIn, setIn } from './paths';
import { useValidationMessage } from './use-validation-message';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Form state for one entity: values as typed (kept on any error), the same zod schema
 * as the server checks them in the browser first, then the server action decides.
 * Errors are keyed by dotted path so each field shows its own.
 */
export function useEntityForm<V extends Record<string, unknown>, T>({
  initial,
  schema,
  action,
  onSuccess,
}: {
  initial: V;
  schema: z.ZodType;
  action: (input: V) => Promise<ActionResult<T>>;
  onSuccess: (data: T, values: V) => void;
}) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const [focusToken, setFocusToken] = useState(0);

  useEffect(() => {
    if (!focusToken) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [focusToken]);

  const set = useCallback((path: string, value: unknown) => {
    setValues((current) => setIn(current, path, value));
    setErrors((current) => {
      if (!Object.keys(current).some((key) => key === path || key.startsWith(`${path}.`))) return current;
      return Object.fromEntries(Object.entries(current).filter(([key]) => key !== path && !key.startsWith(`${path}.`)));
    });
  }, []);

  const get = useCallback((path: string) => getIn(values, path), [values]);
  const localize = useValidationMessage();
  const error = useCallback((path: string) => localize(errors[path]?.[0]), [errors, localize]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    setFailure(null);
    const checked = schema.safeParse(values);
    if (!checked.success) {
      setErrors(toFieldErrors(checked.error));
      setFailure({ ok: false, status: 422, error: 'Some fields need attention; nothing was saved.' });
      setFocusToken((n) => n + 1);
      return;
    }
    startTransition(async () => {
      const result = await action(values).catch(
        (): ActionResult<T> => ({ ok: false, status: 500, error: 'The server could not be reached. Nothing was saved; try again.' }),
      );
      if (result.ok) {
        setErrors({});
        onSuccess(result.data, values);
      } else {
        setErrors(result.fieldErrors ?? {});
        setFailure(result);
        setFocusToken((n) => n + 1);
      }
    });
  }

  return { values, setValues, set, get, error, errors, failure, pending, submit, formRef };
}

export type EntityForm = ReturnType<typeof useEntityForm<Record<string, unknown>, unknown>>;
