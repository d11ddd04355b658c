import { describe, expect, it } from '@jest/globals';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { readGraphQLError } from './graphql-errors';

const gqlError = (extensions: Record<string, unknown>) => new GraphQLError('failed', { extensions });

describe('readGraphQLError', () => {
  it('is null without an error', () => {
    expect(readGraphQLError(undefined)).toBeNull();
  });

  it('collects one field error per BAD_USER_INPUT error', () => {
    const error = new CombinedError({
      graphQLErrors: [
        gqlError({ code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_SHORT' }),
        gqlError({ code: 'BAD_USER_INPUT', field: 'requestedAmount', reason: 'EXCEEDS_ROUND_BUDGET' }),
        gqlError({ code: 'BAD_USER_INPUT', field: 'goalAreaIds', reason: 'SOMETHING_NEW' }),
      ],
    });
    expect(readGraphQLError(error)).toEqual({
      kind: 'validation',
      fields: [
        { field: 'title', reason: 'TOO_SHORT' },
        { field: 'requestedAmount', reason: 'EXCEEDS_ROUND_BUDGET' },
        { field: 'goalAreaIds', reason: 'INVALID' },
      ],
    });
  });

  it('reads a conflict with the current version', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError({ code: 'CONFLICT', currentVersion: 7 })] });
    expect(readGraphQLError(error)).toEqual({ kind: 'conflict', currentVersion: 7 });
  });

  it('tells not-found, network and other failures apart', () => {
    expect(readGraphQLError(new CombinedError({ graphQLErrors: [gqlError({ code: 'NOT_FOUND' })] }))).toEqual({ kind: 'not-found' });
    expect(readGraphQLError(new CombinedError({ networkError: new Error('offline') }))).toEqual({ kind: 'network' });
    expect(readGraphQLError(new CombinedError({ graphQLErrors: [gqlError({ code: 'INTERNAL_SERVER_ERROR' })] }))).toEqual({ kind: 'unknown' });
  });

  it('reads the authorisation refusals with their reason', () => {
    const one = (extensions: Record<string, unknown>) => readGraphQLError(new CombinedError({ graphQLErrors: [gqlError(extensions)] }));
    expect(one({ code: 'UNAUTHENTICATED' })).toEqual({ kind: 'unauthenticated' });
    expect(one({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' })).toEqual({ kind: 'forbidden', reason: 'OTHER_DEPARTMENT' });
    expect(one({ code: 'FORBIDDEN', reason: 'NOT_EDITABLE' })).toEqual({ kind: 'forbidden', reason: 'NOT_EDITABLE' });
    expect(one({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' })).toEqual({ kind: 'forbidden', reason: 'UNKNOWN' });
  });

  it('reads the sign-in failures with the lock time and the wait', () => {
    const one = (extensions: Record<string, unknown>) => readGraphQLError(new CombinedError({ graphQLErrors: [gqlError(extensions)] }));
    expect(one({ code: 'INVALID_CREDENTIALS' })).toEqual({ kind: 'invalid-credentials' });
    expect(one({ code: 'ACCOUNT_LOCKED', lockedUntil: '2026-11-29T17:30:00.000Z' })).toEqual({
      kind: 'account-locked',
      lockedUntil: '2026-11-29T17:30:00.000Z',
    });
    expect(one({ code: 'ACCOUNT_LOCKED', lockedUntil: 'soon' })).toEqual({ kind: 'account-locked', lockedUntil: null });
    expect(one({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 })).toEqual({ kind: 'too-many-attempts', retryAfterSeconds: 900 });
  });
});
