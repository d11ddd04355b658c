/**
 * A fund round as an optimisation problem: the prepared initiatives (their requested amount split over
 * the years, their staff hours, score and NPV) and the round's budgets become `PortfolioProblem`
 * items, capacities and named constraints, for the chosen objective. The API runs it for the ranking
 * board and the scenarios; the browser can run the very same problem in a worker.
 */
import type { BudgetYearAmount } from './ranking-budget-line.js';
import { rankingValues } from './ranking.js';
import { capacityTolerance, type PortfolioProblem } from './optimise-model.js';
import { efficientFrontier } from './frontier.js';
import { optimisePortfolio } from './optimise.js';
import type { EligibilityStatus } from './assessment-score.js';

/** What the round's optimisation maximises: the weighted score, the NPV, or a blend of both normalised. */
export type OptimisationObjective = 'SCORE' | 'NPV' | 'BLEND';

export interface RoundItem {
  id: string;
  /** kronor asked of the fund */
  requestedAmount: number;
  /** the requested amount per year (see `splitByYear`) */
  amountsByYear: readonly BudgetYearAmount[];
  /** internal staff hours per year */
  staffHoursByYear: readonly BudgetYearAmount[];
  /** weighted score 0–100, null while incomplete */
  score: number | null;
  npv: number | null;
  npvPerKrona?: number | null;
  eligibility: EligibilityStatus;
}

export interface RoundSettings {
  objective: OptimisationObjective;
  /** BLEND: weight of the normalised score (0–1), default 0.5 */
  blendWeight?: number | null;
  /** the total budget, kronor */
  budget: number;
  /** the round's budget per year (used when `useYearlyBudgets`) */
  yearlyBudgets: readonly BudgetYearAmount[];
  /** staff hours available per year (used when `useStaffCapacity`) */
  staffCapacity: readonly BudgetYearAmount[];
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  /** NOT_ELIGIBLE items are forced out (INCOMPLETE ones are not: they may still become eligible) */
  onlyEligible: boolean;
  forcedIn: readonly string[];
  forcedOut: readonly string[];
  timeLimitSeconds?: number | null;
}

export type RoundConstraintKind = 'BUDGET' | 'YEAR_BUDGET' | 'STAFF';

export interface RoundConstraint {
  /** "budget", "budget-2028", "staff-2028" */
  key: string;
  kind: RoundConstraintKind;
  year: number | null;
  /** Swedish: "Budget", "Budget 2028", "Personaltimmar 2028" */
  label: string;
}

export interface RoundProblem {
  problem: PortfolioProblem;
  constraints: RoundConstraint[];
  /** the objective value of each item, by id */
  values: Map<string, number>;
  /** items forced out because they are not eligible */
  ineligible: string[];
}

export const ROUND_LIMITS = { timeLimitDefault: 10, timeLimitMax: 60, itemsMax: 2000 } as const;

/**
 * The value each item brings under the objective. SCORE: the weighted score (0–100; an item without a
 * complete score brings 0). NPV: the NPV in kronor (an item without a calculation brings 0; a negative
 * NPV never helps). BLEND: α·normalised score + (1 − α)·normalised NPV, × 100 (items lacking a figure
 * bring 0), the same blend the ranking uses.
 */
export function objectiveValues(items: readonly RoundItem[], objective: OptimisationObjective, blendWeight?: number | null): number[] {
  if (objective === 'SCORE') return items.map((i) => (i.score !== null && Number.isFinite(i.score) ? i.score : 0));
  if (objective === 'NPV') return items.map((i) => (i.npv !== null && Number.isFinite(i.npv) ? i.npv : 0));
  const blend = rankingValues(
    items.map((i) => ({ id: i.id, score: i.score, npv: i.npv, npvPerKrona: i.npvPerKrona ?? null, amount: i.requestedAmount })),
    'BLEND',
    { blendWeight: blendWeight ?? 0.5 },
  );
  return blend.map((v) => (v === null ? 0 : Math.round(v * 100 * 1e6) / 1e6));
}

const amountIn = (amounts: readonly BudgetYearAmount[], year: number) => amounts.reduce((s, a) => (a.year === year ? s + a.amount : s), 0);

/**
 * Builds the optimisation problem of a round: constraint 0 is the total budget, then one per year with a
 * yearly budget (when used), then one per year with staff capacity (when used).
 */
export function roundProblem(items: readonly RoundItem[], settings: RoundSettings): RoundProblem {
  const constraints: RoundConstraint[] = [{ key: 'budget', kind: 'BUDGET', year: null, label: 'Budget' }];
  const capacities: number[] = [settings.budget];
  const yearly = settings.useYearlyBudgets ? [...settings.yearlyBudgets].sort((a, b) => a.year - b.year) : [];
  for (const y of yearly) {
    constraints.push({ key: `budget-${y.year}`, kind: 'YEAR_BUDGET', year: y.year, label: `Budget ${y.year}` });
    capacities.push(y.amount);
  }
  const staff = settings.useStaffCapacity ? [...settings.staffCapacity].sort((a, b) => a.year - b.year) : [];
  for (const y of staff) {
    constraints.push({ key: `staff-${y.year}`, kind: 'STAFF', year: y.year, label: `Personaltimmar ${y.year}` });
    capacities.push(y.amount);
  }
  const values = objectiveValues(items, settings.objective, settings.blendWeight);
  const forcedIn = new Set(settings.forcedIn);
  const forcedOut = new Set(settings.forcedOut);
  const ineligible: string[] = [];
  const problemItems = items.map((item, k) => {
    const weights = [
      item.requestedAmount,
      ...yearly.map((y) => amountIn(item.amountsByYear, y.year)),
      ...staff.map((y) => amountIn(item.staffHoursByYear, y.year)),
    ];
    let forced: 'in' | 'out' | undefined;
    if (forcedOut.has(item.id)) forced = 'out';
    else if (forcedIn.has(item.id)) forced = 'in';
    else if (settings.onlyEligible && item.eligibility === 'NOT_ELIGIBLE') {
      forced = 'out';
      ineligible.push(item.id);
    }
    return { id: item.id, value: values[k] ?? 0, weights, ...(forced ? { forced } : {}) };
  });
  const problem: PortfolioProblem = {
    items: problemItems,
    capacities,
    constraintNames: constraints.map((c) => c.label),
    timeLimitSeconds: Math.min(settings.timeLimitSeconds ?? ROUND_LIMITS.timeLimitDefault, ROUND_LIMITS.timeLimitMax),
  };
  return { problem, constraints, values: new Map(items.map((i, k) => [i.id, values[k] ?? 0])), ineligible };
}

/**
 * Splits a whole-kronor amount over years in proportion to `weights` (e.g. the one-off costs per year of
 * the calculation), in whole kronor by the largest remainder, so the parts add up exactly. Years with a
 * zero or negative weight get nothing; without any positive weight the whole amount falls in
 * `fallbackYear`.
 */
export function splitByYear(amount: number, weights: readonly BudgetYearAmount[], fallbackYear: number): BudgetYearAmount[] {
  const byYear = new Map<number, number>();
  for (const w of weights) if (Number.isFinite(w.amount) && w.amount > 0) byYear.set(w.year, (byYear.get(w.year) ?? 0) + w.amount);
  const total = [...byYear.values()].reduce((s, x) => s + x, 0);
  if (amount <= 0) return [];
  if (total <= 0) return [{ year: fallbackYear, amount }];
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const exact = years.map((y) => (amount * (byYear.get(y) ?? 0)) / total);
  const parts = exact.map((x) => Math.floor(x));
  let left = amount - parts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, k) => ({ k, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.k - b.k);
  for (const { k } of order) {
    if (left <= 0) break;
    parts[k] = (parts[k] ?? 0) + 1;
    left -= 1;
  }
  return years.map((year, k) => ({ year, amount: parts[k] ?? 0 })).filter((p) => p.amount > 0);
}

/** Σ of the selected items' amounts per year, in year order. */
export function amountsPerYear(items: readonly { id: string; amountsByYear: readonly BudgetYearAmount[] }[], selected: Iterable<string>): BudgetYearAmount[] {
  const chosen = new Set(selected);
  const byYear = new Map<number, number>();
  for (const item of items) {
    if (!chosen.has(item.id)) continue;
    for (const a of item.amountsByYear) byYear.set(a.year, (byYear.get(a.year) ?? 0) + a.amount);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}

/** What a ranking funds when the fund is spent down it: see `fundedAlongOrder`. */
export interface OrderFunding {
  /** funded, in the order's order */
  selected: string[];
  /** passed over because they are forced out (e.g. not eligible) */
  skipped: string[];
  /** the first item that would break a capacity: where the line is drawn; null when everything fits */
  breakId: string | null;
  /** the capacity it would break (index into the problem's capacities) */
  breakConstraintIndex: number | null;
}

/**
 * The selection a ranking stands for under the same rules the optimiser obeys, so the two can be
 * compared fairly: walking down `order`, items forced out (not eligible, or taken out by hand) are passed
 * over, and the line is drawn at the first item that would break any capacity of the problem (the total
 * budget, a yearly budget, staff hours). Ids that are not items of the problem are ignored. The result is
 * always within every capacity, so its value never exceeds the optimum's.
 */
export function fundedAlongOrder(order: readonly string[], problem: PortfolioProblem): OrderFunding {
  const byId = new Map(problem.items.map((i) => [i.id, i]));
  const used = problem.capacities.map(() => 0);
  const selected: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const id of order) {
    const item = byId.get(id);
    if (!item || seen.has(id)) continue;
    seen.add(id);
    if (item.forced === 'out') {
      skipped.push(id);
      continue;
    }
    const next = used.map((u, k) => u + (item.weights[k] ?? 0));
    const broken = next.findIndex((u, k) => {
      const capacity = problem.capacities[k] ?? 0;
      return u > capacity + capacityTolerance(capacity, u);
    });
    if (broken >= 0) return { selected, skipped, breakId: id, breakConstraintIndex: broken };
    next.forEach((u, k) => (used[k] = u));
    selected.push(id);
  }
  return { selected, skipped, breakId: null, breakConstraintIndex: null };
}

/** One budget level of a round's efficient frontier. */
export interface RoundFrontierPoint {
  budget: number;
  /** the best value at this budget; null when nothing satisfies the constraints */
  value: number | null;
  selectedCount: number;
  /** OPTIMAL: proven; FEASIBLE: the best found in the time limit; INFEASIBLE; UNKNOWN: nothing found in time */
  status: 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';
}

/**
 * The efficient frontier of a round: its problem (`roundProblem`) solved exactly at each budget in turn
 * (the total budget is the swept capacity), reporting after each one. The API and the browser's Web
 * Worker both compute it with this function.
 */
export async function roundFrontier(
  items: readonly RoundItem[],
  settings: RoundSettings,
  budgets: readonly number[],
  onProgress?: (done: number, total: number) => void,
): Promise<RoundFrontierPoint[]> {
  const { problem } = roundProblem(items, settings);
  const points = await efficientFrontier(problem, budgets, (p) => optimisePortfolio(p, { explain: 'fast' }), onProgress ? { onProgress } : {});
  return points.map((p) => ({
    budget: p.budget,
    value: p.value,
    selectedCount: p.selected.length,
    status: p.feasible ? (/optimal/i.test(p.status) ? 'OPTIMAL' : 'FEASIBLE') : /infeas/i.test(p.status) ? 'INFEASIBLE' : 'UNKNOWN',
  }));
}
