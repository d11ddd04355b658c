import { Client, fetchExchange } from '@urql/core';
import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import introspection from '../gql/introspection.json';
import { cacheConfig } from './cache-config';

export interface CreateUrqlClientOptions {
  /** GraphQL endpoint; the API serves it on the same origin as the web client */
  url?: string;
  /** a fetch implementation (tests pass a fake) */
  fetch?: typeof fetch;
}

/** The web client's urql client: schema-aware graphcache in front of plain HTTP POST with JSON. */
export function createUrqlClient(options: CreateUrqlClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: [cacheExchange({ ...cacheConfig, schema: introspection as CacheExchangeOpts['schema'] }), fetchExchange],
    preferGetMethod: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
