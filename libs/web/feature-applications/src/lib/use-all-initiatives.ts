import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { InitiativeFilter, InitiativeListQuery as InitiativeListResult, InitiativeStatus } from '@dp/web/data-access';
import { InitiativeListQuery } from './operations';

/** Page size when reading a round's initiatives; a round has a few hundred at most. */
export const INITIATIVES_PAGE_SIZE = 100;

export type InitiativeRow = InitiativeListResult['initiatives']['edges'][number]['node'];

export interface InitiativeListFilter {
  fundRoundId: string | null;
  departmentId: string | null;
  status: InitiativeStatus | null;
}

const none: InitiativeRow[] = [];

/**
 * Every initiative of a round matching the filter, so the table sorts the whole round on the client.
 * It asks for the next page (`after: endCursor`) until `hasNextPage` is false; graphcache's
 * relayPagination merges the pages of one filter into one list (see the data-access cache config), so
 * each result holds all pages read so far. Nothing is asked before a round is chosen.
 */
export function useAllInitiatives({ fundRoundId, departmentId, status }: InitiativeListFilter) {
  const filterKey = `${fundRoundId}|${departmentId}|${status}`;
  const [cursor, setCursor] = useState<{ filterKey: string; after: string | null }>({ filterKey, after: null });
  const after = cursor.filterKey === filterKey ? cursor.after : null;

  const variables = useMemo(() => {
    const filter: InitiativeFilter = {};
    if (fundRoundId) filter.fundRoundId = fundRoundId;
    if (departmentId) filter.departmentId = departmentId;
    if (status) filter.status = status;
    return { filter, first: INITIATIVES_PAGE_SIZE, after };
  }, [fundRoundId, departmentId, status, after]);
  const paused = !fundRoundId;
  const [result, reexecute] = useQuery({ query: InitiativeListQuery, variables, pause: paused });

  const connection = paused ? undefined : result.data?.initiatives;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  useEffect(() => {
    if (!result.fetching && hasNextPage && endCursor && endCursor !== after) {
      setCursor({ filterKey, after: endCursor });
    }
  }, [result.fetching, hasNextPage, endCursor, after, filterKey]);

  const initiatives = useMemo(() => connection?.edges.map((edge) => edge.node) ?? none, [connection]);

  return {
    initiatives,
    totalCount: connection?.totalCount ?? 0,
    /** the first page is still on its way */
    loading: !paused && !connection && !result.error,
    /** more pages are being read */
    loadingMore: Boolean(connection && hasNextPage),
    error: paused ? undefined : result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
