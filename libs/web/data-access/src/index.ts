export { graphql } from './gql';
export type * from './gql/graphql';
export { createUrqlClient, type CreateUrqlClientOptions } from './lib/client';
export { cacheConfig, invalidateInitiativeLists } from './lib/cache-config';
export { readGraphQLError, type GraphQLFailure, type ServerFieldError } from './lib/graphql-errors';
export { createMockClient, type MockClient, type MockHandler, type MockResponse, type MockCall } from './lib/mock-client';
