/**
 * budgetlinjen: walking down a ranked list, the cumulative requested amount against the fund's budget,
 * and, when the round sets a budget per year of the horizon, the same per year.
 *
 * The line is drawn where the first budget breaks: an item is above the line (`fits`) when the
 * cumulative amount up to and including it is within the total budget and within every yearly budget.
 * Amounts are non-negative, so the cumulative sums never decrease and everything after the first break
 * is below the line. `fitsWhenSkipping` answers the board's second question: would the item still be
 * funded if the items above it that do not fit were skipped (a greedy fill down the list)?
 *
 * Amounts are whole kronor; the sums are exact up to Number.MAX_SAFE_INTEGER.
 */

export interface BudgetYearAmount {
  year: number;
  /** kronor */
  amount: number;
}

export interface BudgetItem {
  id: string;
  /** requested amount, kronor */
  amount: number;
  /** the requested amount split per year of the horizon (needed for the yearly budgets) */
  amountsByYear?: readonly BudgetYearAmount[] | null;
}

export interface BudgetLineOptions {
  /** the fund's budget per year; when given, every year is checked as well */
  yearlyBudgets?: readonly BudgetYearAmount[] | null;
}

export interface BudgetLineYearCell {
  year: number;
  /** the item's amount in this year */
  amount: number;
  cumulative: number;
  /** the year's budget − cumulative (negative once broken) */
  remaining: number;
  withinBudget: boolean;
}

export interface BudgetLineRow {
  id: string;
  /** 0-based position in the order */
  index: number;
  amount: number;
  cumulative: number;
  /** budget − cumulative (negative once broken) */
  remaining: number;
  /** cumulative ≤ total budget */
  withinTotal: boolean;
  /** above the line: within the total and every yearly budget */
  fits: boolean;
  /** funded by a greedy fill that skips what does not fit */
  fitsWhenSkipping: boolean;
  /** per year with a yearly budget, in year order */
  years: BudgetLineYearCell[];
  /** yearly budgets are set but the item has no amounts per year (its years count as 0) */
  yearlySplitMissing: boolean;
}

export interface BudgetLineYear {
  year: number;
  budget: number;
  /** what the whole order asks for in this year */
  total: number;
  /** the first item (0-based) whose cumulative amount exceeds the year's budget; null if none */
  breakIndex: number | null;
  breakId: string | null;
}

export interface BudgetLine {
  budget: number;
  /** what the whole order asks for */
  total: number;
  rows: BudgetLineRow[];
  /** the first item whose cumulative amount exceeds the total budget (where the fund runs out); null if all fit */
  breakIndex: number | null;
  breakId: string | null;
  /** the number of items above the line (the first break of the total or any year) */
  lineIndex: number;
  /** the amount above the line */
  fundedAmount: number;
  years: BudgetLineYear[];
  /** years the items ask for money in that have no yearly budget (not checked) */
  unbudgetedYears: number[];
}

const checkAmount = (what: string, x: number) => {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`budgetLine: ${what} must be finite and ≥ 0`);
};

/**
 * The budget line along `order` (ids of `items`; items not in the order are left out). Throws a
 * RangeError for an id that is not an item or occurs twice, and for a negative or non-finite budget or
 * amount (validate the order with `validateManualOrder` first).
 */
export function budgetLine(order: readonly string[], items: readonly BudgetItem[], budget: number, options: BudgetLineOptions = {}): BudgetLine {
  checkAmount('the budget', budget);
  const byId = new Map(items.map((i) => [i.id, i]));
  const yearly = [...(options.yearlyBudgets ?? [])].sort((a, b) => a.year - b.year);
  const yearBudget = new Map<number, number>();
  for (const y of yearly) {
    checkAmount(`the budget of ${y.year}`, y.amount);
    if (yearBudget.has(y.year)) throw new RangeError(`budgetLine: the year ${y.year} has two budgets`);
    yearBudget.set(y.year, y.amount);
  }
  const seen = new Set<string>();
  const ordered = order.map((id) => {
    const item = byId.get(id);
    if (!item) throw new RangeError(`budgetLine: unknown item ${id}`);
    if (seen.has(id)) throw new RangeError(`budgetLine: ${id} occurs twice in the order`);
    seen.add(id);
    checkAmount(`the amount of ${id}`, item.amount);
    return item;
  });

  const unbudgeted = new Set<number>();
  let cumulative = 0;
  let greedyTotal = 0;
  const yearCumulative = new Map<number, number>(yearly.map((y) => [y.year, 0]));
  const greedyYear = new Map<number, number>(yearly.map((y) => [y.year, 0]));
  const yearBreak = new Map<number, number>();
  let breakIndex: number | null = null;
  let lineIndex: number | null = null;

  const rows: BudgetLineRow[] = [];
  for (const [index, item] of ordered.entries()) {
    const perYear = new Map<number, number>();
    for (const ya of item.amountsByYear ?? []) {
      checkAmount(`the amount of ${item.id} in ${ya.year}`, ya.amount);
      perYear.set(ya.year, (perYear.get(ya.year) ?? 0) + ya.amount);
      if (!yearBudget.has(ya.year) && ya.amount > 0 && yearly.length > 0) unbudgeted.add(ya.year);
    }
    cumulative += item.amount;
    const withinTotal = cumulative <= budget;
    if (!withinTotal && breakIndex === null) breakIndex = index;

    const years = yearly.map((y): BudgetLineYearCell => {
      const amount = perYear.get(y.year) ?? 0;
      const c = (yearCumulative.get(y.year) ?? 0) + amount;
      yearCumulative.set(y.year, c);
      const withinBudget = c <= y.amount;
      if (!withinBudget && !yearBreak.has(y.year)) yearBreak.set(y.year, index);
      return { year: y.year, amount, cumulative: c, remaining: y.amount - c, withinBudget };
    });
    const fits = withinTotal && years.every((y) => y.withinBudget);
    if (!fits && lineIndex === null) lineIndex = index;

    const greedy = greedyTotal + item.amount <= budget && yearly.every((y) => (greedyYear.get(y.year) ?? 0) + (perYear.get(y.year) ?? 0) <= y.amount);
    if (greedy) {
      greedyTotal += item.amount;
      for (const y of yearly) greedyYear.set(y.year, (greedyYear.get(y.year) ?? 0) + (perYear.get(y.year) ?? 0));
    }
    rows.push({
      id: item.id,
      index,
      amount: item.amount,
      cumulative,
      remaining: budget - cumulative,
      withinTotal,
      fits,
      fitsWhenSkipping: greedy,
      years,
      yearlySplitMissing: yearly.length > 0 && (item.amountsByYear ?? []).length === 0,
    });
  }

  const line = lineIndex ?? rows.length;
  const idAt = (i: number | null) => (i === null ? null : (rows[i]?.id ?? null));
  return {
    budget,
    total: cumulative,
    rows,
    breakIndex,
    breakId: idAt(breakIndex),
    lineIndex: line,
    fundedAmount: line > 0 ? (rows[line - 1]?.cumulative ?? 0) : 0,
    years: yearly.map((y) => {
      const b = yearBreak.get(y.year) ?? null;
      return { year: y.year, budget: y.amount, total: yearCumulative.get(y.year) ?? 0, breakIndex: b, breakId: idAt(b) };
    }),
    unbudgetedYears: [...unbudgeted].sort((a, b) => a - b),
  };
}
