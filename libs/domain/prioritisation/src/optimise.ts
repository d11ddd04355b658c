/**
 * Optimised portfolio selection with the HiGHS MILP solver (branch-and-cut, WebAssembly): which
 * initiatives to fund so that the total value is as large as possible within every budget and
 * capacity, respecting forced decisions, requirements and exclusions (the model is described in
 * `optimise-model.ts`). Besides the selection the result explains, per item, why it is in or out, and
 * for an infeasible problem which constraints conflict.
 *
 * The solver runs synchronously once loaded and blocks its thread: in the browser call this from a
 * Web Worker (see `optimise-highs.ts` for loading the WebAssembly there).
 *
 * Why the persistent HiGHS API and not `highs.solve(lpText)`: the one-shot API returns only `Status`
 * ('Optimal', 'Time limit reached', 'Interrupted' …), the objective and the columns, never the MIP dual
 * bound, so a time-limited result could not state a proven gap. The persistent `Model` (highs-js ≥ 1.15)
 * exposes `info.get('mip_dual_bound')` after a run (and the same in MIP callbacks), takes the sparse
 * matrix directly (no LP text, ids never reach the solver: columns are x0 … xn-1) and can be re-solved
 * with changed bounds for explain 'full'. `toCplexLp` still writes the same model as LP text.
 * Options: `mip_rel_gap` 0 (HiGHS's default 1e-4 would stop short of the optimum), `time_limit`,
 * `random_seed` 0, no output. Integer columns come back within 1e-6 of 0/1 and are rounded, then the
 * selection is checked again (see `repairCapacities`).
 */
import type { CallbackData, Highs, HighsCallbackMap } from 'highs';
import { resolveHighs, type HighsSource } from './optimise-highs.js';
import { addAt, at } from './optimise-util.js';
import {
  capacityTolerance,
  compileProblem,
  evaluateChosen,
  findForcedConflicts,
  greedyChosen,
  requirementClosure,
  type CompiledProblem,
  type ConstraintUsage,
  type ForcedDecision,
  type PortfolioConflict,
  type PortfolioProblem,
} from './optimise-model.js';

export { loadHighs, resolveHighs, setHighsLoader, type Highs, type HighsLoader, type HighsSource } from './optimise-highs.js';
export {
  MAX_MAGNITUDE,
  PortfolioInputError,
  capacityTolerance,
  compareWithOptimum,
  evaluateSelection,
  greedyByValuePerWeight,
  toCplexLp,
  type ConstraintUsage,
  type ForcedDecision,
  type OptimumComparison,
  type OptimumLike,
  type PortfolioConflict,
  type PortfolioInputIssue,
  type PortfolioInputIssueCode,
  type PortfolioItem,
  type PortfolioProblem,
  type Requirement,
  type SelectionEvaluation,
  type SelectionViolation,
} from './optimise-model.js';

export interface OptimiseOptions {
  /**
   * 'fast' (default): reasons from the final selection only (no further solver runs).
   * 'full': additionally one solver run per item that is not forced, giving the exact value an
   * unselected item lacks (`valueNeeded`) and the value a selected item brings (`valueLost`).
   */
  explain?: 'fast' | 'full';
  /** a HiGHS runtime or loader; default: the shared one from `loadHighs()` */
  highs?: HighsSource;
  /**
   * Called synchronously during the main solver run: at every better selection found and otherwise at
   * most every half second; with explain 'full' also before each re-solve (e.g. to post progress from
   * a Web Worker). Must not call the optimiser.
   */
  onProgress?: (progress: OptimisationProgress) => void;
  /**
   * Asked during the solver runs, often; returning true stops the main run and keeps the best selection
   * so far (status 'feasible' with its gap), or ends explain 'full' (items not reached keep no figures). In a Web Worker, read a SharedArrayBuffer flag here: the run
   * blocks the worker, so messages cannot arrive meanwhile.
   */
  shouldStop?: () => boolean;
}

/** A snapshot of the main solver run ('solve'), or of the re-solves of explain 'full' ('explain'). */
export interface OptimisationProgress {
  phase: 'solve' | 'explain';
  /** solver seconds so far (in 'explain': 0) */
  seconds: number;
  /** value of the best selection found so far (null before the first) */
  objective: number | null;
  /** proven upper bound so far (null before the first LP bound) */
  bound: number | null;
  /** (bound − objective) / max(1, |bound|) when both are known */
  gap: number | null;
  /** 'explain': items explained so far, of `toExplain` */
  explained?: number;
  toExplain?: number;
}

export type ItemDecision = 'FORCED_IN' | 'FORCED_OUT' | 'SELECTED' | 'NOT_SELECTED';

/**
 * Why an item is where it is. For an unselected item, "adding it" means adding it together with every
 * unselected item it requires (transitively) to the final selection:
 * - CAPACITY: adding it would exceed this constraint: `used` now, `needed` by it (and what it
 *   requires), `shortfall` = used + needed − capacity, the extra capacity it would need.
 * - REQUIRES: it requires `requiresId`, which is not selected (`forcedOut`: because it is forced out).
 * - EXCLUDED_BY: the selected `byId` shares an exclusion group with it (or with `via`, an item it
 *   requires).
 * - NO_VALUE: its value is not positive, so adding it never helps.
 * - FITS: none of the above; it could be added without breaking anything (only when the result is not
 *   proven optimal, or it would add nothing).
 * - REQUIRED_BY (selected items): the selected `byId` requires it.
 */
export type ExplanationReason =
  | { code: 'CAPACITY'; constraintIndex: number; constraintName: string; capacity: number; used: number; needed: number; shortfall: number }
  | { code: 'REQUIRES'; requiresId: string; forcedOut: boolean }
  | { code: 'EXCLUDED_BY'; byId: string; via?: string }
  | { code: 'NO_VALUE'; value: number }
  | { code: 'FITS' }
  | { code: 'REQUIRED_BY'; byId: string };

export interface ItemExplanation {
  id: string;
  decision: ItemDecision;
  reasons: ExplanationReason[];
  /**
   * explain 'full', NOT_SELECTED: how much more value the item needs to enter an optimal selection:
   * objective − (best objective with the item forced in); at exactly this increase it ties. null when it
   * cannot be selected at all (forcing it in is infeasible).
   */
  valueNeeded?: number | null;
  /**
   * explain 'full', SELECTED: how much the objective falls if the item is forced out: objective −
   * (best objective without it). null when it cannot be left out (a forced-in item requires it).
   */
  valueLost?: number | null;
  /** explain 'full': both solver runs behind the figure were proven optimal, so it is exact */
  exact?: boolean;
}

/** A constraint's use by the selection; `binding` when it stops at least one unselected item with a positive value. */
export interface ConstraintReport extends ConstraintUsage {
  binding: boolean;
}

/**
 * - optimal: HiGHS proved the selection optimal (gap 0);
 * - feasible: stopped at the time limit; the best selection found, with its proven gap;
 * - infeasible: no selection satisfies the constraints; `conflicts` says why;
 * - unknown: stopped at the time limit before any feasible selection was found and without proving
 *   infeasibility (only possible with negative weights).
 */
export type OptimisationStatus = 'optimal' | 'feasible' | 'infeasible' | 'unknown';

export interface PortfolioSolution {
  status: OptimisationStatus;
  /** Σ value of the selected items (0 when nothing is selected) */
  objective: number;
  /**
   * A proven upper bound on the best possible objective: the objective itself when optimal, otherwise
   * HiGHS's MIP dual bound (its best LP-based bound over the open branch-and-bound nodes, info
   * `mip_dual_bound`), capped by the trivial bound Σ forced-in values + Σ positive free values. null
   * when infeasible or unknown.
   */
  bound: number | null;
  /**
   * Proven relative gap (bound − objective) / max(1, |bound|): the optimum is at most this fraction
   * above the objective. 0 when optimal, null when infeasible or unknown.
   */
  gap: number | null;
  /** selected ids, in item order */
  selected: string[];
  /** one per item, in item order */
  explanations: ItemExplanation[];
  /** why the problem is infeasible (empty otherwise) */
  conflicts: PortfolioConflict[];
  /** use of each constraint by the selection */
  usage: ConstraintReport[];
  stats: {
    /** wall-clock seconds for the whole call */
    seconds: number;
    /** HiGHS model status of the main run ('Optimal', 'Time limit reached' …), or why it was not needed */
    solverStatus: string;
    /** branch-and-bound nodes of the main run */
    nodes: number | null;
    /** solver runs (1 + one per item with explain 'full'; 0 when infeasibility was clear beforehand) */
    solverRuns: number;
  };
}

export type PortfolioSolverErrorCode = 'SOLVER_ERROR';

/** The solver failed (not an infeasible portfolio: that is a result). */
export class PortfolioSolverError extends Error {
  constructor(
    readonly code: PortfolioSolverErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PortfolioSolverError';
  }
}

type Model = ReturnType<Highs['createModel']>;

interface RunOutcome {
  kind: 'optimal' | 'limit' | 'infeasible';
  statusName: string;
  chosen: boolean[] | null;
  dualBound: number | null;
  nodes: number | null;
}

const STATUS_NAMES: Record<number, string> = {
  0: 'Not set', 1: 'Load error', 2: 'Model error', 3: 'Presolve error', 4: 'Solve error', 5: 'Postsolve error', 6: 'Empty',
  7: 'Optimal', 8: 'Infeasible', 9: 'Primal infeasible or unbounded', 10: 'Unbounded', 11: 'Bound on objective reached',
  12: 'Target for objective reached', 13: 'Time limit reached', 14: 'Iteration limit reached', 15: 'Unknown',
  16: 'Solution limit reached', 17: 'Interrupted',
};

/** The MILP as sparse rows: capacities c0…, requirements x_a − x_b ≤ 0, exclusion groups Σ x ≤ 1. */
function buildModel(highs: Highs, cp: CompiledProblem): Model {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowUpper: number[] = [];
  for (let i = 0; i < cp.m; i++) {
    for (let j = 0; j < cp.n; j++) {
      const w = cp.weights[j]?.[i] ?? 0;
      if (w !== 0) {
        indices.push(j);
        values.push(w);
      }
    }
    starts.push(indices.length);
    rowUpper.push(cp.capacities[i] ?? 0);
  }
  for (const [a, b] of cp.requires) {
    indices.push(Math.min(a, b), Math.max(a, b));
    values.push(a < b ? 1 : -1, a < b ? -1 : 1);
    starts.push(indices.length);
    rowUpper.push(0);
  }
  for (const g of cp.groups) {
    const sorted = [...g].sort((x, y) => x - y);
    indices.push(...sorted);
    values.push(...sorted.map(() => 1));
    starts.push(indices.length);
    rowUpper.push(1);
  }
  const numRows = rowUpper.length;
  return highs.createModel({
    numCols: cp.n,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: cp.values,
    colLower: cp.forced.map((f) => (f === 'in' ? 1 : 0)),
    colUpper: cp.forced.map((f) => (f === 'out' ? 0 : 1)),
    rowLower: rowUpper.map(() => -highs.infinity),
    rowUpper,
    matrix: { format: 'csr', numRows, numCols: cp.n, starts, indices, values },
    integrality: cp.forced.map(() => highs.constants.variableType.integer),
    colNames: cp.ids.map((_, j) => `x${j}`),
  });
}

function progressCallbacks(highs: Highs, options: OptimiseOptions): HighsCallbackMap | undefined {
  const { onProgress, shouldStop } = options;
  if (!onProgress && !shouldStop) return undefined;
  let lastReport = Number.NEGATIVE_INFINITY;
  const report = (data: CallbackData, always: boolean) => {
    if (!onProgress) return;
    const seconds = data.running_time ?? 0;
    if (!always && seconds - lastReport < 0.5) return;
    lastReport = seconds;
    const objective = finiteOrNull(data.mip_primal_bound ?? data.objective_function_value);
    const bound = finiteOrNull(data.mip_dual_bound);
    onProgress({ phase: 'solve', seconds, objective, bound, gap: objective !== null && bound !== null ? Math.max(0, bound - objective) / Math.max(1, Math.abs(bound)) : null });
  };
  const types = highs.constants.callbackType;
  return {
    [types.mipImprovingSolution]: (event) => {
      report(event.data, true);
      return undefined;
    },
    [types.mipInterrupt]: (event) => {
      report(event.data, false);
      if (shouldStop?.()) event.interrupt();
      return undefined;
    },
  };
}

const finiteOrNull = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function run(highs: Highs, model: Model, callbacks?: HighsCallbackMap): RunOutcome {
  let status: number;
  try {
    status = model.run(callbacks).modelStatus;
  } catch (cause) {
    throw new PortfolioSolverError('SOLVER_ERROR', `HiGHS failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const ms = highs.constants.modelStatus;
  const statusName = STATUS_NAMES[status] ?? String(status);
  const info = (name: string): number | null => {
    try {
      const v = model.info.get(name);
      return typeof v === 'bigint' ? Number(v) : v;
    } catch {
      return null;
    }
  };
  if (status === ms.infeasible || status === ms.unboundedOrInfeasible) return { kind: 'infeasible', statusName, chosen: null, dualBound: null, nodes: info('mip_node_count') };
  if (status >= ms.loadError && status <= ms.postsolveError) throw new PortfolioSolverError('SOLVER_ERROR', `HiGHS stopped with "${statusName}"`);
  const hasPrimal = info('primal_solution_status') === highs.constants.solutionStatus.feasible;
  const chosen = hasPrimal ? Array.from(model.getSolution().colValue, (v) => v > 0.5) : null;
  const dualBound = info('mip_dual_bound');
  return {
    kind: status === ms.optimal ? 'optimal' : 'limit',
    statusName,
    chosen,
    dualBound: finiteOrNull(dualBound),
    nodes: info('mip_node_count'),
  };
}

/**
 * Removes items from a selection that exceeds a capacity (only requirements and exclusions are known
 * to hold): repeatedly the not forced item, with everything selected that requires it, whose value per
 * excess weight is lowest. null when that does not make it feasible.
 */
function repairCapacities(cp: CompiledProblem, selection: readonly boolean[]): boolean[] | null {
  const chosen = [...selection];
  for (let evaluation = evaluateChosen(cp, chosen); !evaluation.feasible; evaluation = evaluateChosen(cp, chosen)) {
    const exceeded = evaluation.violations.flatMap((v) => (v.code === 'CAPACITY_EXCEEDED' ? [v.constraintIndex] : []));
    if (exceeded.length < evaluation.violations.length) return null;
    let worst: { j: number; score: number } | null = null;
    for (let j = 0; j < cp.n; j++) {
      if (!chosen[j] || cp.forced[j] === 'in') continue;
      const relief = exceeded.reduce((sum, i) => sum + Math.max(0, cp.weights[j]?.[i] ?? 0), 0);
      if (relief <= 0) continue;
      const score = (cp.values[j] ?? 0) / relief;
      if (!worst || score < worst.score) worst = { j, score };
    }
    if (!worst) return null;
    const drop = [worst.j];
    for (let k = drop.pop(); k !== undefined; k = drop.pop()) {
      if (!chosen[k]) continue;
      chosen[k] = false;
      drop.push(...at(cp.requiredBy, k));
    }
  }
  return chosen;
}

function objectiveOf(cp: CompiledProblem, chosen: readonly boolean[]): number {
  let sum = 0;
  for (let j = 0; j < cp.n; j++) if (chosen[j]) sum += cp.values[j] ?? 0;
  return sum;
}

/**
 * Drops selected, not forced items with a non-positive value and no positive weight that nothing
 * selected requires: the objective cannot fall and no constraint can break, and an item worth nothing
 * is not shown as chosen merely because it fitted.
 */
function dropWorthless(cp: CompiledProblem, chosen: boolean[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let j = 0; j < cp.n; j++) {
      if (!chosen[j] || cp.forced[j] === 'in' || (cp.values[j] ?? 0) > 0) continue;
      if (at(cp.weights, j).some((w) => w < 0)) continue;
      if (at(cp.requiredBy, j).some((a) => chosen[a])) continue;
      chosen[j] = false;
      changed = true;
    }
  }
}

function explainFast(cp: CompiledProblem, chosen: readonly boolean[], usage: readonly ConstraintUsage[]): { explanations: ItemExplanation[]; binding: boolean[] } {
  const binding = new Array<boolean>(cp.m).fill(false);
  const absUsed = new Array<number>(cp.m).fill(0);
  for (let j = 0; j < cp.n; j++) if (chosen[j]) for (let i = 0; i < cp.m; i++) addAt(absUsed, i, Math.abs(cp.weights[j]?.[i] ?? 0));

  const explanations = cp.ids.map((id, j): ItemExplanation => {
    const reasons: ExplanationReason[] = [];
    if (chosen[j]) {
      for (const a of at(cp.requiredBy, j)) if (chosen[a]) reasons.push({ code: 'REQUIRED_BY', byId: at(cp.ids, a) });
      return { id, decision: cp.forced[j] === 'in' ? 'FORCED_IN' : 'SELECTED', reasons };
    }
    if (cp.forced[j] === 'out') return { id, decision: 'FORCED_OUT', reasons };

    const { members } = requirementClosure(cp, [j], chosen);
    for (const b of at(cp.requiresOf, j)) {
      if (!chosen[b]) reasons.push({ code: 'REQUIRES', requiresId: at(cp.ids, b), forcedOut: cp.forced[b] === 'out' });
    }
    // exclusions with the selection, or within what j would bring in (then it can never be selected)
    const excludedBy = new Set<string>();
    for (const k of members) {
      for (const g of at(cp.groupsOf, k)) {
        for (const s of at(cp.groups, g)) {
          const internal = members.includes(s);
          if (s === k || (!chosen[s] && !internal) || (internal && (s === j || (k !== j && s < k)))) continue;
          if (excludedBy.has(`${s} ${k}`)) continue;
          excludedBy.add(`${s} ${k}`);
          reasons.push(k === j ? { code: 'EXCLUDED_BY', byId: at(cp.ids, s) } : { code: 'EXCLUDED_BY', byId: at(cp.ids, s), via: at(cp.ids, k) });
        }
      }
    }
    let value = 0;
    for (const k of members) value += cp.values[k] ?? 0;
    for (let i = 0; i < cp.m; i++) {
      let needed = 0;
      let abs = 0;
      for (const k of members) {
        needed += cp.weights[k]?.[i] ?? 0;
        abs += Math.abs(cp.weights[k]?.[i] ?? 0);
      }
      const u = at(usage, i);
      if (u.used + needed > u.capacity + capacityTolerance(u.capacity, (absUsed[i] ?? 0) + abs)) {
        reasons.push({ code: 'CAPACITY', constraintIndex: i, constraintName: u.name, capacity: u.capacity, used: u.used, needed, shortfall: u.used + needed - u.capacity });
        if (value > 0) binding[i] = true;
      }
    }
    if ((cp.values[j] ?? 0) <= 0) reasons.push({ code: 'NO_VALUE', value: cp.values[j] ?? 0 });
    if (reasons.length === 0) reasons.push({ code: 'FITS' });
    return { id, decision: 'NOT_SELECTED', reasons };
  });
  return { explanations, binding };
}

/**
 * Re-solves with each free item's decision flipped: `valueNeeded` / `valueLost` (explain 'full').
 * Each run starts from the better of the greedy selection under the flipped decision and (for a
 * selected item) the selection without the item and what requires it. Returns the number of runs.
 */
function explainFull(highs: Highs, model: Model, cp: CompiledProblem, chosen: readonly boolean[], objective: number, mainOptimal: boolean, explanations: ItemExplanation[], options: OptimiseOptions): number {
  const free = cp.ids.flatMap((_, j) => (cp.forced[j] === undefined ? [j] : []));
  // measured on the benchmark round: without restarts a re-solve takes about half the time
  model.options.set({ mip_allow_restart: false });
  let runs = 0;
  for (const j of free) {
    if (options.shouldStop?.()) break;
    options.onProgress?.({ phase: 'explain', seconds: 0, objective, bound: null, gap: null, explained: runs, toExplain: free.length });
    const explanation = at(explanations, j);
    const selected = chosen[j] === true;
    const flipped: ForcedDecision = selected ? 'out' : 'in';
    const starts = [greedyChosen({ ...cp, forced: cp.forced.map((f, k) => (k === j ? flipped : f)) })];
    if (selected) {
      const without = [...chosen];
      const drop = [j];
      for (let k = drop.pop(); k !== undefined; k = drop.pop()) {
        if (!without[k]) continue;
        without[k] = false;
        drop.push(...at(cp.requiredBy, k));
      }
      starts.push(without);
    }
    const feasibleStarts = starts.filter((x) => x[j] === !selected && evaluateChosen(cp, x).feasible);
    model.changeColBounds(j, selected ? 0 : 1, selected ? 0 : 1);
    if (feasibleStarts.length) {
      const start = feasibleStarts.reduce((best, x) => (objectiveOf(cp, x) > objectiveOf(cp, best) ? x : best));
      try {
        model.setSolution({ colValue: start.map((x) => (x ? 1 : 0)) });
      } catch {
        // a rejected start only costs time
      }
    }
    // the time limit applies to each run (HiGHS's clocks are cumulative per model: reset them)
    model.zeroAllClocks();
    const outcome = run(highs, model, options.shouldStop ? progressCallbacks(highs, { shouldStop: options.shouldStop }) : undefined);
    runs++;
    model.changeColBounds(j, 0, 1);
    const other = outcome.chosen ? objectiveOf(cp, outcome.chosen) : null;
    const figure = outcome.kind === 'infeasible' || other === null ? null : Math.max(0, objective - other);
    if (selected) explanation.valueLost = figure;
    else explanation.valueNeeded = figure;
    explanation.exact = mainOptimal && outcome.kind !== 'limit';
  }
  return runs;
}

function conflictsFromIis(model: Model, cp: CompiledProblem): PortfolioConflict {
  const constraintIndices: number[] = [];
  try {
    const iis = model.getIis();
    for (const row of iis.rowIndex) if (row < cp.m) constraintIndices.push(row);
  } catch {
    // no subsystem available: the conflict stays unexplained
  }
  return { code: 'UNEXPLAINED', constraintIndices, constraintNames: constraintIndices.map((i) => at(cp.constraintNames, i)) };
}

/**
 * Selects the items that maximise the total value within every capacity (see `PortfolioProblem` and
 * the model in `optimise-model.ts`), solved exactly by HiGHS (relative gap tolerance 0) within
 * `timeLimitSeconds` (default 10 s).
 *
 * - Invalid input throws a `PortfolioInputError` (with a `code`); a solver failure a `PortfolioSolverError`.
 * - Infeasibility that follows from the forced decisions alone is found before solving and named in
 *   `conflicts` (the constraint, needed vs capacity; a requirement of a forced-out item; two forced-in
 *   items in one exclusion group).
 * - The greedy selection (`greedyByValuePerWeight`) is given to HiGHS as a starting solution, so a
 *   result at the time limit is never worse than greedy.
 * - `status` 'optimal' only when HiGHS reports Optimal; otherwise (time limit, `shouldStop`)
 *   'feasible' with the proven `gap` (see `PortfolioSolution.gap`).
 */
export async function optimisePortfolio(problem: PortfolioProblem, options: OptimiseOptions = {}): Promise<PortfolioSolution> {
  const started = performance.now();
  const cp = compileProblem(problem);
  const seconds = () => (performance.now() - started) / 1000;

  const report = (chosen: readonly boolean[] | null, binding: readonly boolean[] = []): ConstraintReport[] =>
    evaluateChosen(cp, chosen ?? []).usage.map((u) => ({ ...u, binding: binding[u.constraintIndex] ?? false }));
  const failed = (status: 'infeasible' | 'unknown', conflicts: PortfolioConflict[], solverStatus: string, nodes: number | null, solverRuns: number): PortfolioSolution => ({
    status,
    objective: 0,
    bound: null,
    gap: null,
    selected: [],
    explanations: cp.ids.map((id, j) => ({ id, decision: cp.forced[j] === 'in' ? 'FORCED_IN' : cp.forced[j] === 'out' ? 'FORCED_OUT' : 'NOT_SELECTED', reasons: [] })),
    conflicts,
    usage: report(null),
    stats: { seconds: seconds(), solverStatus, nodes, solverRuns },
  });

  const forcedConflicts = findForcedConflicts(cp);
  if (forcedConflicts.length) return failed('infeasible', forcedConflicts, 'Infeasible by the forced decisions', null, 0);

  const greedy = greedyChosen(cp);
  const greedyFeasible = evaluateChosen(cp, greedy).feasible;

  let chosen: boolean[];
  let mainOptimal: boolean;
  let dualBound: number | null = null;
  let outcome: RunOutcome | null = null;
  let model: Model | null = null;
  let highs: Highs | null = null;
  try {
    if (cp.n === 0) {
      chosen = [];
      mainOptimal = true;
    } else {
      highs = await resolveHighs(options.highs);
      model = buildModel(highs, cp);
      model.options.set({ output_flag: false, mip_rel_gap: 0, random_seed: 0, ...(Number.isFinite(cp.timeLimitSeconds) ? { time_limit: cp.timeLimitSeconds } : {}) });
      if (greedyFeasible) {
        try {
          model.setSolution({ colValue: greedy.map((x) => (x ? 1 : 0)) });
        } catch {
          // a rejected start only costs time
        }
      }
      outcome = run(highs, model, progressCallbacks(highs, options));
      if (outcome.kind === 'infeasible') return failed('infeasible', [conflictsFromIis(model, cp)], outcome.statusName, outcome.nodes, 1);
      mainOptimal = outcome.kind === 'optimal';
      dualBound = outcome.dualBound;
      // HiGHS checks feasibility on its scaled model with absolute tolerances; a selection that breaks
      // a capacity by a few öre by our stricter check is repaired and then no longer claimed optimal
      const found = outcome.chosen ? (evaluateChosen(cp, outcome.chosen).feasible ? outcome.chosen : repairCapacities(cp, outcome.chosen)) : null;
      if (found !== outcome.chosen) mainOptimal = false;
      const candidates = [found, greedyFeasible ? greedy : null].filter((c): c is boolean[] => c !== null);
      if (candidates.length === 0) return failed('unknown', [], outcome.statusName, outcome.nodes, 1);
      chosen = candidates.reduce((best, c) => (objectiveOf(cp, c) > objectiveOf(cp, best) ? c : best));
      if (mainOptimal && chosen !== found) mainOptimal = false;
    }
    chosen = [...chosen];
    dropWorthless(cp, chosen);

    const objective = objectiveOf(cp, chosen);
    const evaluation = evaluateChosen(cp, chosen);
    const { explanations, binding } = explainFast(cp, chosen, evaluation.usage);
    let solverRuns = model ? 1 : 0;
    if (options.explain === 'full' && model && highs) solverRuns += explainFull(highs, model, cp, chosen, objective, mainOptimal, explanations, options);

    let trivialBound = 0;
    for (let j = 0; j < cp.n; j++) if (cp.forced[j] === 'in' || (cp.forced[j] === undefined && (cp.values[j] ?? 0) > 0)) trivialBound += cp.values[j] ?? 0;
    const bound = mainOptimal ? objective : Math.max(objective, Math.min(dualBound ?? Number.POSITIVE_INFINITY, trivialBound));
    return {
      status: mainOptimal ? 'optimal' : 'feasible',
      objective,
      bound,
      gap: mainOptimal ? 0 : (bound - objective) / Math.max(1, Math.abs(bound)),
      selected: evaluation.selected,
      explanations,
      conflicts: [],
      usage: report(chosen, binding),
      stats: { seconds: seconds(), solverStatus: outcome?.statusName ?? 'No items', nodes: outcome?.nodes ?? null, solverRuns },
    };
  } finally {
    model?.dispose();
  }
}
