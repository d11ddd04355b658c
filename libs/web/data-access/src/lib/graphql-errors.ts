import type { CombinedError } from '@urql/core';
import { VALIDATION_CODES, type ValidationCode } from '@dp/domain/initiatives';

/** A field the API rejected, with the stable reason the client translates. */
export interface ServerFieldError {
  /** the input field name, e.g. `title` or `goalAreaIds` */
  field: string;
  /** one of the validation codes, or INVALID when the API sent a reason this client does not know */
  reason: ValidationCode | 'INVALID';
}

/** What went wrong with a GraphQL operation, in the terms the UI reacts to. */
export type GraphQLFailure =
  | { kind: 'validation'; fields: ServerFieldError[] }
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'not-found' }
  | { kind: 'network' }
  | { kind: 'unknown' };

function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && (VALIDATION_CODES as readonly string[]).includes(value);
}

/**
 * Reads the API's error contract (`extensions.code`: BAD_USER_INPUT with `field` and `reason`, CONFLICT
 * with `currentVersion`, NOT_FOUND) from an urql error. Returns null when there is no error.
 */
export function readGraphQLError(error: CombinedError | undefined | null): GraphQLFailure | null {
  if (!error) return null;
  const errors = error.graphQLErrors ?? [];
  if (errors.length === 0) return error.networkError ? { kind: 'network' } : { kind: 'unknown' };

  const codeOf = (e: (typeof errors)[number]): unknown => e.extensions?.['code'];

  const conflict = errors.find((e) => codeOf(e) === 'CONFLICT');
  if (conflict) {
    const v = conflict.extensions?.['currentVersion'];
    return { kind: 'conflict', currentVersion: typeof v === 'number' ? v : null };
  }

  const fields: ServerFieldError[] = [];
  for (const e of errors) {
    if (codeOf(e) !== 'BAD_USER_INPUT') continue;
    const field = e.extensions?.['field'];
    if (typeof field !== 'string' || field === '') continue;
    const reason = e.extensions?.['reason'];
    fields.push({ field, reason: isValidationCode(reason) ? reason : 'INVALID' });
  }
  if (fields.length > 0) return { kind: 'validation', fields };

  if (errors.some((e) => codeOf(e) === 'NOT_FOUND')) return { kind: 'not-found' };
  return { kind: 'unknown' };
}
