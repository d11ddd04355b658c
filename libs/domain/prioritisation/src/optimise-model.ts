/**
 * Portfolio selection as a multidimensional 0-1 knapsack (the problem behind `optimisePortfolio`):
 * the types, input validation, checks of a given selection, the greedy heuristic, the conflicts that
 * make a problem infeasible and the comparison of a manual proposal with the optimum. Everything in
 * this file is plain TypeScript without the solver, so the web app can use it on the main thread.
 *
 * The model: choose x_j ∈ {0, 1} for every item j to
 *
 *     maximise   Σ_j value_j · x_j
 *     subject to Σ_j weights_j[i] · x_j ≤ capacities[i]   for every constraint i
 *                x_a ≤ x_b                                 for every { id: a, requiresId: b }
 *                Σ_{j ∈ G} x_j ≤ 1                          for every exclusion group G
 *                x_j = 1 (forced 'in'), x_j = 0 (forced 'out')
 *
 * Weights may be negative (e.g. a year in which an initiative releases budget); capacities may be any
 * finite number. Capacity comparisons allow a relative tolerance of 1e-9 (see `capacityTolerance`) so
 * that sums of kronor with öre do not fail on floating-point noise.
 */
import { addAt, at } from './optimise-util.js';

/** How an item is fixed by the user: 'in' must be selected, 'out' must not be. */
export type ForcedDecision = 'in' | 'out';

/** One candidate (an initiative) in a portfolio problem. */
export interface PortfolioItem {
  /** unique, any non-empty string (the solver never sees it: columns are named x0 … xn-1) */
  id: string;
  /** what selecting it is worth (weighted score, NPV …); non-positive values are allowed and never help */
  value: number;
  /** one weight per constraint, in the order of `capacities` (kronor in a year, staff hours …) */
  weights: readonly number[];
  forced?: ForcedDecision;
}

/** `id` can only be selected together with `requiresId` (x_id ≤ x_requiresId). */
export interface Requirement {
  id: string;
  requiresId: string;
}

/**
 * A selection problem: items, capacities (one per constraint, e.g. total budget, budget per year,
 * staff hours per year, department caps) and dependencies.
 */
export interface PortfolioProblem {
  items: readonly PortfolioItem[];
  capacities: readonly number[];
  /** names for the constraints, same length as `capacities` ("Budget 2028"); default "Constraint 1" … */
  constraintNames?: readonly string[];
  requires?: readonly Requirement[];
  /** groups of mutually exclusive items: at most one of each group is selected */
  excludes?: readonly (readonly string[])[];
  /** wall-clock limit for one solver run, seconds (> 0, Infinity allowed); default 10 */
  timeLimitSeconds?: number;
}

export type PortfolioInputIssueCode =
  | 'INVALID_SHAPE'
  | 'EMPTY_ID'
  | 'DUPLICATE_ID'
  | 'WEIGHTS_LENGTH'
  | 'NOT_FINITE'
  | 'OUT_OF_RANGE'
  | 'INVALID_FORCED'
  | 'UNKNOWN_ID'
  | 'CONSTRAINT_NAMES_LENGTH'
  | 'INVALID_TIME_LIMIT';

export interface PortfolioInputIssue {
  code: PortfolioInputIssueCode;
  /** where, e.g. `items[3].weights[1]`, `requires[0].requiresId`, `capacities[2]` */
  path: string;
  message: string;
}

/**
 * Thrown for a problem that cannot be modelled (the caller's data is wrong, not the portfolio).
 * `code` is the first issue's code; `issues` lists all that were found (at most 50).
 */
export class PortfolioInputError extends Error {
  readonly code: PortfolioInputIssueCode;
  constructor(readonly issues: readonly PortfolioInputIssue[]) {
    super(`Invalid portfolio problem: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'PortfolioInputError';
    this.code = issues[0]?.code ?? 'INVALID_SHAPE';
  }
}

/** Numbers at or above this magnitude are rejected: HiGHS treats them as infinite (1e15 matrix limit). */
export const MAX_MAGNITUDE = 1e15;

const DEFAULT_TIME_LIMIT_SECONDS = 10;

/** A validated problem with ids mapped to indices 0 … n-1 (the solver's columns x0 … xn-1). */
export interface CompiledProblem {
  readonly problem: PortfolioProblem;
  readonly n: number;
  readonly m: number;
  readonly ids: readonly string[];
  readonly values: readonly number[];
  /** weights[j][i] */
  readonly weights: readonly (readonly number[])[];
  readonly capacities: readonly number[];
  readonly constraintNames: readonly string[];
  readonly forced: readonly (ForcedDecision | undefined)[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** [a, b]: a requires b; self-requirements and duplicates removed */
  readonly requires: readonly (readonly [number, number])[];
  /** requiresOf[a] = the b's that a requires */
  readonly requiresOf: readonly (readonly number[])[];
  /** requiredBy[b] = the a's that require b */
  readonly requiredBy: readonly (readonly number[])[];
  /** exclusion groups as index lists, duplicates removed, only groups of two or more */
  readonly groups: readonly (readonly number[])[];
  /** groupsOf[j] = indices into `groups` */
  readonly groupsOf: readonly (readonly number[])[];
  readonly timeLimitSeconds: number;
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Validates a problem and maps it to indices. Throws a `PortfolioInputError` listing what is wrong:
 * non-empty unique ids, one finite weight per capacity, finite values and capacities below 1e15 in
 * magnitude, forced 'in'/'out', known ids in requires/excludes, as many constraint names as capacities,
 * a positive time limit.
 */
export function compileProblem(problem: PortfolioProblem): CompiledProblem {
  const issues: PortfolioInputIssue[] = [];
  const issue = (code: PortfolioInputIssueCode, path: string, message: string) => {
    if (issues.length < 50) issues.push({ code, path, message });
  };
  const checkNumber = (x: unknown, path: string) => {
    if (!isFiniteNumber(x)) issue('NOT_FINITE', path, `${String(x)} is not a finite number`);
    else if (Math.abs(x) >= MAX_MAGNITUDE) issue('OUT_OF_RANGE', path, `|${x}| must be below ${MAX_MAGNITUDE}`);
  };

  if (typeof problem !== 'object' || problem === null) throw new PortfolioInputError([{ code: 'INVALID_SHAPE', path: '', message: 'the problem must be an object' }]);
  if (!Array.isArray(problem.items)) issue('INVALID_SHAPE', 'items', 'items must be an array');
  if (!Array.isArray(problem.capacities)) issue('INVALID_SHAPE', 'capacities', 'capacities must be an array');
  if (issues.length) throw new PortfolioInputError(issues);

  const capacities = problem.capacities;
  const m = capacities.length;
  capacities.forEach((c, i) => checkNumber(c, `capacities[${i}]`));

  let constraintNames: string[];
  if (problem.constraintNames === undefined) constraintNames = capacities.map((_, i) => `Constraint ${i + 1}`);
  else if (!Array.isArray(problem.constraintNames) || problem.constraintNames.length !== m) {
    issue('CONSTRAINT_NAMES_LENGTH', 'constraintNames', `expected ${m} names (one per capacity)`);
    constraintNames = [];
  } else constraintNames = problem.constraintNames.map((name, i) => (typeof name === 'string' && name.trim() ? name : `Constraint ${i + 1}`));

  const indexOf = new Map<string, number>();
  problem.items.forEach((item, j) => {
    const at = `items[${j}]`;
    if (typeof item !== 'object' || item === null) return issue('INVALID_SHAPE', at, 'an item must be an object');
    if (typeof item.id !== 'string' || item.id === '') issue('EMPTY_ID', `${at}.id`, 'the id must be a non-empty string');
    else if (indexOf.has(item.id)) issue('DUPLICATE_ID', `${at}.id`, `"${item.id}" is already used by items[${indexOf.get(item.id)}]`);
    else indexOf.set(item.id, j);
    checkNumber(item.value, `${at}.value`);
    if (!Array.isArray(item.weights) || item.weights.length !== m) {
      issue('WEIGHTS_LENGTH', `${at}.weights`, `expected ${m} weights (one per capacity), got ${Array.isArray(item.weights) ? item.weights.length : typeof item.weights}`);
    } else item.weights.forEach((w, i) => checkNumber(w, `${at}.weights[${i}]`));
    if (item.forced !== undefined && item.forced !== 'in' && item.forced !== 'out') issue('INVALID_FORCED', `${at}.forced`, `"${String(item.forced)}" is not 'in' or 'out'`);
  });

  const known = (id: unknown, path: string): number | undefined => {
    const j = typeof id === 'string' ? indexOf.get(id) : undefined;
    if (j === undefined) issue('UNKNOWN_ID', path, `"${String(id)}" is not an item`);
    return j;
  };

  const n = problem.items.length;
  const requires: [number, number][] = [];
  const seenRequirement = new Set<string>();
  (problem.requires ?? []).forEach((r, k) => {
    const a = known(r?.id, `requires[${k}].id`);
    const b = known(r?.requiresId, `requires[${k}].requiresId`);
    if (a === undefined || b === undefined || a === b || seenRequirement.has(`${a},${b}`)) return;
    seenRequirement.add(`${a},${b}`);
    requires.push([a, b]);
  });

  const groups: number[][] = [];
  (problem.excludes ?? []).forEach((group, g) => {
    if (!Array.isArray(group)) return issue('INVALID_SHAPE', `excludes[${g}]`, 'an exclusion group must be an array of ids');
    const members = new Set<number>();
    group.forEach((id, k) => {
      const j = known(id, `excludes[${g}][${k}]`);
      if (j !== undefined) members.add(j);
    });
    if (members.size >= 2) groups.push([...members]);
  });

  const timeLimitSeconds = problem.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (typeof timeLimitSeconds !== 'number' || Number.isNaN(timeLimitSeconds) || timeLimitSeconds <= 0) {
    issue('INVALID_TIME_LIMIT', 'timeLimitSeconds', 'the time limit must be a positive number of seconds');
  }
  if (issues.length) throw new PortfolioInputError(issues);

  const requiresOf: number[][] = Array.from({ length: n }, () => []);
  const requiredBy: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of requires) {
    at(requiresOf, a).push(b);
    at(requiredBy, b).push(a);
  }
  const groupsOf: number[][] = Array.from({ length: n }, () => []);
  groups.forEach((g, k) => g.forEach((j) => at(groupsOf, j).push(k)));

  return {
    problem,
    n,
    m,
    ids: problem.items.map((item) => item.id),
    values: problem.items.map((item) => item.value),
    weights: problem.items.map((item) => item.weights),
    capacities,
    constraintNames,
    forced: problem.items.map((item) => item.forced),
    indexOf,
    requires,
    requiresOf,
    requiredBy,
    groups,
    groupsOf,
    timeLimitSeconds,
  };
}

/**
 * Tolerance used when comparing a constraint's use with its capacity: 1e-9 relative to the largest of
 * 1, |capacity| and the sum of the absolute weights involved.
 */
export function capacityTolerance(capacity: number, absoluteUse: number): number {
  return 1e-9 * Math.max(1, Math.abs(capacity), absoluteUse);
}

/** Use of one constraint by a selection. */
export interface ConstraintUsage {
  constraintIndex: number;
  name: string;
  capacity: number;
  used: number;
  /** capacity − used (negative when exceeded) */
  slack: number;
}

export type SelectionViolation =
  | { code: 'CAPACITY_EXCEEDED'; constraintIndex: number; constraintName: string; capacity: number; used: number; excess: number }
  | { code: 'FORCED_IN_MISSING'; itemId: string }
  | { code: 'FORCED_OUT_SELECTED'; itemId: string }
  | { code: 'REQUIREMENT_MISSING'; itemId: string; requiresId: string }
  | { code: 'EXCLUSION_VIOLATED'; itemIds: string[]; group: string[] };

/** A selection checked against a problem. */
export interface SelectionEvaluation {
  /** the selected ids in the problem's item order, without duplicates */
  selected: string[];
  /** true when no constraint, forced decision, requirement or exclusion is violated */
  feasible: boolean;
  /** sum of the selected items' values */
  objective: number;
  usage: ConstraintUsage[];
  violations: SelectionViolation[];
}

/** Checks index membership `chosen` (chosen[j] = selected) against the compiled problem. */
export function evaluateChosen(cp: CompiledProblem, chosen: readonly boolean[]): SelectionEvaluation {
  const violations: SelectionViolation[] = [];
  let objective = 0;
  const used = new Array<number>(cp.m).fill(0);
  const absUsed = new Array<number>(cp.m).fill(0);
  for (let j = 0; j < cp.n; j++) {
    if (chosen[j]) {
      objective += cp.values[j] ?? 0;
      at(cp.weights, j).forEach((w, i) => {
        addAt(used, i, w);
        addAt(absUsed, i, Math.abs(w));
      });
      if (cp.forced[j] === 'out') violations.push({ code: 'FORCED_OUT_SELECTED', itemId: at(cp.ids, j) });
    } else if (cp.forced[j] === 'in') violations.push({ code: 'FORCED_IN_MISSING', itemId: at(cp.ids, j) });
  }
  const usage = cp.capacities.map((capacity, i): ConstraintUsage => ({ constraintIndex: i, name: at(cp.constraintNames, i), capacity, used: used[i] ?? 0, slack: capacity - (used[i] ?? 0) }));
  for (const u of usage) {
    if (u.used > u.capacity + capacityTolerance(u.capacity, absUsed[u.constraintIndex] ?? 0)) {
      violations.push({ code: 'CAPACITY_EXCEEDED', constraintIndex: u.constraintIndex, constraintName: u.name, capacity: u.capacity, used: u.used, excess: u.used - u.capacity });
    }
  }
  for (const [a, b] of cp.requires) {
    if (chosen[a] && !chosen[b]) violations.push({ code: 'REQUIREMENT_MISSING', itemId: at(cp.ids, a), requiresId: at(cp.ids, b) });
  }
  for (const g of cp.groups) {
    const inGroup = g.filter((j) => chosen[j]);
    if (inGroup.length > 1) violations.push({ code: 'EXCLUSION_VIOLATED', itemIds: inGroup.map((j) => at(cp.ids, j)), group: g.map((j) => at(cp.ids, j)) });
  }
  const selected = cp.ids.filter((_, j) => chosen[j]);
  return { selected, feasible: violations.length === 0, objective, usage, violations };
}

/** Index membership of a list of ids; throws `PortfolioInputError` (UNKNOWN_ID) for an id not in the problem. */
export function chosenFromIds(cp: CompiledProblem, ids: Iterable<string>): boolean[] {
  const chosen = new Array<boolean>(cp.n).fill(false);
  const unknown: PortfolioInputIssue[] = [];
  let k = 0;
  for (const id of ids) {
    const j = cp.indexOf.get(id);
    if (j === undefined) unknown.push({ code: 'UNKNOWN_ID', path: `selection[${k}]`, message: `"${id}" is not an item` });
    else chosen[j] = true;
    k++;
  }
  if (unknown.length) throw new PortfolioInputError(unknown.slice(0, 50));
  return chosen;
}

/**
 * Checks a selection (e.g. a manual proposal): feasibility, objective and the use of every constraint.
 * Unknown ids throw a `PortfolioInputError`; duplicates count once.
 */
export function evaluateSelection(problem: PortfolioProblem, ids: Iterable<string>): SelectionEvaluation {
  const cp = compileProblem(problem);
  return evaluateChosen(cp, chosenFromIds(cp, ids));
}

/**
 * Items that must come in with `start` through requirements (transitively, cycles allowed), excluding
 * those already in `present`. `via.get(j)` is the item that pulled j in (absent for the starts).
 */
export function requirementClosure(cp: CompiledProblem, start: Iterable<number>, present: readonly boolean[] = []): { members: number[]; via: Map<number, number> } {
  const members: number[] = [];
  const seen = new Set<number>();
  const via = new Map<number, number>();
  const queue: number[] = [];
  for (const j of start) {
    if (seen.has(j) || present[j]) continue;
    seen.add(j);
    queue.push(j);
  }
  for (let head = 0; head < queue.length; head++) {
    const j = at(queue, head);
    members.push(j);
    for (const b of at(cp.requiresOf, j)) {
      if (seen.has(b) || present[b]) continue;
      seen.add(b);
      via.set(b, j);
      queue.push(b);
    }
  }
  return { members, via };
}

/** The chain from a start of `requirementClosure` down to j: [start, …, j]. */
function chainTo(cp: CompiledProblem, via: ReadonlyMap<number, number>, j: number): string[] {
  const chain = [j];
  for (let k = via.get(j); k !== undefined; k = via.get(k)) chain.unshift(k);
  return chain.map((x) => at(cp.ids, x));
}

/**
 * Why a problem is infeasible. Every conflict is a proof on its own:
 * - CAPACITY_EXCEEDED: the forced-in items and everything they require (`itemIds`, the ones with a
 *   non-zero weight in that constraint) need `needed` where only `capacity` exists. `needed` is the
 *   least use the forced decisions allow: their weights plus every negative weight of an item that is
 *   not forced out (with non-negative weights: simply the forced items' sum).
 * - REQUIRES_FORCED_OUT: `chain` leads from a forced-in item through requirements to `requiresId`,
 *   which is forced out.
 * - MUTUALLY_EXCLUSIVE: `itemIds` are both forced in or required by forced-in items (`chains` show
 *   how) but share the exclusion group `group`.
 * - UNEXPLAINED: the solver proved infeasibility but none of the above applies (possible only with
 *   negative weights, where constraints can conflict jointly); `constraintNames` lists the capacity
 *   constraints in the solver's irreducible infeasible subsystem when it found one.
 */
export type PortfolioConflict =
  | { code: 'CAPACITY_EXCEEDED'; constraintIndex: number; constraintName: string; needed: number; capacity: number; shortfall: number; itemIds: string[] }
  | { code: 'REQUIRES_FORCED_OUT'; itemId: string; requiresId: string; chain: string[] }
  | { code: 'MUTUALLY_EXCLUSIVE'; itemIds: [string, string]; group: string[]; chains: [string[], string[]] }
  | { code: 'UNEXPLAINED'; constraintIndices: number[]; constraintNames: string[] };

/** Conflicts provable from the forced decisions alone (no search); empty = the problem may be feasible. */
export function findForcedConflicts(cp: CompiledProblem): PortfolioConflict[] {
  const conflicts: PortfolioConflict[] = [];
  const forcedIn = cp.forced.flatMap((f, j) => (f === 'in' ? [j] : []));
  const { members, via } = requirementClosure(cp, forcedIn);
  const inClosure = new Array<boolean>(cp.n).fill(false);
  for (const j of members) inClosure[j] = true;

  for (const j of members) {
    for (const b of at(cp.requiresOf, j)) {
      if (cp.forced[b] === 'out') conflicts.push({ code: 'REQUIRES_FORCED_OUT', itemId: at(cp.ids, j), requiresId: at(cp.ids, b), chain: [...chainTo(cp, via, j), at(cp.ids, b)] });
    }
  }
  // forced-in items that are themselves forced out cannot happen (one field), but a forced-out item can be in the closure
  for (const g of cp.groups) {
    const inGroup = g.filter((j) => inClosure[j]);
    for (const [a, x] of inGroup.entries()) {
      for (const y of inGroup.slice(a + 1)) {
        conflicts.push({ code: 'MUTUALLY_EXCLUSIVE', itemIds: [at(cp.ids, x), at(cp.ids, y)], group: g.map((k) => at(cp.ids, k)), chains: [chainTo(cp, via, x), chainTo(cp, via, y)] });
      }
    }
  }
  for (let i = 0; i < cp.m; i++) {
    let needed = 0;
    let absolute = 0;
    const itemIds: string[] = [];
    for (let j = 0; j < cp.n; j++) {
      const w = cp.weights[j]?.[i] ?? 0;
      if (inClosure[j]) {
        needed += w;
        absolute += Math.abs(w);
        if (w !== 0) itemIds.push(at(cp.ids, j));
      } else if (w < 0 && cp.forced[j] !== 'out') {
        needed += w;
        absolute -= w;
      }
    }
    const capacity = cp.capacities[i] ?? 0;
    if (needed > capacity + capacityTolerance(capacity, absolute)) {
      conflicts.push({ code: 'CAPACITY_EXCEEDED', constraintIndex: i, constraintName: at(cp.constraintNames, i), needed, capacity, shortfall: needed - capacity, itemIds });
    }
  }
  return conflicts;
}

/**
 * The greedy size of an item: Σ_i max(0, w_i) / capacity_i over the constraints (a weight against a
 * non-positive capacity makes it infinitely large).
 */
function greedySize(cp: CompiledProblem, j: number): number {
  let size = 0;
  for (let i = 0; i < cp.m; i++) {
    const w = cp.weights[j]?.[i] ?? 0;
    if (w <= 0) continue;
    const c = cp.capacities[i] ?? 0;
    size += c > 0 ? w / c : Number.POSITIVE_INFINITY;
  }
  return size;
}

/** Greedy on a compiled problem; returns index membership (see `greedyByValuePerWeight`). */
export function greedyChosen(cp: CompiledProblem): boolean[] {
  const chosen = new Array<boolean>(cp.n).fill(false);
  const used = new Array<number>(cp.m).fill(0);
  const absUsed = new Array<number>(cp.m).fill(0);
  const groupTaken = new Array<boolean>(cp.groups.length).fill(false);

  const tryAdd = (members: readonly number[], force: boolean): boolean => {
    if (!force) {
      if (members.some((j) => cp.forced[j] === 'out')) return false;
      const groupsHit = new Set<number>();
      for (const j of members) {
        for (const g of at(cp.groupsOf, j)) {
          if (groupTaken[g] || groupsHit.has(g)) return false;
          groupsHit.add(g);
        }
      }
      for (let i = 0; i < cp.m; i++) {
        let add = 0;
        let abs = 0;
        for (const j of members) {
          add += cp.weights[j]?.[i] ?? 0;
          abs += Math.abs(cp.weights[j]?.[i] ?? 0);
        }
        const capacity = cp.capacities[i] ?? 0;
        if ((used[i] ?? 0) + add > capacity + capacityTolerance(capacity, (absUsed[i] ?? 0) + abs)) return false;
      }
    }
    for (const j of members) {
      chosen[j] = true;
      for (const g of at(cp.groupsOf, j)) groupTaken[g] = true;
      for (let i = 0; i < cp.m; i++) {
        addAt(used, i, cp.weights[j]?.[i] ?? 0);
        addAt(absUsed, i, Math.abs(cp.weights[j]?.[i] ?? 0));
      }
    }
    return true;
  };

  // forced-in items and what they require come first, whatever they cost
  const forcedIn = cp.forced.flatMap((f, j) => (f === 'in' ? [j] : []));
  tryAdd(requirementClosure(cp, forcedIn).members, true);

  const ratio = (j: number) => {
    const size = greedySize(cp, j);
    return size === 0 ? Number.POSITIVE_INFINITY : (cp.values[j] ?? 0) / size;
  };
  const order = cp.ids
    .map((_, j) => j)
    .filter((j) => (cp.values[j] ?? 0) > 0 && cp.forced[j] === undefined)
    .map((j) => ({ j, r: ratio(j) }))
    .sort((a, b) => b.r - a.r || a.j - b.j);
  for (const { j } of order) {
    if (chosen[j]) continue;
    const { members } = requirementClosure(cp, [j], chosen);
    const gain = members.reduce((s, k) => s + (cp.values[k] ?? 0), 0);
    if (gain > 0) tryAdd(members, false);
  }
  return chosen;
}

/**
 * The greedy heuristic (for comparison and as the solver's starting point): forced-in items and what
 * they require first, then the other items with a positive value in falling order of value per
 * normalised weight (value / Σ_i max(0, w_i)/capacity_i, ties in item order), each added together with
 * what it requires when everything fits, nothing is forced out and no exclusion group is hit twice.
 * `feasible` is false only when the forced-in items themselves do not fit.
 */
export function greedyByValuePerWeight(problem: PortfolioProblem): SelectionEvaluation {
  const cp = compileProblem(problem);
  return evaluateChosen(cp, greedyChosen(cp));
}

/** A manual proposal measured against an optimised selection of the same problem. */
export interface OptimumComparison {
  manual: SelectionEvaluation;
  /** the optimiser's objective (the achievable value) */
  achievableValue: number;
  /** manual objective / achievable value ("reaches 87 % of the achievable value"); null when that is not positive */
  share: number | null;
  /**
   * manual objective / the optimiser's proven upper bound: a share that holds even when the optimum is
   * not proven (equals `share` when it is); null without a positive bound
   */
  shareOfBound: number | null;
  /** achievable value − manual objective */
  valueGap: number;
  /** whether the optimiser proved its selection optimal */
  provenOptimal: boolean;
  /** selected manually but not by the optimiser, and the other way round (item order) */
  onlyManual: string[];
  onlyOptimised: string[];
}

/** The part of an optimisation result `compareWithOptimum` needs. */
export interface OptimumLike {
  status: string;
  objective: number;
  selected: readonly string[];
  bound?: number | null;
}

/**
 * How close a manual proposal comes to the optimum within the same constraints: its evaluation, the
 * share of the achievable value and the items that differ. A manual proposal that breaks a constraint
 * is still measured (see `manual.feasible`), so its share can exceed 1.
 */
export function compareWithOptimum(manualIds: Iterable<string>, problem: PortfolioProblem, optimum: OptimumLike): OptimumComparison {
  const cp = compileProblem(problem);
  const manual = evaluateChosen(cp, chosenFromIds(cp, manualIds));
  const optimal = new Set(optimum.selected);
  const manualSet = new Set(manual.selected);
  const achievableValue = optimum.objective;
  const bound = optimum.bound ?? (optimum.status === 'optimal' ? optimum.objective : null);
  return {
    manual,
    achievableValue,
    share: achievableValue > 0 ? manual.objective / achievableValue : null,
    shareOfBound: bound !== null && bound > 0 ? manual.objective / bound : null,
    valueGap: achievableValue - manual.objective,
    provenOptimal: optimum.status === 'optimal',
    onlyManual: manual.selected.filter((id) => !optimal.has(id)),
    onlyOptimised: cp.ids.filter((id) => optimal.has(id) && !manualSet.has(id)),
  };
}

const lpNumber = (x: number) => (Object.is(x, -0) ? '0' : String(x));

function lpTerms(terms: readonly (readonly [number, number])[]): string {
  if (terms.length === 0) return '0 x0';
  return terms.map(([coefficient, j], k) => `${coefficient < 0 ? '-' : k === 0 ? '' : '+'}${k === 0 && coefficient >= 0 ? '' : ' '}${lpNumber(Math.abs(coefficient))} x${j}`).join(' ');
}

/**
 * The model in CPLEX LP format, for debugging or for another solver: columns are named x0 … xn-1 in
 * item order (ids never reach the LP text), capacity rows c0 … cm-1, requirement rows r0 …, exclusion
 * rows e0 …; forced items are fixed in the Bounds section. Needs at least one item.
 */
export function toCplexLp(problem: PortfolioProblem): string {
  const cp = compileProblem(problem);
  if (cp.n === 0) throw new PortfolioInputError([{ code: 'INVALID_SHAPE', path: 'items', message: 'the LP format needs at least one item' }]);
  const lines: string[] = ['\\ portfolio selection: x_j = 1 selects item j', 'Maximize'];
  lines.push(` obj: ${lpTerms(cp.values.map((v, j) => [v, j] as const))}`);
  lines.push('Subject To');
  for (let i = 0; i < cp.m; i++) {
    const terms = cp.weights.flatMap((w, j) => {
      const coefficient = w[i] ?? 0;
      return coefficient !== 0 ? [[coefficient, j] as const] : [];
    });
    lines.push(` c${i}: ${lpTerms(terms)} <= ${lpNumber(cp.capacities[i] ?? 0)}`);
  }
  cp.requires.forEach(([a, b], k) => lines.push(` r${k}: ${lpTerms([[1, a], [-1, b]])} <= 0`));
  cp.groups.forEach((g, k) => lines.push(` e${k}: ${lpTerms(g.map((j) => [1, j] as const))} <= 1`));
  lines.push('Bounds');
  cp.forced.forEach((f, j) => lines.push(f === 'in' ? ` x${j} = 1` : f === 'out' ? ` x${j} = 0` : ` 0 <= x${j} <= 1`));
  lines.push('Generals', ` ${cp.ids.map((_, j) => `x${j}`).join(' ')}`, 'End', '');
  return lines.join('\n');
}
