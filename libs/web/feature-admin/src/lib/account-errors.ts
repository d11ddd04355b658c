import type { CombinedError } from '@urql/core';
import { readGraphQLError, type GraphQLFailure } from '@dp/web/data-access';

/** A field of the account input the API rejected, with its reason as sent (REQUIRED, TAKEN, DEPARTMENT_REQUIRED, …). */
export interface AccountFieldFailure {
  /** the input path without `input.`: `email`, `roles.0.departmentId`, `roles` */
  field: string;
  reason: string;
}

/** What went wrong saving an account, in the terms the forms react to. */
export type AccountFailure =
  | { kind: 'validation'; fields: AccountFieldFailure[] }
  | { kind: 'forbidden'; reason: 'LAST_ADMINISTRATOR' | 'ROLE_REQUIRED' | 'UNKNOWN' }
  | Exclude<GraphQLFailure, { kind: 'validation' } | { kind: 'forbidden' }>;

/**
 * Reads the account mutations' errors. The shared reader knows only the initiative validation codes, so
 * the account reasons (TAKEN, INVALID_EMAIL, DEPARTMENT_REQUIRED, …) and the LAST_ADMINISTRATOR refusal
 * are read here from the raw extensions; everything else as the shared reader does.
 */
export function readAccountFailure(error: CombinedError | undefined | null): AccountFailure | null {
  if (!error) return null;
  const errors = error.graphQLErrors ?? [];
  const codeOf = (e: (typeof errors)[number]): unknown => e.extensions?.['code'];
  if (!errors.some((e) => codeOf(e) === 'CONFLICT')) {
    const fields: AccountFieldFailure[] = [];
    for (const e of errors) {
      if (codeOf(e) !== 'BAD_USER_INPUT') continue;
      const field = e.extensions?.['field'];
      const reason = e.extensions?.['reason'];
      if (typeof field !== 'string' || field === '') continue;
      fields.push({ field: field.replace(/^input\./, ''), reason: typeof reason === 'string' && reason !== '' ? reason : 'INVALID' });
    }
    if (fields.length > 0) return { kind: 'validation', fields };
    const forbidden = errors.find((e) => codeOf(e) === 'FORBIDDEN');
    if (forbidden) {
      const reason = forbidden.extensions?.['reason'];
      return { kind: 'forbidden', reason: reason === 'LAST_ADMINISTRATOR' || reason === 'ROLE_REQUIRED' ? reason : 'UNKNOWN' };
    }
  }
  const failure = readGraphQLError(error);
  if (!failure || failure.kind === 'validation') return { kind: 'unknown' };
  if (failure.kind === 'forbidden') return { kind: 'forbidden', reason: failure.reason === 'ROLE_REQUIRED' ? 'ROLE_REQUIRED' : 'UNKNOWN' };
  return failure;
}

/**
 * Sorts the server's field errors into the form's fields: `placed` keeps the first reason per form field
 * that `place` finds for an error's path; `unplaced` are the errors the form has no field for.
 */
export function placeFieldErrors(fields: readonly AccountFieldFailure[], place: (field: string) => string | null): { placed: Record<string, string>; unplaced: AccountFieldFailure[] } {
  const placed: Record<string, string> = {};
  const unplaced: AccountFieldFailure[] = [];
  for (const e of fields) {
    const at = place(e.field);
    if (at && placed[at] === undefined) placed[at] = e.reason;
    else if (!at) unplaced.push(e);
  }
  return { placed, unplaced };
}
