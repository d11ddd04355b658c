/**
 * The ranking board's state in plain data: the prepared initiatives of a round, the ordering chosen
 * (manual or by a ranking key), the budget line along it and the comparison of what is above the line
 * with the optimiser's selection. The arithmetic is the domain's (`rankingOrder`, `budgetLine`,
 * `compareWithOptimum`); this file only maps the API's shapes onto it.
 */
import {
  budgetLine,
  compareWithOptimum,
  fundedAlongOrder,
  mergeManualOrder,
  rankingOrder,
  type BudgetLine,
  type OptimumComparison,
  type PortfolioProblem,
  type RankingKey,
} from '@dp/domain/prioritisation';

export interface YearAmount {
  year: number;
  amount: number;
}

export type EligibilityStatus = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INCOMPLETE';

/** A prepared initiative on the board (PortfolioItem with the initiative's fields the board shows). */
export interface BoardItem {
  /** the initiative's id */
  id: string;
  title: string;
  departmentName: string | null;
  requestedAmount: number;
  amountsByYear: readonly YearAmount[];
  staffHoursByYear: readonly YearAmount[];
  score: number | null;
  npv: number | null;
  npvPerKrona: number | null;
  eligibility: EligibilityStatus;
  /** the must-requirements not met, and those not yet answered (names), when the API tells */
  failedRequirements: readonly string[];
  unansweredRequirements: readonly string[];
}

export interface BoardRound {
  id: string;
  name: string;
  budget: number;
  /** empty: no yearly budgets */
  yearlyBudgets: readonly YearAmount[];
  /** empty: staff hours are not constrained */
  staffCapacity: readonly YearAmount[];
}

/** How the board is ordered: by hand, or by one of the domain's ranking keys. */
export type OrderingMode = 'MANUAL' | RankingKey;
export const ORDERING_MODES: readonly OrderingMode[] = ['MANUAL', 'SCORE', 'NPV', 'NPV_PER_KRONA', 'BLEND'];

export function isOrderingMode(value: unknown): value is OrderingMode {
  return typeof value === 'string' && (ORDERING_MODES as readonly string[]).includes(value);
}

export interface Ordering {
  mode: OrderingMode;
  /** BLEND: the weight of the score in percent, 0–100 */
  blendPercent: number;
  /** MANUAL: the order (a permutation of the items' ids) */
  manual: readonly string[];
}

const rankingItems = (items: readonly BoardItem[]) =>
  items.map((i) => ({ id: i.id, score: i.score, npv: i.npv, npvPerKrona: i.npvPerKrona, amount: i.requestedAmount }));

/** The blend weight as the domain wants it (0–1) from a percentage, clamped. */
export function blendWeightOf(percent: number): number {
  if (!Number.isFinite(percent)) return 0.5;
  return Math.min(100, Math.max(0, percent)) / 100;
}

/** The ids in the order the board shows: the manual order kept up to date with the items, or the domain's ranking. */
export function orderOf(items: readonly BoardItem[], ordering: Ordering): string[] {
  const ids = items.map((i) => i.id);
  if (ordering.mode === 'MANUAL') return mergeManualOrder(ordering.manual, ids, rankingOrder(rankingItems(items), 'SCORE'));
  return rankingOrder(rankingItems(items), ordering.mode, { blendWeight: blendWeightOf(ordering.blendPercent) });
}

/** The ordering after choosing a mode: switching to Manuell starts from the order shown now. */
export function chooseMode(items: readonly BoardItem[], ordering: Ordering, mode: OrderingMode): Ordering {
  if (mode === ordering.mode) return ordering;
  if (mode === 'MANUAL') return { ...ordering, mode, manual: orderOf(items, ordering) };
  return { ...ordering, mode };
}

/** The order with one id moved from one position to another (0-based); unchanged when out of range. */
export function moveInOrder(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export interface BudgetSettings {
  budget: number;
  /** the yearly budgets to check, or none */
  yearlyBudgets?: readonly YearAmount[] | null;
}

/** The domain's budget line along the order, with the requested amounts (and their split per year). */
export function boardBudgetLine(order: readonly string[], items: readonly BoardItem[], settings: BudgetSettings): BudgetLine {
  return budgetLine(
    order,
    items.map((i) => ({ id: i.id, amount: i.requestedAmount, amountsByYear: i.amountsByYear })),
    settings.budget,
    settings.yearlyBudgets && settings.yearlyBudgets.length > 0 ? { yearlyBudgets: settings.yearlyBudgets } : {},
  );
}

/** The ids above the line (funded when the fund is spent down the order). */
export function aboveLine(line: BudgetLine): string[] {
  return line.rows.slice(0, line.lineIndex).map((r) => r.id);
}

/** The year whose budget breaks first along the order (the earliest break, ties by year), or null. */
export function firstBrokenYear(line: BudgetLine): { year: number; index: number } | null {
  let first: { year: number; index: number } | null = null;
  for (const y of line.years) {
    if (y.breakIndex === null) continue;
    if (!first || y.breakIndex < first.index) first = { year: y.year, index: y.breakIndex };
  }
  return first;
}

// ---------------------------------------------------------------------------------------------------
// Optimisation

export type OptimisationObjective = 'SCORE' | 'NPV' | 'BLEND';
export type OptimisationStatus = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';
export type ItemDecision = 'FORCED_IN' | 'FORCED_OUT' | 'SELECTED' | 'NOT_SELECTED';
export type Forced = 'AUTO' | 'IN' | 'OUT';

/** The optimiser's settings as the panel edits them (OptimisationSettingsInput without the forced lists). */
export interface OptimiserSettings {
  objective: OptimisationObjective;
  /** BLEND: the weight of the score in percent, 0–100 */
  blendPercent: number;
  /** kronor; null while the field does not hold a valid amount */
  budget: number | null;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
}

export interface SettingsInput {
  objective: OptimisationObjective;
  blendWeight?: number | null;
  budget?: number | null;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
  forcedIn: string[];
  forcedOut: string[];
}

/** The optimiser's settings a round starts with: weighted score, the round's budget and every constraint the round has. */
export function defaultOptimiserSettings(round: BoardRound): OptimiserSettings {
  return {
    objective: 'SCORE',
    blendPercent: 50,
    budget: round.budget,
    useYearlyBudgets: round.yearlyBudgets.length > 0,
    useStaffCapacity: round.staffCapacity.length > 0,
    onlyEligible: true,
  };
}

/** OptimisationSettingsInput from the panel's settings and the rows' forced choices (in board order). */
export function settingsInput(settings: OptimiserSettings, forced: Readonly<Record<string, Forced>>, order: readonly string[]): SettingsInput {
  return {
    objective: settings.objective,
    ...(settings.objective === 'BLEND' ? { blendWeight: blendWeightOf(settings.blendPercent) } : {}),
    ...(settings.budget !== null ? { budget: settings.budget } : {}),
    useYearlyBudgets: settings.useYearlyBudgets,
    useStaffCapacity: settings.useStaffCapacity,
    onlyEligible: settings.onlyEligible,
    forcedIn: order.filter((id) => forced[id] === 'IN'),
    forcedOut: order.filter((id) => forced[id] === 'OUT'),
  };
}

export interface ConstraintUse {
  key: string;
  label: string;
  capacity: number;
  used: number;
  slack: number;
  binding: boolean;
}

export interface ItemExplanation {
  initiativeId: string;
  decision: ItemDecision;
  value: number;
  text: string;
  blockingConstraints: readonly string[];
  valueNeeded: number | null;
}

export interface OptimisationResult {
  status: OptimisationStatus;
  objective: number | null;
  gap: number | null;
  selected: readonly string[];
  constraints: readonly ConstraintUse[];
  explanations: readonly ItemExplanation[];
  conflicts: readonly string[];
  seconds: number;
}

/** The amount of an item that a constraint of the round counts ("budget", "budget-2028", "staff-2028"). */
function weightOf(item: BoardItem, key: string): number {
  if (key === 'budget') return item.requestedAmount;
  const match = /^(budget|staff)-(\d{4})$/.exec(key);
  if (!match) return 0;
  const year = Number(match[2]);
  const amounts = match[1] === 'budget' ? item.amountsByYear : item.staffHoursByYear;
  return amounts.reduce((sum, a) => (a.year === year ? sum + a.amount : sum), 0);
}

/**
 * The optimiser's problem as the result describes it: each item's value and whether it was forced in or
 * out (from its explanation), its use of every constraint the result lists, and the capacities. Used to measure a manual selection against
 * the optimum with the domain's `compareWithOptimum`.
 */
export function problemOfResult(items: readonly BoardItem[], result: OptimisationResult): PortfolioProblem {
  const explanation = new Map(result.explanations.map((e) => [e.initiativeId, e]));
  const forcedOf = (id: string) => {
    const decision = explanation.get(id)?.decision;
    return decision === 'FORCED_IN' ? { forced: 'in' as const } : decision === 'FORCED_OUT' ? { forced: 'out' as const } : {};
  };
  return {
    items: items.map((item) => ({
      id: item.id,
      value: explanation.get(item.id)?.value ?? 0,
      weights: result.constraints.map((c) => weightOf(item, c.key)),
      ...forcedOf(item.id),
    })),
    capacities: result.constraints.map((c) => c.capacity),
    constraintNames: result.constraints.map((c) => c.label),
  };
}

/**
 * The manual ranking measured against the optimiser's selection under the same rules: walking down the
 * board's order, what the optimiser had to leave out (not eligible, forced out) is passed over, and the
 * line is drawn at the first initiative that breaks any constraint the optimiser used (the budget, the
 * yearly budgets, staff hours) — the domain's `fundedAlongOrder`, the same as the server's scenarios. So
 * the share is never above 100 %. Null when the result has no objective.
 */
export function compareBoardWithOptimum(
  order: readonly string[],
  items: readonly BoardItem[],
  _round: BoardRound,
  _settings: OptimiserSettings,
  result: OptimisationResult,
): { comparison: OptimumComparison; manualSelection: string[]; skipped: string[]; breakId: string | null; breakConstraint: string | null } | null {
  if (result.objective === null || result.status === 'INFEASIBLE' || result.status === 'UNKNOWN') return null;
  const problem = problemOfResult(items, result);
  const funded = fundedAlongOrder(order, problem);
  const status = result.status === 'OPTIMAL' ? 'optimal' : 'feasible';
  const comparison = compareWithOptimum(funded.selected, problem, { status, objective: result.objective, selected: result.selected });
  const breakConstraint = funded.breakConstraintIndex === null ? null : (result.constraints[funded.breakConstraintIndex]?.label ?? null);
  return { comparison, manualSelection: funded.selected, skipped: funded.skipped, breakId: funded.breakId, breakConstraint };
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

export type ScenarioKind = 'MANUAL' | 'SCORE' | 'NPV' | 'NPV_PER_KRONA' | 'BLEND' | 'OPTIMISED';

/** What "Spara som scenario" saves: the board's ranking (manual or by a key) or the optimised selection. */
export type ScenarioSource = 'BOARD' | 'OPTIMISED';

export interface ScenarioSettingsShape {
  rankingKey?: RankingKey | null;
  objective?: OptimisationObjective | null;
  blendWeight?: number | null;
  budget?: number | null;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
  forcedIn: readonly string[];
  forcedOut: readonly string[];
}

export interface ScenarioInputShape {
  fundRoundId: string;
  name: string;
  description?: string | null;
  kind: ScenarioKind;
  order?: string[];
  settings: ScenarioSettingsShape & { forcedIn: string[]; forcedOut: string[] };
}

export interface ScenarioDraft {
  name: string;
  description: string;
  source: ScenarioSource;
}

/**
 * The saveScenario input for the board as it is: MANUAL with the order, a ranking kind with its key
 * (and blend weight), or OPTIMISED with the optimiser's objective. The budget, the constraints used and
 * the forced rows always come along, so the server measures the scenario against the same optimum.
 */
export function scenarioInput(
  fundRoundId: string,
  draft: ScenarioDraft,
  ordering: Ordering,
  order: readonly string[],
  settings: OptimiserSettings,
  forced: Readonly<Record<string, Forced>>,
): ScenarioInputShape {
  const base = settingsInput(settings, forced, order);
  const common = {
    ...(base.budget !== undefined && base.budget !== null ? { budget: base.budget } : {}),
    useYearlyBudgets: base.useYearlyBudgets,
    useStaffCapacity: base.useStaffCapacity,
    onlyEligible: base.onlyEligible,
    forcedIn: base.forcedIn,
    forcedOut: base.forcedOut,
  };
  const description = draft.description.trim();
  const head = { fundRoundId, name: draft.name.trim(), ...(description ? { description } : {}) };
  if (draft.source === 'OPTIMISED') {
    return {
      ...head,
      kind: 'OPTIMISED',
      settings: { objective: settings.objective, ...(settings.objective === 'BLEND' ? { blendWeight: blendWeightOf(settings.blendPercent) } : {}), ...common },
    };
  }
  if (ordering.mode === 'MANUAL') return { ...head, kind: 'MANUAL', order: [...order], settings: common };
  return {
    ...head,
    kind: ordering.mode,
    settings: { rankingKey: ordering.mode, ...(ordering.mode === 'BLEND' ? { blendWeight: blendWeightOf(ordering.blendPercent) } : {}), ...common },
  };
}

export interface SavedScenarioShape {
  id: string;
  name: string;
  kind: ScenarioKind;
  order: readonly string[];
  settings: ScenarioSettingsShape;
}

/** A saved scenario put back on the board: its order or ranking key, the optimiser's settings and the forced rows. */
export function scenarioOntoBoard(
  scenario: SavedScenarioShape,
  round: BoardRound,
  ordering: Ordering,
  settings: OptimiserSettings,
): { ordering: Ordering; settings: OptimiserSettings; forced: Record<string, Forced> } {
  const s = scenario.settings;
  const percent = (weight: number | null | undefined, fallback: number) => (typeof weight === 'number' ? Math.round(weight * 100) : fallback);
  let nextOrdering: Ordering;
  if (scenario.kind === 'MANUAL' || scenario.kind === 'OPTIMISED') nextOrdering = { ...ordering, mode: 'MANUAL', manual: [...scenario.order] };
  else nextOrdering = { ...ordering, mode: scenario.kind, blendPercent: percent(s.blendWeight, ordering.blendPercent) };
  const nextSettings: OptimiserSettings = {
    objective: s.objective ?? settings.objective,
    blendPercent: scenario.kind === 'OPTIMISED' ? percent(s.blendWeight, settings.blendPercent) : settings.blendPercent,
    budget: s.budget ?? round.budget,
    useYearlyBudgets: s.useYearlyBudgets && round.yearlyBudgets.length > 0,
    useStaffCapacity: s.useStaffCapacity && round.staffCapacity.length > 0,
    onlyEligible: s.onlyEligible,
  };
  const forced: Record<string, Forced> = {};
  for (const id of s.forcedIn) forced[id] = 'IN';
  for (const id of s.forcedOut) forced[id] = 'OUT';
  return { ordering: nextOrdering, settings: nextSettings, forced };
}
