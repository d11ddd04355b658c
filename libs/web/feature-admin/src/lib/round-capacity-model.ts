import { horizonYears } from '@dp/domain/benefits';
import { formatLocaleNumber, parseLocaleKronor, parseLocaleNumber } from './criteria-number-input';

/**
 * Budget per år och personalkapacitet of a fund round: per year of the round's horizon (the years of its
 * calculations, the domain's `horizonYears`: base year … base year + kalkylperiod) an optional
 * budget in whole kronor and optional internal staff hours. The form holds the text typed, one row per
 * year; building the input leaves out the empty fields (an empty list = not constrained).
 */

export interface YearAmountData {
  year: number;
  amount: number;
}

export interface CapacityRow {
  year: number;
  budget: string;
  hours: string;
  /** false for a saved year that is no longer within the round's horizon (it must be emptied) */
  inHorizon: boolean;
}

/** `budget.2027` / `hours.2028` → validation code */
export type CapacityErrors = Record<string, string>;

export const budgetField = (year: number) => `budget.${year}`;
export const hoursField = (year: number) => `hours.${year}`;

/** One row per year of the horizon with the saved amounts, then saved years outside it (to be emptied). */
export function capacityRows(
  round: { baseYear: number; horizonYears: number; yearlyBudgets: readonly YearAmountData[]; staffCapacity: readonly YearAmountData[] },
  locale: string,
): CapacityRow[] {
  // the years the API accepts: the calculation's years, base year (year 0) to base year + kalkylperiod
  const years = horizonYears(round);
  const inHorizon = new Set(years);
  const extra = [...round.yearlyBudgets, ...round.staffCapacity].map((y) => y.year).filter((y) => !inHorizon.has(y));
  const all = [...years, ...[...new Set(extra)].sort((a, b) => a - b)];
  const budgets = new Map(round.yearlyBudgets.map((y) => [y.year, y.amount]));
  const hours = new Map(round.staffCapacity.map((y) => [y.year, y.amount]));
  return all.map((year) => {
    const budget = budgets.get(year);
    const staff = hours.get(year);
    return {
      year,
      budget: budget === undefined ? '' : formatLocaleNumber(budget, locale, { grouping: true, maximumFractionDigits: 0 }),
      hours: staff === undefined ? '' : formatLocaleNumber(staff, locale, { grouping: true, maximumFractionDigits: 2 }),
      inHorizon: inHorizon.has(year),
    };
  });
}

/** What was typed, rewritten for another number locale (`1 000 000` → `1,000,000`). */
export function relocaliseRows(rows: readonly CapacityRow[], from: string, to: string): CapacityRow[] {
  const rewrite = (text: string, digits: number) => {
    const parsed = parseLocaleNumber(text, from);
    return parsed.ok ? formatLocaleNumber(parsed.value, to, { grouping: true, maximumFractionDigits: digits }) : text;
  };
  return rows.map((r) => ({ ...r, budget: rewrite(r.budget, 10), hours: rewrite(r.hours, 10) }));
}

export type CapacityResult =
  | { ok: true; yearlyBudgets: YearAmountData[]; staffCapacity: YearAmountData[] }
  | { ok: false; errors: CapacityErrors };

/**
 * Reads every filled-in field: a budget in whole kronor ≥ 0, staff hours ≥ 0; a year outside the horizon
 * must be empty (OUTSIDE_HORIZON). Empty fields are left out of the lists, in year order.
 */
export function buildCapacityInput(rows: readonly CapacityRow[], locale: string): CapacityResult {
  const errors: CapacityErrors = {};
  const yearlyBudgets: YearAmountData[] = [];
  const staffCapacity: YearAmountData[] = [];
  for (const row of [...rows].sort((a, b) => a.year - b.year)) {
    if (row.budget.trim() !== '') {
      const parsed = parseLocaleKronor(row.budget, locale);
      if (!row.inHorizon) errors[budgetField(row.year)] = 'OUTSIDE_HORIZON';
      else if (!parsed.ok) errors[budgetField(row.year)] = parsed.reason;
      else if (parsed.value < 0) errors[budgetField(row.year)] = 'NEGATIVE';
      else yearlyBudgets.push({ year: row.year, amount: parsed.value });
    }
    if (row.hours.trim() !== '') {
      const parsed = parseLocaleNumber(row.hours, locale);
      if (!row.inHorizon) errors[hoursField(row.year)] = 'OUTSIDE_HORIZON';
      else if (!parsed.ok) errors[hoursField(row.year)] = parsed.reason;
      else if (parsed.value < 0) errors[hoursField(row.year)] = 'NEGATIVE';
      else staffCapacity.push({ year: row.year, amount: parsed.value });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, yearlyBudgets, staffCapacity };
}

/** The sum of the yearly budgets that can be read now; null while none is filled in. */
export function yearlyBudgetSum(rows: readonly CapacityRow[], locale: string): number | null {
  let sum = 0;
  let any = false;
  for (const row of rows) {
    if (row.budget.trim() === '') continue;
    const parsed = parseLocaleKronor(row.budget, locale);
    if (parsed.ok && parsed.value >= 0) {
      sum += parsed.value;
      any = true;
    }
  }
  return any ? sum : null;
}

/**
 * Where an API error of the sent lists belongs: `yearlyBudgets.1.amount` → the budget field of the
 * second year sent; null when it names no field of the form.
 */
export function placeCapacityError(field: string, sent: { yearlyBudgets: readonly YearAmountData[]; staffCapacity: readonly YearAmountData[] }): string | null {
  const m = /^(yearlyBudgets|staffCapacity)\.(\d+)(\.(year|amount))?$/.exec(field);
  if (!m) return null;
  const list = m[1] === 'yearlyBudgets' ? sent.yearlyBudgets : sent.staffCapacity;
  const entry = list[Number(m[2])];
  if (!entry) return null;
  return m[1] === 'yearlyBudgets' ? budgetField(entry.year) : hoursField(entry.year);
}
