import type { AddressInfo } from 'node:net';
import { createTestDatabase, testPostgresUrl } from '@dp/api/database/testing';
import type { MailOptions } from '@dp/api/decisions';
import { createApp } from '../bootstrap.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type Gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** A browser-like client with its own session cookie. */
export interface Session {
  gql: Gql;
  cookie: string;
}

export interface TestApp {
  baseUrl: string;
  /** sends one GraphQL operation over HTTP without a session, as the browser does */
  gql: Gql;
  /** signs in (demo users have the password `demo`) and returns a client with that session */
  login(email: string, password?: string): Promise<Session>;
  /** SQL statements executed since the last reset */
  queries: string[];
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real Nest app on a fresh database cloned from the migrated template, listening on a free port. */
export async function startTestApp(options: { demo?: boolean; mail?: MailOptions } = {}): Promise<TestApp> {
  const db = await createTestDatabase(testPostgresUrl(), { demo: options.demo ?? true });
  const queries: string[] = [];
  const app = await createApp({
    databaseUrl: db.url,
    logLevel: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    prettyLogs: false,
    ...(options.mail ? { mail: options.mail } : {}),
    onQuery: (line) => {
      if (line.includes('[query]')) queries.push(line);
    },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const send = async (query: string, variables: Record<string, unknown> | undefined, cookie?: string) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as GraphQLResponse<never> };
  };
  return {
    baseUrl,
    queries,
    databaseUrl: db.url,
    gql: async (query, variables) => (await send(query, variables)).body,
    async login(email, password = 'demo') {
      const { res, body } = await send('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: password });
      const setCookie = res.headers.get('set-cookie');
      if (body.errors || !setCookie) throw new Error(`login as ${email} failed: ${JSON.stringify(body.errors)}`);
      const cookie = setCookie.split(';')[0] as string;
      return { cookie, gql: async (query, variables) => (await send(query, variables, cookie)).body };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
