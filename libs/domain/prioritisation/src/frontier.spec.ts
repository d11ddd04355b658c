import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { budgetSweep, efficientFrontier, frontierValueAt, type FrontierSolution } from './frontier.js';
import type { PortfolioProblem, PortfolioSolution } from './optimise.js';

/**
 * The problem in the shape of the real optimiser's `PortfolioProblem`: `forced` 'in' | 'out',
 * `requires` { id, requiresId } (id needs requiresId), `excludes` groups of which at most one is selected.
 */
interface Item {
  id: string;
  value: number;
  weights: number[];
  forced?: 'in' | 'out';
}
interface Problem {
  items: Item[];
  capacities: number[];
  requires?: { id: string; requiresId: string }[];
  excludes?: string[][];
}

/**
 * Brute force over every subset (fine for ≤ 12 items): feasible when within every capacity, forced
 * decisions kept, every requirement's target present and at most one of each exclusion group; the best
 * value, ties broken by the smaller first capacity use and then by the subset's bit mask (deterministic).
 */
async function bruteForce(problem: Problem): Promise<FrontierSolution> {
  const n = problem.items.length;
  let best: { value: number; use: number; selected: string[] } | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = problem.items.filter((_, i) => mask & (1 << i));
    const ids = new Set(chosen.map((i) => i.id));
    if (problem.items.some((i) => (i.forced === 'in' && !ids.has(i.id)) || (i.forced === 'out' && ids.has(i.id)))) continue;
    if (problem.capacities.some((cap, d) => chosen.reduce((s, i) => s + (i.weights[d] ?? 0), 0) > cap)) continue;
    if ((problem.requires ?? []).some((r) => ids.has(r.id) && !ids.has(r.requiresId))) continue;
    if ((problem.excludes ?? []).some((group) => group.filter((id) => ids.has(id)).length > 1)) continue;
    const value = chosen.reduce((s, i) => s + i.value, 0);
    const use = chosen.reduce((s, i) => s + (i.weights[0] ?? 0), 0);
    if (!best || value > best.value || (value === best.value && use < best.use)) best = { value, use, selected: chosen.map((i) => i.id) };
  }
  return best ? { status: 'optimal', objective: best.value, selected: best.selected } : { status: 'infeasible', objective: null, selected: [] };
}

/** Compile-time only: the real `optimisePortfolio` and its problem fit `efficientFrontier` (never called). */
export const _fitsTheRealOptimiser = (problem: PortfolioProblem, optimise: (p: PortfolioProblem) => Promise<PortfolioSolution>) =>
  efficientFrontier(problem, [1], optimise);

/** A: 10 for 4, B: 7 for 3, C: 5 for 3, D: 4 for 2 (second capacity: staff, 1 each). */
const items: Item[] = [
  { id: 'A', value: 10, weights: [4, 1] },
  { id: 'B', value: 7, weights: [3, 1] },
  { id: 'C', value: 5, weights: [3, 1] },
  { id: 'D', value: 4, weights: [2, 1] },
];

describe('budgetSweep', () => {
  it('steps + 1 budgets from 0 to the total in whole kronor', () => {
    expect(budgetSweep(1_000_000, 4)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(budgetSweep(10, 3)).toEqual([0, 3, 7, 10]);
    expect(budgetSweep(2, 4)).toEqual([0, 1, 2]);
    expect(budgetSweep(0, 5)).toEqual([0]);
  });

  it('refuses a negative total and steps that are not a positive integer', () => {
    expect(() => budgetSweep(-1, 2)).toThrow(RangeError);
    expect(() => budgetSweep(10, 0)).toThrow(RangeError);
    expect(() => budgetSweep(10, 1.5)).toThrow(RangeError);
  });
});

describe('efficientFrontier', () => {
  it('by hand: 0, 4 (D), 10 (A), 14 (A+D), 17 (A+B), 22 (A+B+C) at budgets 0 … 10', async () => {
    // 2: only D fits; 4: A beats B, C, D; 6: A+D 14 beats B+C 12; 8: A+B 17 beats B+C+D 16 and A+C 15;
    // 10: A+B+C 22 beats A+B+D 21
    const progress: [number, number][] = [];
    const points = await efficientFrontier({ items, capacities: [0, 10] }, budgetSweep(10, 5), bruteForce, { onProgress: (d, t) => progress.push([d, t]) });
    expect(points.map((p) => [p.budget, p.value, p.selected, p.amount])).toEqual([
      [0, 0, [], 0],
      [2, 4, ['D'], 2],
      [4, 10, ['A'], 4],
      [6, 14, ['A', 'D'], 6],
      [8, 17, ['A', 'B'], 7],
      [10, 22, ['A', 'B', 'C'], 10],
    ]);
    expect(points.every((p) => p.status === 'optimal' && p.feasible && !p.carried)).toBe(true);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  });

  it('sorts and de-duplicates the budgets, and keeps the other capacities (staff 2)', async () => {
    const points = await efficientFrontier({ items, capacities: [0, 2] }, [10, 4, 10, 8], bruteForce);
    expect(points.map((p) => [p.budget, p.value, p.selected])).toEqual([
      [4, 10, ['A']],
      [8, 17, ['A', 'B']],
      [10, 17, ['A', 'B']],
    ]);
  });

  it('sweeps another capacity when asked (staff with money fixed at 7)', async () => {
    const points = await efficientFrontier({ items, capacities: [7, 0] }, [0, 1, 2, 3], bruteForce, { dimension: 1 });
    expect(points.map((p) => [p.budget, p.value, p.amount])).toEqual([
      [0, 0, 0],
      [1, 10, 1],
      [2, 17, 2],
      [3, 17, 2],
    ]);
  });

  it('passes forced items, requires and excludes through: infeasible budgets come first with value null', async () => {
    const problem: Problem = {
      items: items.map((i) => (i.id === 'C' ? { ...i, forced: 'in' as const } : i)),
      capacities: [0, 10],
      requires: [{ id: 'A', requiresId: 'D' }],
      excludes: [['B', 'D']],
    };
    const points = await efficientFrontier(problem, budgetSweep(12, 6), bruteForce);
    // C (3) is forced: 0 and 2 are infeasible; 4: C 5; 6: C+B 12; 8: C+B 12 (A needs D, D excludes B; C+D 9);
    // 10: C+B 12 vs C+A+D (9) 19 → 19; 12: C+A+D 19 (B cannot join D)
    expect(points.map((p) => [p.budget, p.value, p.feasible])).toEqual([
      [0, null, false],
      [2, null, false],
      [4, 5, true],
      [6, 12, true],
      [8, 12, true],
      [10, 19, true],
      [12, 19, true],
    ]);
    expect(points[5]!.selected).toEqual(['A', 'C', 'D']);
  });

  it('keeps the earlier selection when an optimiser returns less at a larger budget (marked carried)', async () => {
    const flaky = async (p: Problem): Promise<FrontierSolution> =>
      p.capacities[0] === 8 ? { status: 'TIME_LIMIT', objective: 4, selected: ['D'] } : bruteForce(p);
    const points = await efficientFrontier({ items, capacities: [0, 10] }, [6, 8, 10], flaky);
    expect(points.map((p) => [p.budget, p.value, p.selected, p.status, p.carried])).toEqual([
      [6, 14, ['A', 'D'], 'optimal', false],
      [8, 14, ['A', 'D'], 'TIME_LIMIT', true],
      [10, 22, ['A', 'B', 'C'], 'optimal', false],
    ]);
    // optimisePortfolio's 'unknown': no solution within the time limit
    const failing = async (p: Problem): Promise<FrontierSolution> => (p.capacities[0] === 8 ? { status: 'unknown', objective: 0, selected: [] } : bruteForce(p));
    const repaired = await efficientFrontier({ items, capacities: [0, 10] }, [6, 8], failing);
    expect(repaired[1]).toMatchObject({ value: 14, feasible: true, carried: true, status: 'unknown' });
    const unknownFirst = await efficientFrontier({ items, capacities: [0, 10] }, [8], failing);
    expect(unknownFirst[0]).toMatchObject({ value: null, feasible: false, carried: false, selected: [] });
  });

  it('refuses a dimension that is not a capacity and negative budgets', async () => {
    await expect(efficientFrontier({ items, capacities: [10] }, [1], bruteForce, { dimension: 1 })).rejects.toThrow(RangeError);
    await expect(efficientFrontier({ items, capacities: [10] }, [-1], bruteForce)).rejects.toThrow(RangeError);
  });

  it('frontierValueAt reads the step function', async () => {
    const points = await efficientFrontier({ items, capacities: [0, 10] }, budgetSweep(10, 5), bruteForce);
    expect(frontierValueAt(points, 5)).toBe(10);
    expect(frontierValueAt(points, 10)).toBe(22);
    expect(frontierValueAt(points, 100)).toBe(22);
    expect(frontierValueAt([], 5)).toBeNull();
  });

  it('property: sorted by budget, value non-decreasing and equal to the brute-force optimum at every budget', async () => {
    const item = fc.record({ value: fc.integer({ min: -5, max: 50 }), cost: fc.integer({ min: 0, max: 20 }), forced: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 8 }), async (raw, total, steps) => {
        const problem: Problem = {
          items: raw.map((r, i) => ({ id: `i${i}`, value: r.value, weights: [r.cost], ...(r.forced && i % 3 === 0 ? { forced: (i % 2 ? 'out' : 'in') as 'in' | 'out' } : {}) })),
          capacities: [0],
          excludes: raw.length >= 2 ? [['i0', 'i1']] : [],
        };
        const points = await efficientFrontier(problem, budgetSweep(total, steps), bruteForce);
        let last = -Infinity;
        let seenFeasible = false;
        for (const [k, p] of points.entries()) {
          if (k > 0) expect(p.budget).toBeGreaterThan(points[k - 1]!.budget);
          if (p.value === null) {
            expect(seenFeasible).toBe(false);
            continue;
          }
          seenFeasible = true;
          expect(p.value).toBeGreaterThanOrEqual(last);
          last = p.value;
          expect(p.amount).toBeLessThanOrEqual(p.budget);
          const direct = await bruteForce({ ...problem, capacities: [p.budget] });
          expect(p.value).toBe(direct.objective);
          expect(p.carried).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
