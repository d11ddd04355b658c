import type { CombinedError } from '@urql/core';
import { VALIDATION_CODES, type ValidationCode } from '@dp/domain/initiatives';
import type { AccessRefusal } from '@dp/domain/workflow';

/** A field the API rejected, with the stable reason the client translates. */
export interface ServerFieldError {
  /** the input field name, e.g. `title` or `goalAreaIds` */
  field: string;
  /** one of the validation codes, or INVALID when the API sent a reason this client does not know */
  reason: ValidationCode | 'INVALID';
}

/** Why the API refused (FORBIDDEN): the domain's access refusals, or UNKNOWN for a reason this client does not know. */
export type ForbiddenReason = AccessRefusal | 'UNKNOWN';

const ACCESS_REFUSALS: readonly string[] = ['ROLE_REQUIRED', 'OTHER_DEPARTMENT', 'NOT_EDITABLE'] satisfies AccessRefusal[];

/** What went wrong with a GraphQL operation, in the terms the UI reacts to. */
export type GraphQLFailure =
  | { kind: 'validation'; fields: ServerFieldError[] }
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'not-found' }
  /** no valid session (never signed in, signed out elsewhere, or expired) */
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden'; reason: ForbiddenReason }
  /** sign-in: wrong e-mail address or password */
  | { kind: 'invalid-credentials' }
  /** sign-in: locked after repeated failures, until the given ISO time */
  | { kind: 'account-locked'; lockedUntil: string | null }
  /** sign-in: too many failures from this address; wait this long */
  | { kind: 'too-many-attempts'; retryAfterSeconds: number | null }
  | { kind: 'network' }
  | { kind: 'unknown' };

function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && (VALIDATION_CODES as readonly string[]).includes(value);
}

/**
 * Reads the API's error contract (`extensions.code`: BAD_USER_INPUT with `field` and `reason`, CONFLICT
 * with `currentVersion`, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN with `reason`, and the sign-in codes
 * INVALID_CREDENTIALS, ACCOUNT_LOCKED with `lockedUntil`, TOO_MANY_ATTEMPTS with `retryAfterSeconds`)
 * from an urql error. Returns null when there is no error.
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

  const byCode = (code: string) => errors.find((e) => codeOf(e) === code);
  if (byCode('UNAUTHENTICATED')) return { kind: 'unauthenticated' };
  const forbidden = byCode('FORBIDDEN');
  if (forbidden) {
    const reason = forbidden.extensions?.['reason'];
    return { kind: 'forbidden', reason: typeof reason === 'string' && ACCESS_REFUSALS.includes(reason) ? (reason as AccessRefusal) : 'UNKNOWN' };
  }
  if (byCode('INVALID_CREDENTIALS')) return { kind: 'invalid-credentials' };
  const locked = byCode('ACCOUNT_LOCKED');
  if (locked) {
    const until = locked.extensions?.['lockedUntil'];
    return { kind: 'account-locked', lockedUntil: typeof until === 'string' && !Number.isNaN(Date.parse(until)) ? until : null };
  }
  const tooMany = byCode('TOO_MANY_ATTEMPTS');
  if (tooMany) {
    const seconds = tooMany.extensions?.['retryAfterSeconds'];
    return { kind: 'too-many-attempts', retryAfterSeconds: typeof seconds === 'number' && seconds > 0 ? seconds : null };
  }
  if (byCode('NOT_FOUND')) return { kind: 'not-found' };
  return { kind: 'unknown' };
}
