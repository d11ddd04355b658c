import { useQuery } from 'urql';
import type { ReferenceDataQuery as ReferenceDataResult } from '@dp/web/data-access';
import { ReferenceDataQuery } from './operations';

export type ReferenceData = ReferenceDataResult;
export type FundRoundOption = ReferenceData['fundRounds'][number];

/** Departments, goal areas and fund rounds (cached by graphcache, shared by the list and the form). */
export function useReferenceData() {
  const [result, reexecute] = useQuery({ query: ReferenceDataQuery });
  return {
    data: result.data,
    loading: !result.data && !result.error,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** The round a list opens on: the open round with the highest year, else the latest round. */
export { defaultFundRound } from '@dp/web/data-access';
