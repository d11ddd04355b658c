import type { ScenarioView, YearAmountView } from './types';

/** The search parameter of the comparison: `?compare=id1,id2[,id3]`. */
export const COMPARE_PARAM = 'compare';
/** At most this many scenarios are compared side by side. */
export const MAX_COMPARED = 3;
/** The letters the compared scenarios go by, in the order they were chosen. */
export const SCENARIO_LETTERS = ['A', 'B', 'C'] as const;

/** The scenario ids of `?compare=`: trimmed, without repeats or empties, at most three. */
export function parseCompareParam(value: string | null): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const raw of value.split(',')) {
    const id = raw.trim();
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, MAX_COMPARED);
}

/** The value of `?compare=` for these ids. */
export function compareParam(ids: readonly string[]): string {
  return ids.slice(0, MAX_COMPARED).join(',');
}

/**
 * How an initiative's place differs between the compared scenarios: only in one of them, in all but
 * one (three scenarios), in all, or in none. `index` is the scenario's position (its letter).
 */
export type Difference = { kind: 'only'; index: number } | { kind: 'notIn'; index: number } | { kind: 'all' } | { kind: 'none' };

export interface MembershipRow {
  id: string;
  /** null for an id a scenario funds that is no longer in the portfolio */
  title: string | null;
  /** per compared scenario (in their order): funded or not */
  included: boolean[];
  difference: Difference;
}

function differenceOf(included: readonly boolean[]): Difference {
  const count = included.filter(Boolean).length;
  if (count === included.length) return { kind: 'all' };
  if (count === 0) return { kind: 'none' };
  if (count === 1) return { kind: 'only', index: included.indexOf(true) };
  if (count === included.length - 1) return { kind: 'notIn', index: included.indexOf(false) };
  // not reached with two or three scenarios
  return { kind: 'only', index: included.indexOf(true) };
}

const GROUP_ORDER: Record<Difference['kind'], number> = { only: 0, notIn: 0, all: 1, none: 2 };

/**
 * One row per portfolio item (and per funded id that is no longer in the portfolio), saying in which
 * of the compared scenarios it is funded. Sorted with the differences first (grouped by the scenario
 * they concern, A before B), then the ones in all, then the ones in none; within a group in the
 * portfolio's order.
 */
export function membershipRows(scenarios: readonly Pick<ScenarioView, 'result'>[], items: readonly { id: string; title: string }[]): MembershipRow[] {
  const selected = scenarios.map((s) => new Set(s.result.selected));
  const rows: MembershipRow[] = [];
  const seen = new Set<string>();
  const add = (id: string, title: string | null) => {
    if (seen.has(id)) return;
    seen.add(id);
    const included = selected.map((set) => set.has(id));
    rows.push({ id, title, included, difference: differenceOf(included) });
  };
  for (const item of items) add(item.id, item.title);
  for (const scenario of scenarios) for (const id of scenario.result.selected) add(id, null);
  const position = new Map(rows.map((r, i) => [r.id, i]));
  const detail = (d: Difference) => (d.kind === 'only' ? d.index * 2 : d.kind === 'notIn' ? d.index * 2 + 1 : 0);
  return rows.sort(
    (a, b) =>
      GROUP_ORDER[a.difference.kind] - GROUP_ORDER[b.difference.kind] ||
      detail(a.difference) - detail(b.difference) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

export interface YearRow {
  year: number;
  /** the cost of each compared scenario in the year (0 when it has none) */
  amounts: number[];
  /** the round's budget for the year, null without one */
  budget: number | null;
}

/** The years of the scenarios' costs and of the yearly budgets, ascending, with each scenario's cost. */
export function yearRows(scenarios: readonly Pick<ScenarioView, 'result'>[], yearlyBudgets: readonly YearAmountView[]): YearRow[] {
  const years = new Set<number>();
  for (const s of scenarios) for (const y of s.result.costByYear) years.add(y.year);
  for (const y of yearlyBudgets) years.add(y.year);
  const amountIn = (list: readonly YearAmountView[], year: number) => list.filter((y) => y.year === year).reduce((sum, y) => sum + y.amount, 0);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      amounts: scenarios.map((s) => amountIn(s.result.costByYear, year)),
      budget: yearlyBudgets.some((y) => y.year === year) ? amountIn(yearlyBudgets, year) : null,
    }));
}

/** The scenarios of `ids` that exist, in the order of `ids`. */
export function comparedScenarios<S extends { id: string }>(scenarios: readonly S[], ids: readonly string[]): S[] {
  return ids.map((id) => scenarios.find((s) => s.id === id)).filter((s): s is S => s !== undefined);
}
