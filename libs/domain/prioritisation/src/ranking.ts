/**
 * Rangordning for the ranking board: orderings of the prepared initiatives by weighted score, by NPV
 * (nettonuvärde), by NPV per krona (nettonuvärdeskvot) or by a blend of score and NPV, and the manual
 * order the management group drags into place.
 *
 * Every ordering is deterministic: highest figure first; ties by the smaller requested amount (more
 * room left under the budget line), then by id (code-unit order, the same in every locale). Items
 * without the figure (null, undefined or not finite) come last, among themselves in the same tie order.
 *
 * The blend (BLEND): with the score weight α ∈ [0, 1],
 *   blend = α · (score − minScore) / (maxScore − minScore) + (1 − α) · (npv − minNpv) / (maxNpv − minNpv)
 * where min and max run over the items that take part in the blend (min-max normalisation to 0–1;
 * when they all have the same figure, its normalised value is 1). An item needs every figure whose weight is > 0:
 * with α = 1 only the score, with α = 0 only the NPV, otherwise both; without it it goes last.
 */
import type { FieldError } from '@dp/domain/initiatives';

export interface RankingItem {
  id: string;
  /** weighted score 0–100 (null while incomplete) */
  score?: number | null;
  /** nettonuvärde, kronor */
  npv?: number | null;
  /** nettonuvärdeskvot: NPV per krona invested */
  npvPerKrona?: number | null;
  /** requested amount, kronor (the tie-break) */
  amount: number;
}

export const RANKING_KEYS = ['SCORE', 'NPV', 'NPV_PER_KRONA', 'BLEND'] as const;
export type RankingKey = (typeof RANKING_KEYS)[number];

export interface RankingOptions {
  /** BLEND only: α, the weight of the normalised score; 1 − α goes to the normalised NPV. Default 0.5 */
  blendWeight?: number;
}

export interface RankedItem {
  id: string;
  /** 1-based position */
  rank: number;
  /** the figure ordered by (for BLEND the blend in 0–1); null = missing, placed last */
  value: number | null;
}

const finite = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Code-unit comparison: deterministic and locale-independent. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minMax(values: readonly (number | null)[]): (x: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return (x) => (max > min ? (x - min) / (max - min) : 1);
}

/** The figure each item is ordered by, in the order of `items`. */
export function rankingValues(items: readonly RankingItem[], key: RankingKey, options: RankingOptions = {}): (number | null)[] {
  switch (key) {
    case 'SCORE':
      return items.map((i) => finite(i.score));
    case 'NPV':
      return items.map((i) => finite(i.npv));
    case 'NPV_PER_KRONA':
      return items.map((i) => finite(i.npvPerKrona));
    case 'BLEND': {
      const alpha = options.blendWeight ?? 0.5;
      if (!(alpha >= 0 && alpha <= 1)) throw new RangeError('rankItems: blendWeight must be in 0..1');
      const scores = items.map((i) => finite(i.score));
      const npvs = items.map((i) => finite(i.npv));
      // only items with every figure the blend needs take part, in the normalisation too
      const takesPart = items.map((_, k) => !((alpha > 0 && scores[k] === null) || (alpha < 1 && npvs[k] === null)));
      const ns = minMax(scores.filter((_, k) => takesPart[k]));
      const nn = minMax(npvs.filter((_, k) => takesPart[k]));
      return items.map((_, k) => {
        if (!takesPart[k]) return null;
        const s = scores[k] ?? null;
        const v = npvs[k] ?? null;
        return (alpha > 0 && s !== null ? alpha * ns(s) : 0) + (alpha < 1 && v !== null ? (1 - alpha) * nn(v) : 0);
      });
    }
  }
}

/** The items in ranking order (see the top of this file). */
export function rankItems(items: readonly RankingItem[], key: RankingKey, options: RankingOptions = {}): RankedItem[] {
  const values = rankingValues(items, key, options);
  const rows = items.map((item, k) => ({ item, value: values[k] ?? null }));
  rows.sort((x, y) => {
    if (x.value === null && y.value !== null) return 1;
    if (y.value === null && x.value !== null) return -1;
    if (x.value !== null && y.value !== null && x.value !== y.value) return y.value - x.value;
    if (x.item.amount !== y.item.amount) return x.item.amount - y.item.amount;
    return compareIds(x.item.id, y.item.id);
  });
  return rows.map((r, i) => ({ id: r.item.id, rank: i + 1, value: r.value }));
}

/** The ids in ranking order. */
export function rankingOrder(items: readonly RankingItem[], key: RankingKey, options: RankingOptions = {}): string[] {
  return rankItems(items, key, options).map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------------
// Manual order

export type ManualOrderValidation =
  | { ok: true; value: string[] }
  | {
      ok: false;
      errors: FieldError[];
      /** ids of the items that are not in the order */
      missing: string[];
      /** ids in the order that are not items */
      unknown: string[];
      /** ids that occur more than once */
      duplicates: string[];
    };

/**
 * A manual order must be a permutation of the items' ids: every id exactly once. Errors:
 * `order.k` UNKNOWN_REFERENCE / DUPLICATE for the k-th entry, `order` TOO_FEW when ids are missing,
 * `order` REQUIRED when it is not a list of strings.
 */
export function validateManualOrder(order: unknown, ids: readonly string[]): ManualOrderValidation {
  if (!Array.isArray(order) || order.some((x) => typeof x !== 'string'))
    return { ok: false, errors: [{ field: 'order', code: 'REQUIRED' }], missing: [...ids], unknown: [], duplicates: [] };
  const known = new Set(ids);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  (order as string[]).forEach((id, k) => {
    if (!known.has(id)) {
      errors.push({ field: `order.${k}`, code: 'UNKNOWN_REFERENCE' });
      unknown.push(id);
    } else if (seen.has(id)) {
      errors.push({ field: `order.${k}`, code: 'DUPLICATE' });
      if (!duplicates.includes(id)) duplicates.push(id);
    }
    seen.add(id);
  });
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) errors.push({ field: 'order', code: 'TOO_FEW' });
  if (errors.length) return { ok: false, errors, missing, unknown, duplicates };
  return { ok: true, value: [...(order as string[])] };
}

/**
 * Brings a saved manual order up to date with the current items: keeps the saved ids that are still
 * items (first occurrence), in their saved order, and appends the items it does not contain in the
 * order of `fallback` (e.g. `rankingOrder(items, 'SCORE')`), then any remaining ids. The result is
 * always a permutation of `ids`.
 */
export function mergeManualOrder(saved: readonly string[], ids: readonly string[], fallback: readonly string[] = ids): string[] {
  const known = new Set(ids);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of [...saved, ...fallback, ...ids]) {
    if (known.has(id) && !seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}
