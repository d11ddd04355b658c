import type { Status } from './workflow.js';

/** One stay in a state: entered at, left at (null while still there). ISO timestamps. */
export interface StatusInterval {
  status: Status;
  enteredAt: string;
  leftAt: string | null;
}

/** Milliseconds spent in each state, summed over repeated stays; an open stay counts until `now`. */
export function timeInStatuses(intervals: readonly StatusInterval[], now: Date): Partial<Record<Status, number>> {
  const out: Partial<Record<Status, number>> = {};
  for (const i of intervals) {
    const end = i.leftAt ? Date.parse(i.leftAt) : now.getTime();
    const ms = Math.max(0, end - Date.parse(i.enteredAt));
    out[i.status] = (out[i.status] ?? 0) + ms;
  }
  return out;
}

function firstEntry(intervals: readonly StatusInterval[], statuses: readonly Status[]): number | null {
  const hits = intervals.filter((i) => statuses.includes(i.status)).map((i) => Date.parse(i.enteredAt));
  return hits.length ? Math.min(...hits) : null;
}

export interface LeadTimes {
  /** submission (anchored) → prepared: the portfolio office's statement */
  submittedToPreparedMs: number | null;
  /** prepared → decision */
  preparedToDecisionMs: number | null;
  /** submission → decision */
  submittedToDecisionMs: number | null;
}

/** Lead times of the review: submission → statement → decision (first time each was reached). */
export function leadTimes(intervals: readonly StatusInterval[]): LeadTimes {
  const submitted = firstEntry(intervals, ['SUBMITTED']);
  const prepared = firstEntry(intervals, ['PREPARED']);
  const decided = firstEntry(intervals, ['GRANTED', 'REJECTED', 'DEFERRED']);
  const diff = (a: number | null, b: number | null) => (a !== null && b !== null && b >= a ? b - a : null);
  return {
    submittedToPreparedMs: diff(submitted, prepared),
    preparedToDecisionMs: diff(prepared, decided),
    submittedToDecisionMs: diff(submitted, decided),
  };
}
