/**
 * fördelning: how a selection spreads over departments (förvaltningar) and goal areas (målområden),
 * for the portfolio charts: per key the count, the requested amount and the value (e.g. NPV or score),
 * of the selected items and of all items (so "granted vs. applied" can be drawn side by side).
 *
 * An initiative can have several goal areas. By default (`mode: 'FULL'`) it counts fully under each of
 * them, so the sums over the keys can exceed the total; with `mode: 'SPLIT'` its amount, value and
 * count are divided equally between its keys, so the sums add up to the total. An item without a key
 * is counted under the key null ("ingen").
 */

export interface DistributionItem {
  id: string;
  /** requested amount, kronor */
  amount: number;
  /** the value shown (NPV, score, …); null counts as 0 and is counted in `valueMissing` */
  value?: number | null;
  departmentId?: string | null;
  goalAreaIds?: readonly string[] | null;
}

export type DistributionKey = 'departmentId' | 'goalAreaIds' | ((item: DistributionItem) => string | readonly string[] | null | undefined);

export interface DistributionTotals {
  /** number of items (fractional with SPLIT) */
  count: number;
  amount: number;
  value: number;
  /** items without a value (fractional with SPLIT) */
  valueMissing: number;
}

export interface DistributionRow {
  /** the department or goal-area id; null for items without one */
  key: string | null;
  selected: DistributionTotals;
  all: DistributionTotals;
}

export interface DistributionOptions {
  mode?: 'FULL' | 'SPLIT';
}

const empty = (): DistributionTotals => ({ count: 0, amount: 0, value: 0, valueMissing: 0 });

function keysOf(item: DistributionItem, key: DistributionKey): (string | null)[] {
  const raw = typeof key === 'function' ? key(item) : key === 'departmentId' ? item.departmentId : item.goalAreaIds;
  const list = raw === null || raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...new Set(raw)];
  return list.length ? list : [null];
}

/**
 * Sums per key, sorted by the selected amount (largest first), then by the amount of all, then by key
 * (null last). `selectedIds` null means every item is selected.
 */
export function distribution(items: readonly DistributionItem[], selectedIds: Iterable<string> | null, key: DistributionKey, options: DistributionOptions = {}): DistributionRow[] {
  const selected = selectedIds === null ? null : new Set(selectedIds);
  const rows = new Map<string | null, DistributionRow>();
  for (const item of items) {
    const keys = keysOf(item, key);
    const share = options.mode === 'SPLIT' ? 1 / keys.length : 1;
    const value = typeof item.value === 'number' && Number.isFinite(item.value) ? item.value : null;
    const isSelected = selected === null || selected.has(item.id);
    for (const k of keys) {
      let row = rows.get(k);
      if (!row) {
        row = { key: k, selected: empty(), all: empty() };
        rows.set(k, row);
      }
      for (const totals of isSelected ? [row.all, row.selected] : [row.all]) {
        totals.count += share;
        totals.amount += share * item.amount;
        totals.value += share * (value ?? 0);
        if (value === null) totals.valueMissing += share;
      }
    }
  }
  return [...rows.values()].sort((a, b) => {
    if (a.selected.amount !== b.selected.amount) return b.selected.amount - a.selected.amount;
    if (a.all.amount !== b.all.amount) return b.all.amount - a.all.amount;
    if (a.key === b.key) return 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key < b.key ? -1 : 1;
  });
}
