import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { amountsPerYear, fundedAlongOrder, roundFrontier, objectiveValues, roundProblem, splitByYear, type RoundItem, type RoundSettings } from './round-problem.js';
import { evaluateSelection } from './optimise-model.js';
import { optimisePortfolio } from './optimise.js';

const item = (id: string, over: Partial<RoundItem> = {}): RoundItem => ({
  id,
  requestedAmount: 1_000_000,
  amountsByYear: [{ year: 2027, amount: 1_000_000 }],
  staffHoursByYear: [],
  score: 50,
  npv: 100_000,
  eligibility: 'ELIGIBLE',
  ...over,
});

const settings = (over: Partial<RoundSettings> = {}): RoundSettings => ({
  objective: 'SCORE',
  budget: 2_000_000,
  yearlyBudgets: [],
  staffCapacity: [],
  useYearlyBudgets: false,
  useStaffCapacity: false,
  onlyEligible: true,
  forcedIn: [],
  forcedOut: [],
  ...over,
});

describe('splitByYear', () => {
  it('splits in proportion to the weights in whole kronor that add up exactly', () => {
    expect(splitByYear(1_000_000, [{ year: 2027, amount: 300 }, { year: 2028, amount: 100 }], 2027)).toEqual([
      { year: 2027, amount: 750_000 },
      { year: 2028, amount: 250_000 },
    ]);
    expect(splitByYear(100, [{ year: 2027, amount: 1 }, { year: 2028, amount: 1 }, { year: 2029, amount: 1 }], 2027)).toEqual([
      { year: 2027, amount: 34 },
      { year: 2028, amount: 33 },
      { year: 2029, amount: 33 },
    ]);
  });

  it('puts everything in the fallback year without positive weights, and nothing for a zero amount', () => {
    expect(splitByYear(500, [], 2027)).toEqual([{ year: 2027, amount: 500 }]);
    expect(splitByYear(500, [{ year: 2028, amount: 0 }, { year: 2029, amount: -5 }], 2027)).toEqual([{ year: 2027, amount: 500 }]);
    expect(splitByYear(0, [{ year: 2028, amount: 10 }], 2027)).toEqual([]);
  });

  it('always adds up to the amount, with non-negative whole parts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.record({ year: fc.integer({ min: 2025, max: 2032 }), amount: fc.double({ min: -10, max: 1e7, noNaN: true }) }), { maxLength: 8 }),
        (amount, weights) => {
          const parts = splitByYear(amount, weights, 2027);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          for (const p of parts) expect(Number.isInteger(p.amount) && p.amount > 0).toBe(true);
        },
      ),
    );
  });
});

describe('roundProblem', () => {
  it('names the total budget first, then each yearly budget and each year of staff capacity, with the items’ weights in the same order', () => {
    const items = [
      item('a', { amountsByYear: [{ year: 2027, amount: 600_000 }, { year: 2028, amount: 400_000 }], staffHoursByYear: [{ year: 2028, amount: 300 }] }),
      item('b', { requestedAmount: 500_000, amountsByYear: [{ year: 2028, amount: 500_000 }] }),
    ];
    const { problem, constraints } = roundProblem(
      items,
      settings({
        useYearlyBudgets: true,
        useStaffCapacity: true,
        yearlyBudgets: [{ year: 2028, amount: 800_000 }, { year: 2027, amount: 1_200_000 }],
        staffCapacity: [{ year: 2028, amount: 1000 }],
      }),
    );
    expect(constraints.map((c) => c.key)).toEqual(['budget', 'budget-2027', 'budget-2028', 'staff-2028']);
    expect(constraints.map((c) => c.label)).toEqual(['Budget', 'Budget 2027', 'Budget 2028', 'Personaltimmar 2028']);
    expect(problem.capacities).toEqual([2_000_000, 1_200_000, 800_000, 1000]);
    expect(problem.items.map((i) => i.weights)).toEqual([
      [1_000_000, 600_000, 400_000, 300],
      [500_000, 0, 500_000, 0],
    ]);
  });

  it('leaves the yearly and staff constraints out unless asked for', () => {
    const { problem } = roundProblem([item('a')], settings({ yearlyBudgets: [{ year: 2027, amount: 1 }], staffCapacity: [{ year: 2027, amount: 1 }] }));
    expect(problem.capacities).toEqual([2_000_000]);
  });

  it('forces out what is forced out or not eligible (when only eligible ones count), and in what is forced in', () => {
    const items = [item('a'), item('b', { eligibility: 'NOT_ELIGIBLE' }), item('c', { eligibility: 'INCOMPLETE' }), item('d')];
    const built = roundProblem(items, settings({ forcedIn: ['d'], forcedOut: ['a'] }));
    expect(built.problem.items.map((i) => i.forced ?? null)).toEqual(['out', 'out', null, 'in']);
    expect(built.ineligible).toEqual(['b']);
    expect(roundProblem(items, settings({ onlyEligible: false })).problem.items.map((i) => i.forced ?? null)).toEqual([null, null, null, null]);
  });

  it('caps the time limit at a minute', () => {
    expect(roundProblem([item('a')], settings({ timeLimitSeconds: 600 })).problem.timeLimitSeconds).toBe(60);
    expect(roundProblem([item('a')], settings()).problem.timeLimitSeconds).toBe(10);
  });

  it('gives a problem the optimiser solves: the best two of three within the budget', async () => {
    const items = [item('a', { score: 80 }), item('b', { score: 30 }), item('c', { score: 60, requestedAmount: 900_000 })];
    const result = await optimisePortfolio(roundProblem(items, settings()).problem);
    expect(result.status).toBe('optimal');
    expect(result.selected).toEqual(['a', 'c']);
    expect(result.objective).toBe(140);
  });
});

describe('objectiveValues', () => {
  it('takes the score or the NPV, 0 when missing, and a blend in 0–100', () => {
    const items = [item('a', { score: 80, npv: 0 }), item('b', { score: null, npv: 200 }), item('c', { score: 40, npv: null })];
    expect(objectiveValues(items, 'SCORE')).toEqual([80, 0, 40]);
    expect(objectiveValues(items, 'NPV')).toEqual([0, 200, 0]);
    const blend = objectiveValues([item('a', { score: 80, npv: 0 }), item('b', { score: 40, npv: 200 })], 'BLEND', 0.5);
    expect(blend).toEqual([50, 50]);
  });
});

describe('amountsPerYear', () => {
  it('sums the selected items per year', () => {
    const items = [
      { id: 'a', amountsByYear: [{ year: 2028, amount: 5 }, { year: 2027, amount: 1 }] },
      { id: 'b', amountsByYear: [{ year: 2027, amount: 2 }] },
      { id: 'c', amountsByYear: [{ year: 2027, amount: 100 }] },
    ];
    expect(amountsPerYear(items, ['a', 'b'])).toEqual([
      { year: 2027, amount: 3 },
      { year: 2028, amount: 5 },
    ]);
  });
});

describe('fundedAlongOrder', () => {
  it('passes over forced-out (not eligible) items and draws the line at the first item that breaks any capacity', () => {
    const items = [
      item('a', { staffHoursByYear: [{ year: 2027, amount: 500 }] }),
      item('x', { eligibility: 'NOT_ELIGIBLE' }),
      item('b', { staffHoursByYear: [{ year: 2027, amount: 600 }] }),
      item('c', { requestedAmount: 100 }),
    ];
    const { problem } = roundProblem(items, settings({ budget: 5_000_000, useStaffCapacity: true, staffCapacity: [{ year: 2027, amount: 1000 }] }));
    expect(fundedAlongOrder(['a', 'x', 'b', 'c'], problem)).toEqual({ selected: ['a'], skipped: ['x'], breakId: 'b', breakConstraintIndex: 1 });
    expect(fundedAlongOrder(['c', 'a', 'x'], problem)).toEqual({ selected: ['c', 'a'], skipped: ['x'], breakId: null, breakConstraintIndex: null });
  });

  it('is always within every capacity, so a ranking never beats the optimum (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 3_000_000 }), hours: fc.integer({ min: 0, max: 900 }), score: fc.integer({ min: 0, max: 100 }), ok: fc.boolean() }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 8_000_000 }),
        async (rows, budget) => {
          const items = rows.map((r, k) =>
            item(`i${k}`, { requestedAmount: r.amount, amountsByYear: [{ year: 2027, amount: r.amount }], staffHoursByYear: [{ year: 2027, amount: r.hours }], score: r.score, eligibility: r.ok ? 'ELIGIBLE' : 'NOT_ELIGIBLE' }),
          );
          const { problem } = roundProblem(items, settings({ budget, useStaffCapacity: true, staffCapacity: [{ year: 2027, amount: 1500 }] }));
          const funded = fundedAlongOrder(items.map((i) => i.id), problem);
          const evaluation = evaluateSelection(problem, funded.selected);
          expect(evaluation.feasible).toBe(true);
          const optimum = await optimisePortfolio(problem);
          expect(evaluation.objective).toBeLessThanOrEqual(optimum.objective + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('roundFrontier', () => {
  it('gives the best value at each budget, with its count and status, and reports after each budget', async () => {
    const items = [item('a', { score: 80 }), item('b', { score: 30, requestedAmount: 500_000 }), item('c', { score: 60, requestedAmount: 900_000 })];
    const progress: number[] = [];
    const points = await roundFrontier(items, settings(), [0, 1_000_000, 1_900_000, 3_000_000], (done) => progress.push(done));
    expect(points).toEqual([
      { budget: 0, value: 0, selectedCount: 0, status: 'OPTIMAL' },
      { budget: 1_000_000, value: 80, selectedCount: 1, status: 'OPTIMAL' },
      { budget: 1_900_000, value: 140, selectedCount: 2, status: 'OPTIMAL' },
      { budget: 3_000_000, value: 170, selectedCount: 3, status: 'OPTIMAL' },
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });
});
