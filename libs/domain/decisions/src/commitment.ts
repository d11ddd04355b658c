/**
 * Commitment against the fund (åtagande mot fonden): granted amounts are committed against the round's
 * total budget and, when the round has yearly budgets, against the budget of each year the grant is
 * split over. A new grant fits when, with it, neither the total nor any year goes over budget. A grant
 * that does not fit is an over-commitment (överintecknad fond): allowed only with a written reason, and
 * then marked as such with the budgets it exceeds.
 *
 * Pure arithmetic in whole kronor (safe integers; exact). The API runs the check inside the transaction
 * that records the decision, with the round locked, so concurrent grants cannot both pass it.
 */
import { isMoney, sumMoney, type Money } from '@dp/domain/money';
import type { FieldError } from '@dp/domain/initiatives';
import type { BudgetYearAmount } from '@dp/domain/prioritisation';
import { DECISION_LIMITS } from './decision.js';

/** The round's fund budget. */
export interface FundBudget {
  /** the whole budget, kronor */
  total: Money;
  /** the budget per year of the horizon; when given (non-empty), every year is a constraint of its own */
  byYear?: readonly BudgetYearAmount[] | null;
}

/** An amount committed by a granted decision. */
export interface Commitment {
  amount: Money;
  /** the amount per year; needed when the round has yearly budgets (a commitment without counts in the total only) */
  amountsByYear?: readonly BudgetYearAmount[] | null;
}

/** The grant being recorded. */
export interface NewGrant extends Commitment {
  /** the written reason for an over-commitment; required when the grant does not fit */
  overcommitReason?: string | null;
}

export const COMMITMENT_LIMITS = { overcommitReasonMin: 10, overcommitReasonMax: DECISION_LIMITS.textMax } as const;

/** One budget and what the grant does to it. */
export interface BudgetUse {
  kind: 'TOTAL' | 'YEAR';
  /** the year of a yearly budget, null for the total */
  year: number | null;
  budget: Money;
  /** committed before the new grant */
  committed: Money;
  /** the new grant's part */
  grant: Money;
  /** committed + grant */
  after: Money;
  /** how far `after` goes over the budget, 0 when within it */
  shortfall: Money;
}

export type CommitmentCheck =
  | {
      ok: true;
      /** within every budget */
      fits: boolean;
      /** recorded as an over-commitment (it does not fit, and a reason was given) */
      overcommitted: boolean;
      /** the trimmed reason when overcommitted, else null */
      overcommitReason: string | null;
      /** the total first, then each year in order */
      constraints: BudgetUse[];
      /** the constraints with a shortfall */
      exceeded: BudgetUse[];
    }
  | { ok: false; errors: FieldError[]; fits: boolean; constraints: BudgetUse[]; exceeded: BudgetUse[] };

function assertMoney(value: number, what: string): void {
  if (!isMoney(value) || value < 0) throw new RangeError(`${what}: expected whole, non-negative kronor, got ${value}`);
}

function yearlyBudgets(budget: FundBudget): BudgetYearAmount[] {
  return [...(budget.byYear ?? [])].sort((a, b) => a.year - b.year);
}

/** Σ per year of the commitments' yearly amounts, in year order (commitments without a split add nothing). */
export function committedByYear(commitments: readonly Commitment[]): BudgetYearAmount[] {
  const byYear = new Map<number, Money>();
  for (const c of commitments) {
    for (const a of c.amountsByYear ?? []) {
      assertMoney(a.amount, 'committed amount');
      byYear.set(a.year, sumMoney([byYear.get(a.year) ?? 0, a.amount]));
    }
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}

/** Σ of the committed amounts. */
export function committedTotal(commitments: readonly Commitment[]): Money {
  for (const c of commitments) assertMoney(c.amount, 'committed amount');
  return sumMoney(commitments.map((c) => c.amount));
}

/** What is left: the budget minus the commitments, in total and per budget year (negative when overcommitted). */
export function remaining(budget: FundBudget, commitments: readonly Commitment[]): { total: Money; byYear: BudgetYearAmount[] } {
  const perYear = new Map(committedByYear(commitments).map((a) => [a.year, a.amount]));
  return {
    total: budget.total - committedTotal(commitments),
    byYear: yearlyBudgets(budget).map((b) => ({ year: b.year, amount: b.amount - (perYear.get(b.year) ?? 0) })),
  };
}

function use(kind: BudgetUse['kind'], year: number | null, budget: Money, committed: Money, grant: Money): BudgetUse {
  const after = sumMoney([committed, grant]);
  return { kind, year, budget, committed, grant, after, shortfall: Math.max(0, after - budget) };
}

/**
 * Does the new grant fit the fund? Every budget is checked: the total, and each yearly budget against
 * the grant's amount in that year. Errors (`ok: false`):
 * - `amountsByYear` REQUIRED: the round has yearly budgets and the grant is not split per year;
 * - `amountsByYear` OUT_OF_RANGE: the split does not add up to the amount;
 * - `amountsByYear.i.year` OUTSIDE_HORIZON: a year without a yearly budget (when the round has them);
 * - `overcommitReason` REQUIRED (it does not fit and no reason is given), TOO_SHORT (under 10 characters
 *   after trimming), TOO_LONG (over 4 000).
 * When it does not fit and the reason is given, the grant passes as `overcommitted` with the budgets it
 * exceeds in `exceeded`. A reason given for a grant that fits is ignored.
 */
export function checkCommitment(budget: FundBudget, commitments: readonly Commitment[], grant: NewGrant): CommitmentCheck {
  assertMoney(budget.total, 'budget');
  assertMoney(grant.amount, 'grant');
  const years = yearlyBudgets(budget);
  for (const y of years) assertMoney(y.amount, 'yearly budget');
  const split = grant.amountsByYear && grant.amountsByYear.length > 0 ? grant.amountsByYear : null;
  for (const a of split ?? []) assertMoney(a.amount, 'grant per year');

  const errors: FieldError[] = [];
  if (years.length > 0 && !split && grant.amount > 0) errors.push({ field: 'amountsByYear', code: 'REQUIRED' });
  if (split && sumMoney(split.map((a) => a.amount)) !== grant.amount) errors.push({ field: 'amountsByYear', code: 'OUT_OF_RANGE' });
  if (years.length > 0 && split) {
    const budgeted = new Set(years.map((y) => y.year));
    split.forEach((a, i) => {
      if (!budgeted.has(a.year)) errors.push({ field: `amountsByYear.${i}.year`, code: 'OUTSIDE_HORIZON' });
    });
  }

  const perYear = new Map(committedByYear(commitments).map((a) => [a.year, a.amount]));
  const grantPerYear = new Map(committedByYear(split ? [{ amount: grant.amount, amountsByYear: split }] : []).map((a) => [a.year, a.amount]));
  const constraints: BudgetUse[] = [
    use('TOTAL', null, budget.total, committedTotal(commitments), grant.amount),
    ...years.map((y) => use('YEAR', y.year, y.amount, perYear.get(y.year) ?? 0, grantPerYear.get(y.year) ?? 0)),
  ];
  const exceeded = constraints.filter((c) => c.shortfall > 0);
  const fits = exceeded.length === 0;

  const reason = (grant.overcommitReason ?? '').trim();
  if (!fits) {
    if (!reason) errors.push({ field: 'overcommitReason', code: 'REQUIRED' });
    else if (reason.length < COMMITMENT_LIMITS.overcommitReasonMin) errors.push({ field: 'overcommitReason', code: 'TOO_SHORT' });
    else if (reason.length > COMMITMENT_LIMITS.overcommitReasonMax) errors.push({ field: 'overcommitReason', code: 'TOO_LONG' });
  }
  if (errors.length > 0) return { ok: false, errors, fits, constraints, exceeded };
  return { ok: true, fits, overcommitted: !fits, overcommitReason: fits ? null : reason, constraints, exceeded };
}
