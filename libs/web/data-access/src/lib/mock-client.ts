import {
  makeOperation,
  makeResult,
  type AnyVariables,
  type Client,
  type GraphQLRequest,
  type OperationContext,
  type OperationResult,
  type OperationType,
  getOperationName,
} from '@urql/core';
import { concat, fromValue, never, type Source } from 'wonka';
import type { GraphQLFormattedError } from 'graphql';

/** What a mocked operation answers: data and/or GraphQL errors, or `'pending'` for a request that never settles. */
export type MockResponse = { data?: unknown; errors?: GraphQLFormattedError[] } | 'pending';

export type MockHandler = (operationName: string, variables: Record<string, unknown>) => MockResponse | undefined;

export interface MockCall {
  kind: OperationType;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface MockClient {
  client: Client;
  /** every operation executed, in order */
  calls: MockCall[];
}

/**
 * A stand-in urql client for component tests: each query and mutation is answered synchronously by
 * the handlers (by operation name). An unhandled operation stays pending, so a test sees the loading
 * state rather than invented data.
 */
export function createMockClient(handlers: { query?: MockHandler; mutation?: MockHandler }): MockClient {
  const calls: MockCall[] = [];

  const answer = (kind: OperationType, handler: MockHandler | undefined) =>
    (request: GraphQLRequest<unknown, AnyVariables>, context?: Partial<OperationContext>): Source<OperationResult> => {
      const operationName = getOperationName(request.query) ?? '';
      const variables = (request.variables ?? {}) as Record<string, unknown>;
      calls.push({ kind, operationName, variables });
      const response = handler?.(operationName, variables);
      if (response === undefined || response === 'pending') return never;
      const operation = makeOperation(kind, request, {
        url: '/graphql',
        requestPolicy: 'cache-first',
        ...context,
      } as OperationContext);
      const result = fromValue(
        makeResult(operation, {
          data: (response.data ?? null) as Record<string, unknown> | null,
          ...(response.errors ? { errors: response.errors as never } : {}),
        }),
      );
      // a query stays open like a real client's (a completed source would make urql drop its error);
      // a mutation settles with its one result
      return kind === 'query' ? concat([result, never]) : result;
    };

  const client = {
    suspense: false,
    executeQuery: answer('query', handlers.query),
    executeMutation: answer('mutation', handlers.mutation),
    executeSubscription: () => never,
  } as unknown as Client;

  return { client, calls };
}
