import { describe, expect, it } from '@jest/globals';
import { gql } from '@urql/core';
import { createUrqlClient } from './client';

const ListQuery = gql`
  query List($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          requestedAmount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CreateMutation = gql`
  mutation Create($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
      title
      requestedAmount
    }
  }
`;

interface Body {
  operationName?: string;
  variables: Record<string, unknown>;
}

/** A fake API: initiatives in pages of two, and createInitiative appending one. */
function fakeApi() {
  const rows = [
    { id: '1', title: 'Ett', requestedAmount: 100 },
    { id: '2', title: 'Två', requestedAmount: 200 },
    { id: '3', title: 'Tre', requestedAmount: 300 },
  ];
  const requests: Body[] = [];
  const fetch = async (_url: unknown, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as Body;
    requests.push(body);
    let data: unknown;
    if (body.operationName === 'List') {
      const after = body.variables['after'] as string | null;
      const start = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
      const page = rows.slice(start, start + 2);
      data = {
        initiatives: {
          __typename: 'InitiativeConnection',
          totalCount: rows.length,
          edges: page.map((r) => ({ __typename: 'InitiativeEdge', cursor: r.id, node: { __typename: 'Initiative', ...r } })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: start + 2 < rows.length, endCursor: page.at(-1)?.id ?? null },
        },
      };
    } else {
      const input = body.variables['input'] as { title: string; requestedAmount: number };
      const created = { id: String(rows.length + 1), title: input.title, requestedAmount: input.requestedAmount };
      rows.push(created);
      data = { createInitiative: { __typename: 'Initiative', ...created } };
    }
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

type ListResult = { initiatives: { edges: Array<{ node: { title: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('createUrqlClient (graphcache)', () => {
  it('merges the pages of one filter into one list, and refetches lists after createInitiative', async () => {
    const api = fakeApi();
    const client = createUrqlClient({ url: 'http://api.test/graphql', fetch: api.fetch });
    const filter = { fundRoundId: 'r1' };

    const first = await client.query<ListResult>(ListQuery, { filter, first: 2, after: null }).toPromise();
    expect(first.data?.initiatives.edges.map((e) => e.node.title)).toEqual(['Ett', 'Två']);
    expect(first.data?.initiatives.pageInfo).toMatchObject({ hasNextPage: true, endCursor: '2' });

    const second = await client
      .query<ListResult>(ListQuery, { filter, first: 2, after: '2' }, { requestPolicy: 'cache-and-network' })
      .toPromise();
    // the partial result comes first; wait for the merged one from the network
    const merged = second.stale
      ? await client.query<ListResult>(ListQuery, { filter, first: 2, after: '2' }, { requestPolicy: 'cache-only' }).toPromise()
      : second;
    expect(merged.data?.initiatives.edges.map((e) => e.node.title)).toEqual(['Ett', 'Två', 'Tre']);
    expect(merged.data?.initiatives.pageInfo.hasNextPage).toBe(false);

    // requests are JSON POSTs
    expect(api.requests.map((r) => r.operationName)).toEqual(['List', 'List']);

    const created = await client.mutation(CreateMutation, { input: { title: 'Fyra', requestedAmount: 400 } }).toPromise();
    expect(created.error).toBeUndefined();

    // the cached list was invalidated: reading it again goes to the API and sees the new initiative
    const again = await client.query<ListResult>(ListQuery, { filter, first: 2, after: null }).toPromise();
    expect(api.requests.map((r) => r.operationName)).toEqual(['List', 'List', 'Create', 'List']);
    expect(again.data?.initiatives.edges.map((e) => e.node.title)).toEqual(['Ett', 'Två']);
    expect(again.data?.initiatives.pageInfo.hasNextPage).toBe(true);
  });

  it('sends the session cookie with every request, and reports an ended session (UNAUTHENTICATED)', async () => {
    const credentials: Array<RequestCredentials | undefined> = [];
    const fetch = (async (_url: unknown, init?: RequestInit) => {
      credentials.push(init?.credentials);
      const body = { data: null, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    let ended = 0;
    const client = createUrqlClient({ url: 'http://api.test/graphql', fetch, onUnauthenticated: () => (ended += 1) });

    const result = await client.query(ListQuery, { filter: {}, first: 2, after: null }).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(credentials).toEqual(['same-origin']);
    expect(ended).toBe(1);
  });
});
