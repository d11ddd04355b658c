import { GraphQLError } from 'graphql';

/** Stable error codes of the API (`extensions.code`). The client translates them. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A field-level validation failure: `field` is the input field, `reason` a stable code. */
export interface FieldIssue {
  field: string;
  code: string;
}

/** One GraphQL error per invalid field, each with the field and the reason. */
export class ValidationFailed extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.code}`).join(', ')}`);
    this.name = 'ValidationFailed';
  }

  toGraphQLErrors(): GraphQLError[] {
    return this.issues.map(
      (i) =>
        new GraphQLError(`Invalid value for ${i.field}: ${i.code}`, {
          extensions: { code: ErrorCode.BadUserInput, field: i.field, reason: i.code },
        }),
    );
  }
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, {
    extensions: { code: ErrorCode.NotFound, entity, id },
  });
}

export function conflict(entity: string, id: string, currentVersion: number): GraphQLError {
  return new GraphQLError(
    `${entity} ${id} was changed by someone else (now version ${currentVersion}); reload it and apply your change again`,
    { extensions: { code: ErrorCode.Conflict, entity, id, currentVersion } },
  );
}

export function badUserInput(field: string, reason: string, message?: string): GraphQLError {
  return new GraphQLError(message ?? `Invalid value for ${field}: ${reason}`, {
    extensions: { code: ErrorCode.BadUserInput, field, reason },
  });
}
