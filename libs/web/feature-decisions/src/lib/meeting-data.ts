import { useMemo } from 'react';
import { useQuery } from 'urql';
import { readGraphQLError, type AgendaItemFieldsFragment, type MeetingQuery as MeetingData } from '@dp/web/data-access';
import type { DecisionItem, DecisionRound } from './decision-form';
import { horizonOf, type YearAmountData } from './decision-model';
import { MeetingPortfolioSplitQuery, MeetingQuery } from './operations';

export type Meeting = MeetingData['meeting'];

/** The meeting (cached at once, then the latest), whether it does not exist, and a way to read it again. */
export function useMeetingData(meetingId: string) {
  const [result, reexecute] = useQuery({ query: MeetingQuery, variables: { id: meetingId }, requestPolicy: 'cache-and-network' });
  return {
    meeting: result.data?.meeting ?? null,
    error: result.error ?? null,
    notFound: readGraphQLError(result.error)?.kind === 'not-found',
    reload: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/**
 * The requested amounts per year of the round's prepared initiatives, split by their calculations'
 * one-off costs (the split the API makes for a grant without one), by initiative id.
 */
export function useSplitWeights(fundRoundId: string, pause: boolean): ReadonlyMap<string, YearAmountData[]> {
  const [result] = useQuery({ query: MeetingPortfolioSplitQuery, variables: { fundRoundId }, pause });
  const items = result.data?.portfolio.items;
  return useMemo(() => new Map((items ?? []).map((i) => [i.initiative.id, i.amountsByYear.map((a) => ({ year: a.year, amount: a.amount }))])), [items]);
}

/** What the decision form needs of the meeting's round. */
export function decisionRoundOf(meeting: Meeting): DecisionRound {
  const round = meeting.fundRound;
  return {
    year: round.year,
    delegation: round.delegation,
    horizonYears: horizonOf(round.calculationParameters),
    budgetYears: round.commitment.byYear.map((y) => y.year),
    remaining: round.commitment.remaining,
  };
}

/** What the decision form needs of an agenda item. */
export function decisionItemOf(item: AgendaItemFieldsFragment, weights: ReadonlyMap<string, YearAmountData[]>): DecisionItem {
  const { initiative } = item;
  return {
    initiative: {
      id: initiative.id,
      title: initiative.title,
      requestedAmount: initiative.requestedAmount,
      version: initiative.version,
      requiredSignatory: initiative.requiredSignatory,
    },
    splitWeights: weights.get(initiative.id) ?? null,
  };
}
