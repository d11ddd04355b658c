import { inject } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@dp/api/database/testing';
import { createApp } from '../bootstrap.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  baseUrl: string;
  /** sends one GraphQL operation over HTTP, as the browser does */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** SQL statements executed since the last reset */
  queries: string[];
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real Nest app on a fresh database cloned from the migrated template, listening on a free port. */
export async function startTestApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDatabase(inject('pgServerUrl'), { demo: options.demo ?? true });
  const queries: string[] = [];
  const app = await createApp({
    databaseUrl: db.url,
    logLevel: 'silent',
    prettyLogs: false,
    onQuery: (line) => {
      if (line.includes('[query]')) queries.push(line);
    },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    queries,
    databaseUrl: db.url,
    async gql(query, variables) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
