import { Client, fetchExchange, mapExchange, type CombinedError } from '@urql/core';
import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import introspection from '../gql/introspection.json' with { type: 'json' };
import { cacheConfig } from './cache-config';

export interface CreateUrqlClientOptions {
  /** GraphQL endpoint; the API serves it on the same origin as the web client */
  url?: string;
  /** a fetch implementation (tests pass a fake) */
  fetch?: typeof fetch;
  /** called when the API refuses an operation with UNAUTHENTICATED (the session has ended) */
  onUnauthenticated?: () => void;
}

/** True when the API said the request has no valid session. */
export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  return Boolean(error?.graphQLErrors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'));
}

/**
 * The web client's urql client: schema-aware graphcache in front of plain HTTP POST with JSON. The
 * session is the API's HttpOnly cookie on the same origin, so every request sends credentials.
 */
export function createUrqlClient(options: CreateUrqlClientOptions = {}): Client {
  const { onUnauthenticated } = options;
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: [
      mapExchange({
        onError(error) {
          if (onUnauthenticated && isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange({ ...cacheConfig, schema: introspection as CacheExchangeOpts['schema'] }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
