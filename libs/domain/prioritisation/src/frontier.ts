/**
 * Effektiv front: the best value the fund can buy at each budget level, by solving the portfolio
 * problem once per budget with an injected optimiser (in the app the exact `optimisePortfolio`; in
 * tests a brute force). Only the capacity being swept changes (by default index 0, the total budget);
 * the other capacities (yearly budgets, staff), forced items, dependencies and exclusions stay as given.
 *
 * Guarantees of the result: points sorted by budget ascending, one per distinct budget, and a value
 * that never decreases with the budget. An exact optimiser gives that by itself (a larger budget keeps
 * every earlier selection feasible); if an optimiser returns less at a larger budget (a time limit, a
 * heuristic), the previous point's selection is kept instead, because it is still feasible, and the
 * point is marked `carried`. Budgets at which the problem is infeasible (e.g. the forced items cost
 * more) have `value: null` and come first.
 *
 * The value of a point is recomputed as the sum of the selected items' values (in item order, so the
 * same selection always gives the same number); the optimiser's own objective is kept as `objective`.
 */

/** What the frontier reads of an item; further fields (e.g. `forced: 'in' | 'out'`) pass through to the optimiser. */
export interface FrontierItem {
  id: string;
  value: number;
  /** use per capacity (index 0: the requested amount against the total budget) */
  weights: readonly number[];
}

/**
 * What the frontier reads of the optimiser's problem (`PortfolioProblem` fits); any further fields
 * (requires, excludes, constraint names, time limit) pass through unchanged.
 */
export interface FrontierProblem {
  items: readonly FrontierItem[];
  capacities: readonly number[];
}

export interface FrontierSolution {
  status: string;
  objective: number | null;
  selected: readonly string[];
}

export type FrontierOptimiser<P extends FrontierProblem> = (problem: P) => Promise<FrontierSolution>;

export interface FrontierOptions {
  /** the capacity swept; default 0 */
  dimension?: number;
  /** called after each solved budget (for a progress bar) */
  onProgress?: (done: number, total: number) => void;
  /**
   * Whether a solution is feasible. Default: the status (case-insensitive) does not mention
   * infeasible, unbounded, unknown, error or failure: `optimisePortfolio`'s 'optimal' and 'feasible'
   * count, its 'infeasible' and 'unknown' (no solution found in the time limit) do not.
   */
  isFeasible?: (solution: FrontierSolution) => boolean;
}

export interface FrontierPoint {
  budget: number;
  /** Σ value of the selected items; null when infeasible at this budget */
  value: number | null;
  selected: string[];
  /** Σ use of the swept capacity by the selected items */
  amount: number;
  /** the optimiser's status for this budget */
  status: string;
  /** the optimiser's reported objective */
  objective: number | null;
  feasible: boolean;
  /** the optimiser returned less than at a smaller budget; the smaller budget's selection is shown */
  carried: boolean;
}

const defaultIsFeasible = (s: FrontierSolution) => !/infeas|unbounded|unknown|error|fail/i.test(s.status);

/**
 * `budgetSweep(total, steps)`: steps + 1 budgets from 0 to `total` in equal steps, rounded to whole
 * kronor, ascending and without repeats (a small total can give fewer). Throws a RangeError for a
 * negative or non-finite total or steps that are not a positive integer.
 */
export function budgetSweep(total: number, steps: number): number[] {
  if (!Number.isFinite(total) || total < 0) throw new RangeError('budgetSweep: total must be finite and ≥ 0');
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError('budgetSweep: steps must be a positive integer');
  const out: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const b = k === steps ? Math.round(total) : Math.round((total * k) / steps);
    if (out[out.length - 1] !== b) out.push(b);
  }
  return out;
}

/** The efficient frontier (see the top of this file). Solves the budgets one after the other. */
export async function efficientFrontier<P extends FrontierProblem>(
  problem: P,
  budgets: readonly number[],
  optimise: FrontierOptimiser<P>,
  options: FrontierOptions = {},
): Promise<FrontierPoint[]> {
  const dimension = options.dimension ?? 0;
  if (!Number.isInteger(dimension) || dimension < 0 || dimension >= problem.capacities.length)
    throw new RangeError('efficientFrontier: dimension must index one of the capacities');
  for (const b of budgets) if (!Number.isFinite(b) || b < 0) throw new RangeError('efficientFrontier: budgets must be finite and ≥ 0');
  const isFeasible = options.isFeasible ?? defaultIsFeasible;
  const sorted = [...new Set(budgets)].sort((a, b) => a - b);

  const points: FrontierPoint[] = [];
  let best: FrontierPoint | null = null;
  for (const [k, budget] of sorted.entries()) {
    const capacities = problem.capacities.map((c, i) => (i === dimension ? budget : c));
    const solution = await optimise({ ...problem, capacities });
    const feasible = isFeasible(solution);
    const chosen = new Set(solution.selected);
    let value = 0;
    let amount = 0;
    for (const item of problem.items) {
      if (!chosen.has(item.id)) continue;
      value += item.value;
      amount += item.weights[dimension] ?? 0;
    }
    let point: FrontierPoint = {
      budget,
      value: feasible ? value : null,
      selected: feasible ? problem.items.filter((i) => chosen.has(i.id)).map((i) => i.id) : [],
      amount: feasible ? amount : 0,
      status: solution.status,
      objective: solution.objective,
      feasible,
      carried: false,
    };
    if (best && best.value !== null && (point.value === null || point.value < best.value)) {
      point = { ...point, value: best.value, selected: [...best.selected], amount: best.amount, feasible: true, carried: true };
    }
    if (point.value !== null && (!best || best.value === null || point.value >= best.value)) best = point;
    points.push(point);
    options.onProgress?.(k + 1, sorted.length);
  }
  return points;
}

/**
 * The best value on the frontier at a budget: the value of the last feasible point whose budget is at
 * most `budget` (the frontier is a step function between the solved budgets); null below the first
 * feasible point. With it the board can show what a manual order costs against the optimum.
 */
export function frontierValueAt(points: readonly FrontierPoint[], budget: number): number | null {
  let value: number | null = null;
  for (const p of points) {
    if (p.budget > budget) break;
    if (p.value !== null) value = p.value;
  }
  return value;
}
