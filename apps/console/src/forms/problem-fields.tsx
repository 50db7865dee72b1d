import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

/**
 * Puts a refusal's field errors beside the fields they name (`patient.reference`,
 * `attendees[2].name`), and a refusal that names no field of this form above its button.
 */
export function showProblem<T extends FieldValues>(failure: unknown, setError: UseFormSetError<T>, fields: ReadonlyArray<string>): void {
  if (!(failure instanceof ApiError)) {
    setError('root', { message: String(failure) });
    return;
  }
  const named = (failure.problem.errors ?? []).filter((error) => fields.includes(error.field));
  named.forEach((error) => setError(error.field as FieldPath<T>, { message: error.message }));
  const unnamed = (failure.problem.errors ?? []).filter((error) => !fields.includes(error.field));
  if (named.length === 0 || unnamed.length > 0) {
    setError('root', { message: [failure.problem.detail, ...unnamed.map((error) => `${error.field}: ${error.message}`)].join(' · ') });
  }
}

/** The error message of one field, if any; its id is what the field's `aria-describedby` names. */
export function FieldMessage<T extends FieldValues>({ errors, name, idPrefix = '' }: { errors: FieldErrors<T>; name: string; idPrefix?: string }) {
  const error = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as { message?: string } | undefined;
  if (!error?.message) return null;
  return (
    <span className="field-error" id={`${idPrefix}${name}-error`}>
      {error.message}
    </span>
  );
}

/** The refusal shown above a form's button. */
export function FormMessage<T extends FieldValues>({ errors }: { errors: FieldErrors<T> }) {
  if (!errors.root?.message) return null;
  return (
    <p role="alert" className="error">
      {errors.root.message}
    </p>
  );
}

export const describedBy = (name: string, idPrefix = '') => ({ 'aria-describedby': `${idPrefix}${name}-error` });

/**
 * A form's submit handler that first forgets the last refusal: errors the API named (on fields the
 * form does not register, or the form as a whole) would otherwise keep a corrected form from being sent.
 */
export function resubmit(clearErrors: () => void, submit: (event?: React.BaseSyntheticEvent) => Promise<void>) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    clearErrors();
    void submit(event);
  };
}
