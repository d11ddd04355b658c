import { useSearchParams } from 'react-router';

/** The address parameter that names the round a page shows. */
export const ROUND_PARAM = 'round';

/** What choosing a default round needs of a fund round. */
export interface RoundLike {
  year: number;
  status: string;
}

/** The round a page opens on: the open round with the highest year, else the latest round. */
export function defaultFundRound<R extends RoundLike>(rounds: ReadonlyArray<R>): R | undefined {
  const byYear = [...rounds].sort((a, b) => b.year - a.year);
  return byYear.find((r) => r.status === 'OPEN') ?? byYear[0];
}

/**
 * The round a page shows, kept in the address (`?round=<id>`, so a link opens the same round): the
 * round named there, else the default round; `selectRound` changes it without a new history entry.
 */
export function useRoundFromAddress<R extends RoundLike & { id: string }>(rounds: ReadonlyArray<R>): { round: R | undefined; selectRound: (id: string | null) => void } {
  const [params, setParams] = useSearchParams();
  const round = rounds.find((r) => r.id === params.get(ROUND_PARAM)) ?? defaultFundRound(rounds);
  const selectRound = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(ROUND_PARAM, id);
        return next;
      },
      { replace: true },
    );
  return { round, selectRound };
}
