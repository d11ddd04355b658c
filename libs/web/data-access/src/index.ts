export { graphql } from './gql';
export type * from './gql/graphql';
export { createUrqlClient, isUnauthenticated, type CreateUrqlClientOptions } from './lib/client';
export { cacheConfig, invalidateInitiativeLists } from './lib/cache-config';
export { readGraphQLError, type ForbiddenReason, type GraphQLFailure, type ServerFieldError } from './lib/graphql-errors';
export { createMockClient, type MockClient, type MockHandler, type MockResponse, type MockCall } from './lib/mock-client';
export { MeDocument, LoginDocument, LogoutDocument } from './lib/session-operations';
export {
  actorOf,
  creatableDepartmentIds,
  mayCreateInitiatives,
  useSessionQuery,
  CurrentUserProvider,
  useCurrentUser,
  type SessionUser,
  type SessionState,
  type CurrentUser,
} from './lib/session';
export { SessionClientProvider, useSessionControl, type SessionClientOptions, type SessionControl } from './lib/client-provider';
export { defaultFundRound, useRoundFromAddress, ROUND_PARAM, type RoundLike } from './lib/fund-rounds';
