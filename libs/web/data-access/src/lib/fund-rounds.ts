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
