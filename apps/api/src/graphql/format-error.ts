import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, ValidationFailed } from '@dp/api/common';

const KNOWN_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'TRANSITION_REFUSED',
  // a grant that exceeds the fund's budget without a written reason (extensions.uses: each budget's shortfall)
  'BUDGET_EXCEEDED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** `Variable "$input" got invalid value 1.5 at "input.requestedAmount"; …` → `requestedAmount` */
function fieldFromCoercionMessage(message: string): string | undefined {
  const m = /at "([^"]+)"/.exec(message);
  return m?.[1]?.split('.').at(-1);
}

/**
 * Keeps the stable codes and field paths, masks everything unexpected (logged in full on the server).
 */
export function createFormatError(logError: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ValidationFailed) {
      const [first] = original.issues;
      return {
        ...formatted,
        message: original.message,
        extensions: {
          code: ErrorCode.BadUserInput,
          field: first?.field,
          reason: first?.code,
          fieldErrors: original.issues.map((i) => ({ field: i.field, reason: i.code })),
        },
      };
    }
    const code = String(formatted.extensions?.['code'] ?? '');
    if (KNOWN_CODES.has(code)) {
      if (code === ErrorCode.BadUserInput && !formatted.extensions?.['field']) {
        const field = fieldFromCoercionMessage(formatted.message);
        if (field) return { ...formatted, extensions: { ...formatted.extensions, field } };
      }
      return formatted;
    }
    logError(error);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}

/**
 * One GraphQL error per invalid field: a ValidationFailed (several fields) is expanded into
 * separate errors, each with `extensions.code`, `extensions.field` and `extensions.reason`.
 */
export const expandFieldErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.flatMap((e) => {
          const list = e.extensions?.['fieldErrors'];
          if (!Array.isArray(list)) return [e];
          return (list as { field: string; reason: string }[]).map((fe) => ({
            message: `Invalid value for ${fe.field}: ${fe.reason}`,
            locations: e.locations,
            path: e.path,
            extensions: { code: ErrorCode.BadUserInput, field: fe.field, reason: fe.reason },
          }));
        });
      },
    };
  },
};
