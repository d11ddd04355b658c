import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { greedyByValuePerWeight, optimisePortfolio, type PortfolioProblem } from './optimise.js';

/**
 * Random small problems (integer data, so every comparison is exact): up to 12 items, up to three
 * constraints, a few forced decisions, requirements (cycles allowed) and exclusion groups. Weights are
 * mostly positive, sometimes zero or negative (an item releasing budget).
 */
const arbProblem = (maxItems: number): fc.Arbitrary<PortfolioProblem> =>
  fc
    .record({ n: fc.integer({ min: 0, max: maxItems }), m: fc.integer({ min: 0, max: 3 }) })
    .chain(({ n, m }) => {
      const id = fc.integer({ min: 0, max: Math.max(0, n - 1) }).map((j) => `i${j}`);
      return fc.record({
        items: fc.tuple(
          ...Array.from({ length: n }, (_, j) =>
            fc.record({
              id: fc.constant(`i${j}`),
              value: fc.integer({ min: -5, max: 40 }),
              weights: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: -6, max: 0 }) }), { minLength: m, maxLength: m }),
              forced: fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('in' as const, 'out' as const) }),
            }),
          ),
        ),
        capacities: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: m, maxLength: m }),
        requires: n < 2 ? fc.constant([]) : fc.array(fc.record({ id, requiresId: id }), { maxLength: 3 }),
        excludes: n < 2 ? fc.constant([]) : fc.array(fc.array(id, { minLength: 2, maxLength: 3 }), { maxLength: 2 }),
      });
    })
    .map(({ items, ...rest }) => ({ ...rest, items: items.map(({ forced, ...item }) => (forced ? { ...item, forced } : item)) }));

/** Independent feasibility check, written from the model's definition. */
function feasible(p: PortfolioProblem, chosen: ReadonlySet<string>): boolean {
  for (let i = 0; i < p.capacities.length; i++) {
    let used = 0;
    for (const item of p.items) if (chosen.has(item.id)) used += item.weights[i]!;
    if (used > p.capacities[i]!) return false;
  }
  for (const item of p.items) {
    if (item.forced === 'in' && !chosen.has(item.id)) return false;
    if (item.forced === 'out' && chosen.has(item.id)) return false;
  }
  for (const r of p.requires ?? []) if (chosen.has(r.id) && !chosen.has(r.requiresId)) return false;
  for (const g of p.excludes ?? []) if (new Set(g.filter((id) => chosen.has(id))).size > 1) return false;
  return true;
}

/** Best objective over all 2^n selections; null when none is feasible. */
function bruteForce(p: PortfolioProblem): number | null {
  let best: number | null = null;
  const n = p.items.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = new Set(p.items.filter((_, j) => mask & (1 << j)).map((i) => i.id));
    if (!feasible(p, chosen)) continue;
    const value = p.items.reduce((s, i) => s + (chosen.has(i.id) ? i.value : 0), 0);
    if (best === null || value > best) best = value;
  }
  return best;
}

const valueOf = (p: PortfolioProblem, ids: readonly string[]) => p.items.reduce((s, i) => s + (ids.includes(i.id) ? i.value : 0), 0);

describe('optimisePortfolio on random small problems', () => {
  it('is feasible, respects every rule, is never below greedy, and equals brute force', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem(12), async (p) => {
        const r = await optimisePortfolio(p);
        const best = bruteForce(p);
        if (best === null) {
          expect(r.status).toBe('infeasible');
          expect(r.conflicts.length).toBeGreaterThan(0);
          return;
        }
        expect(r.status).toBe('optimal');
        const chosen = new Set(r.selected);
        expect(feasible(p, chosen)).toBe(true);
        expect(r.objective).toBe(valueOf(p, r.selected));
        expect(r.objective).toBe(best);
        expect(r.gap).toBe(0);
        const greedy = greedyByValuePerWeight(p);
        if (greedy.feasible) {
          expect(feasible(p, new Set(greedy.selected))).toBe(true);
          expect(r.objective).toBeGreaterThanOrEqual(greedy.objective);
        }
        // an optimal selection leaves no valuable item out without a reason
        for (const e of r.explanations) if (e.decision === 'NOT_SELECTED') expect(e.reasons.map((x) => x.code)).not.toContain('FITS');
      }),
      { numRuns: 150 },
    );
  });

  it("with explain 'full' gives exactly the value an item lacks or brings (brute force with it forced)", async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem(7), async (p) => {
        const r = await optimisePortfolio(p, { explain: 'full' });
        if (r.status !== 'optimal') return;
        for (const e of r.explanations) {
          if (e.decision !== 'SELECTED' && e.decision !== 'NOT_SELECTED') continue;
          const flipped = bruteForce({ ...p, items: p.items.map((i) => (i.id === e.id ? { ...i, forced: e.decision === 'SELECTED' ? ('out' as const) : ('in' as const) } : i)) });
          const expected = flipped === null ? null : Math.max(0, r.objective - flipped);
          expect(e.exact).toBe(true);
          expect(e.decision === 'SELECTED' ? e.valueLost : e.valueNeeded).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});
