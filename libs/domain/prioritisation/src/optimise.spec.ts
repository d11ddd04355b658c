import { describe, expect, it } from '@jest/globals';
import {
  PortfolioInputError,
  compareWithOptimum,
  evaluateSelection,
  greedyByValuePerWeight,
  loadHighs,
  optimisePortfolio,
  setHighsLoader,
  toCplexLp,
  type ItemExplanation,
  type PortfolioItem,
  type PortfolioProblem,
  type PortfolioSolution,
} from './optimise.js';

const item = (id: string, value: number, weights: number[], forced?: 'in' | 'out'): PortfolioItem => ({ id, value, weights, ...(forced ? { forced } : {}) });
const explanationOf = (r: PortfolioSolution, id: string): ItemExplanation => r.explanations.find((e) => e.id === id)!;

/**
 * One budget of 10.  A: 10 for 5, B: 8 for 4, C: 7 for 3, D: 4 for 2.
 * All four weigh 14, so at most three fit; the triples that fit: A+C+D (weight 10, value 21) and
 * B+C+D (9, 19); A+B+C (12) and A+B+D (11) do not. Pairs are worth at most 18 (A+B).
 * Optimum: A, C, D = 21, using the whole budget.
 * Without A the best is B+C+D = 19 (A is worth 2); without C: A+B = 18 (worth 3); without D: A+B = 18 (3).
 * With B forced in: B+C+D = 19, so B lacks 21 − 19 = 2 in value; next to A+C+D it needs 4 more budget.
 */
const oneBudget: PortfolioProblem = {
  items: [item('A', 10, [5]), item('B', 8, [4]), item('C', 7, [3]), item('D', 4, [2])],
  capacities: [10],
  constraintNames: ['Budget 2027'],
};

describe('optimisePortfolio: a budget solvable by hand', () => {
  it('finds the optimum and proves it', async () => {
    const r = await optimisePortfolio(oneBudget);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(21);
    expect(r.selected).toEqual(['A', 'C', 'D']);
    expect(r.gap).toBe(0);
    expect(r.bound).toBe(21);
    expect(r.conflicts).toEqual([]);
    expect(r.usage).toEqual([{ constraintIndex: 0, name: 'Budget 2027', capacity: 10, used: 10, slack: 0, binding: true }]);
    expect(r.stats.solverStatus).toBe('Optimal');
  });

  it('explains the left-out item by the binding budget and its shortfall', async () => {
    const r = await optimisePortfolio(oneBudget);
    expect(explanationOf(r, 'A')).toEqual({ id: 'A', decision: 'SELECTED', reasons: [] });
    expect(explanationOf(r, 'B')).toEqual({
      id: 'B',
      decision: 'NOT_SELECTED',
      reasons: [{ code: 'CAPACITY', constraintIndex: 0, constraintName: 'Budget 2027', capacity: 10, used: 10, needed: 4, shortfall: 4 }],
    });
    expect(explanationOf(r, 'B').valueNeeded).toBeUndefined();
  });

  it("with explain 'full' gives the value an item lacks and the value each selected item brings", async () => {
    const r = await optimisePortfolio(oneBudget, { explain: 'full' });
    expect(explanationOf(r, 'B')).toMatchObject({ decision: 'NOT_SELECTED', valueNeeded: 2, exact: true });
    expect(explanationOf(r, 'A')).toMatchObject({ decision: 'SELECTED', valueLost: 2, exact: true });
    expect(explanationOf(r, 'C')).toMatchObject({ valueLost: 3, exact: true });
    expect(explanationOf(r, 'D')).toMatchObject({ valueLost: 3, exact: true });
    expect(r.stats.solverRuns).toBe(5);
  });

  it('respects forced decisions', async () => {
    // B forced in: B + C + D = 19 (A no longer fits); A forced out: the same 19
    const withB = await optimisePortfolio({ ...oneBudget, items: oneBudget.items.map((i) => (i.id === 'B' ? { ...i, forced: 'in' as const } : i)) });
    expect(withB).toMatchObject({ status: 'optimal', objective: 19, selected: ['B', 'C', 'D'] });
    expect(explanationOf(withB, 'B').decision).toBe('FORCED_IN');
    expect(explanationOf(withB, 'A').reasons).toEqual([expect.objectContaining({ code: 'CAPACITY', used: 9, needed: 5, shortfall: 4 })]);

    const withoutA = await optimisePortfolio({ ...oneBudget, items: oneBudget.items.map((i) => (i.id === 'A' ? { ...i, forced: 'out' as const } : i)) });
    expect(withoutA).toMatchObject({ status: 'optimal', objective: 19, selected: ['B', 'C', 'D'] });
    expect(explanationOf(withoutA, 'A')).toEqual({ id: 'A', decision: 'FORCED_OUT', reasons: [] });
  });
});

describe('optimisePortfolio: dependencies', () => {
  /**
   * Budget 10. X: 6 for 2 but requires Y: 1 for 6; Z: 5 for 5; W: 4 for 3.
   * Without the requirement X + Z + W = 15 fits exactly. With it, X comes with Y (8 for 8) and then
   * neither Z nor W fits: 7. Z + W = 9 (weight 8), and X cannot join without Y. Optimum: Z, W = 9.
   * X needs its 2 plus Y's 6 = 8 on top of the 8 used: 6 short.
   */
  const requires: PortfolioProblem = {
    items: [item('X', 6, [2]), item('Y', 1, [6]), item('Z', 5, [5]), item('W', 4, [3])],
    capacities: [10],
    requires: [{ id: 'X', requiresId: 'Y' }],
  };

  it('selects an item only with what it requires', async () => {
    const r = await optimisePortfolio(requires);
    expect(r).toMatchObject({ status: 'optimal', objective: 9, selected: ['Z', 'W'] });
    expect(explanationOf(r, 'X').reasons).toEqual([
      { code: 'REQUIRES', requiresId: 'Y', forcedOut: false },
      { code: 'CAPACITY', constraintIndex: 0, constraintName: 'Constraint 1', capacity: 10, used: 8, needed: 8, shortfall: 6 },
    ]);
  });

  it('names the required item that is forced out', async () => {
    // Y forced out: X can never come in; Z + W + … = 9 still
    const r = await optimisePortfolio({ ...requires, items: requires.items.map((i) => (i.id === 'Y' ? { ...i, forced: 'out' as const } : i)) });
    expect(r.objective).toBe(9);
    expect(explanationOf(r, 'X').reasons[0]).toEqual({ code: 'REQUIRES', requiresId: 'Y', forcedOut: true });
  });

  it('selects the required item too when the requiring one is worth it', async () => {
    // budget 20: everything fits (X, Y, Z, W weigh 16): 16; Y is selected because X requires it
    const r = await optimisePortfolio({ ...requires, capacities: [20] });
    expect(r).toMatchObject({ objective: 16, selected: ['X', 'Y', 'Z', 'W'] });
    expect(explanationOf(r, 'Y')).toEqual({ id: 'Y', decision: 'SELECTED', reasons: [{ code: 'REQUIRED_BY', byId: 'X' }] });
  });

  /**
   * Budget 10. P: 6 for 4, Q: 5 for 3, R: 4 for 3; P and Q exclude each other.
   * All three fit (weight 10, value 15), but not P with Q: P + R = 10 beats Q + R = 9.
   */
  it('says when an item is blocked through what it requires, or can never be selected', async () => {
    // Z requires W, W and V exclude each other, V is worth most: V is taken, so Z is blocked via W.
    // X requires Y but X and Y exclude each other: X can never be selected.
    const r = await optimisePortfolio({
      items: [item('V', 9, [1]), item('W', 1, [1]), item('Z', 5, [1]), item('X', 7, [1]), item('Y', 1, [1])],
      capacities: [10],
      requires: [
        { id: 'Z', requiresId: 'W' },
        { id: 'X', requiresId: 'Y' },
      ],
      excludes: [
        ['V', 'W'],
        ['X', 'Y'],
      ],
    });
    expect(r).toMatchObject({ status: 'optimal', objective: 10, selected: ['V', 'Y'] });
    expect(explanationOf(r, 'Z').reasons).toEqual([
      { code: 'REQUIRES', requiresId: 'W', forcedOut: false },
      { code: 'EXCLUDED_BY', byId: 'V', via: 'W' },
    ]);
    expect(explanationOf(r, 'X').reasons).toEqual([{ code: 'EXCLUDED_BY', byId: 'Y' }]);
  });

  it('keeps at most one of an exclusion group', async () => {
    const r = await optimisePortfolio({ items: [item('P', 6, [4]), item('Q', 5, [3]), item('R', 4, [3])], capacities: [10], excludes: [['P', 'Q']] });
    expect(r).toMatchObject({ status: 'optimal', objective: 10, selected: ['P', 'R'] });
    expect(explanationOf(r, 'Q').reasons).toEqual([{ code: 'EXCLUDED_BY', byId: 'P' }]);
  });
});

describe('optimisePortfolio: several constraints', () => {
  /**
   * Budget 2027 = 10 and Budget 2028 = 10.  A: 10 for [6, 2], B: 9 for [2, 6], C: 8 for [4, 4], D: 5 for [4, 4].
   * Pairs: A+B [8, 8] 19, A+C [10, 6] 18, B+C [6, 10] 17, C+D [8, 8] 13, A+D [10, 6] 15, B+D [6, 10] 14.
   * Any triple needs more than 10 in one year (A+B+C [12, 12], A+B+D [12, 12], A+C+D [14, 10], B+C+D [10, 14]).
   * Optimum: A, B = 19; C would need 4 more in each year on top of 8: 2 short in both.
   */
  const years: PortfolioProblem = {
    items: [item('A', 10, [6, 2]), item('B', 9, [2, 6]), item('C', 8, [4, 4]), item('D', 5, [4, 4])],
    capacities: [10, 10],
    constraintNames: ['Budget 2027', 'Budget 2028'],
  };

  it('satisfies every year and names each one that stops an item', async () => {
    const r = await optimisePortfolio(years);
    expect(r).toMatchObject({ status: 'optimal', objective: 19, selected: ['A', 'B'] });
    expect(explanationOf(r, 'C').reasons).toEqual([
      { code: 'CAPACITY', constraintIndex: 0, constraintName: 'Budget 2027', capacity: 10, used: 8, needed: 4, shortfall: 2 },
      { code: 'CAPACITY', constraintIndex: 1, constraintName: 'Budget 2028', capacity: 10, used: 8, needed: 4, shortfall: 2 },
    ]);
    expect(r.usage.map((u) => [u.name, u.used, u.binding])).toEqual([
      ['Budget 2027', 8, true],
      ['Budget 2028', 8, true],
    ]);
  });

  it('beats or equals the greedy heuristic, which takes A, then B, and stops', async () => {
    // value per normalised weight: A 10/0.8, B 9/0.8, C 8/0.8, D 5/0.8: greedy = A, B = 19 too
    const greedy = greedyByValuePerWeight(years);
    expect(greedy).toMatchObject({ selected: ['A', 'B'], feasible: true, objective: 19 });
  });
});

describe('optimisePortfolio: infeasible problems', () => {
  it('names the budget that forced-in items exceed, with need and capacity', async () => {
    const r = await optimisePortfolio({
      items: [item('A', 5, [6, 1], 'in'), item('B', 4, [5, 1], 'in'), item('C', 3, [1, 1])],
      capacities: [10, 10],
      constraintNames: ['Budget 2028', 'Personaltimmar 2028'],
    });
    expect(r).toMatchObject({ status: 'infeasible', objective: 0, selected: [], gap: null, bound: null });
    expect(r.conflicts).toEqual([{ code: 'CAPACITY_EXCEEDED', constraintIndex: 0, constraintName: 'Budget 2028', needed: 11, capacity: 10, shortfall: 1, itemIds: ['A', 'B'] }]);
    expect(r.stats.solverRuns).toBe(0);
  });

  it('counts what forced-in items require towards the capacity', async () => {
    const r = await optimisePortfolio({ items: [item('A', 5, [6], 'in'), item('B', 1, [5])], capacities: [10], requires: [{ id: 'A', requiresId: 'B' }] });
    expect(r.conflicts).toEqual([expect.objectContaining({ code: 'CAPACITY_EXCEEDED', needed: 11, itemIds: ['A', 'B'] })]);
  });

  it('names a forced-in item that requires a forced-out one, with the chain', async () => {
    const r = await optimisePortfolio({
      items: [item('A', 5, [1], 'in'), item('B', 1, [1]), item('C', 1, [1], 'out')],
      capacities: [10],
      requires: [
        { id: 'A', requiresId: 'B' },
        { id: 'B', requiresId: 'C' },
      ],
    });
    expect(r.status).toBe('infeasible');
    expect(r.conflicts).toEqual([{ code: 'REQUIRES_FORCED_OUT', itemId: 'B', requiresId: 'C', chain: ['A', 'B', 'C'] }]);
  });

  it('names two forced-in items in one exclusion group', async () => {
    const r = await optimisePortfolio({ items: [item('A', 5, [1], 'in'), item('B', 1, [1], 'in'), item('C', 1, [1])], capacities: [10], excludes: [['A', 'B', 'C']] });
    expect(r.conflicts).toEqual([{ code: 'MUTUALLY_EXCLUSIVE', itemIds: ['A', 'B'], group: ['A', 'B', 'C'], chains: [['A'], ['B']] }]);
  });

  it('leaves a joint conflict of negative weights to the solver and still says it is infeasible', async () => {
    // A forced in needs 6 of 5 in year 1 unless B (−2 in year 1) comes too, but B needs 3 of 2 in year 2:
    // each capacity alone can be met, both together cannot
    const r = await optimisePortfolio({ items: [item('A', 1, [6, 0], 'in'), item('B', 1, [-2, 3])], capacities: [5, 2] });
    expect(r.status).toBe('infeasible');
    expect(r.conflicts).toEqual([expect.objectContaining({ code: 'UNEXPLAINED' })]);
    expect(r.stats.solverRuns).toBe(1);
  });
});

describe('optimisePortfolio: edge cases', () => {
  it('solves zero items without the solver', async () => {
    const r = await optimisePortfolio({ items: [], capacities: [100] });
    expect(r).toMatchObject({ status: 'optimal', objective: 0, selected: [], explanations: [], gap: 0 });
    expect(r.stats.solverRuns).toBe(0);
  });

  it('reports zero items against a negative capacity as infeasible', async () => {
    const r = await optimisePortfolio({ items: [], capacities: [-1] });
    expect(r.status).toBe('infeasible');
    expect(r.conflicts[0]).toMatchObject({ code: 'CAPACITY_EXCEEDED', needed: 0, capacity: -1 });
  });

  it('without capacities selects every item with a positive value, and none worth nothing', async () => {
    const r = await optimisePortfolio({ items: [item('A', 3, []), item('B', -1, []), item('C', 0, [])], capacities: [] });
    expect(r).toMatchObject({ status: 'optimal', objective: 3, selected: ['A'] });
    expect(explanationOf(r, 'B').reasons).toEqual([{ code: 'NO_VALUE', value: -1 }]);
    expect(explanationOf(r, 'C').reasons).toEqual([{ code: 'NO_VALUE', value: 0 }]);
  });

  it('takes an item with all-zero weights whenever it has value, and a negative-valued one only when forced', async () => {
    const r = await optimisePortfolio({ items: [item('free', 2, [0, 0]), item('costly', -5, [1, 1], 'in'), item('big', 10, [11, 0])], capacities: [10, 10] });
    expect(r).toMatchObject({ status: 'optimal', objective: -3, selected: ['free', 'costly'] });
    expect(explanationOf(r, 'big').reasons).toEqual([expect.objectContaining({ code: 'CAPACITY', used: 1, needed: 11, shortfall: 2 })]);
  });

  it('keeps ids away from the solver: any characters work', async () => {
    const ids = ['Ärende 12/3: e-tjänst', 'x0', 'a b\nc', '\\ obj: 1e9 >= 2'];
    const r = await optimisePortfolio({ items: ids.map((id, k) => item(id, k + 1, [1])), capacities: [2] });
    // values 1 … 4, room for two: the last two
    expect(r.selected).toEqual(['a b\nc', '\\ obj: 1e9 >= 2']);
    expect(r.objective).toBe(7);
  });

  it('works with kronor and öre at realistic magnitudes', async () => {
    // capacity 1 000 000.10: the two items of 500 000.05 fit exactly; a float sum must not reject them
    const r = await optimisePortfolio({ items: [item('a', 1, [500_000.05]), item('b', 1, [500_000.05]), item('c', 1.5, [600_000])], capacities: [1_000_000.1] });
    expect(r).toMatchObject({ status: 'optimal', objective: 2, selected: ['a', 'b'] });
  });

  it('takes an infinite time limit (HiGHS refuses Infinity as an option value: it is left out)', async () => {
    expect(await optimisePortfolio({ ...oneBudget, timeLimitSeconds: Number.POSITIVE_INFINITY })).toMatchObject({ status: 'optimal', objective: 21 });
  });

  it('accepts an injected HiGHS runtime or loader, and a replaced default loader (the browser passes locateFile there)', async () => {
    const highs = await loadHighs();
    expect((await optimisePortfolio(oneBudget, { highs })).objective).toBe(21);
    expect((await optimisePortfolio(oneBudget, { highs: () => Promise.resolve(highs) })).objective).toBe(21);
    let loads = 0;
    setHighsLoader(() => {
      loads++;
      return Promise.resolve(highs);
    });
    try {
      await optimisePortfolio(oneBudget);
      await optimisePortfolio(oneBudget);
      expect(loads).toBe(1);
    } finally {
      setHighsLoader(undefined);
    }
  });
});

describe('input validation', () => {
  const codeOf = (p: unknown): string | undefined => {
    try {
      evaluateSelection(p as PortfolioProblem, []);
    } catch (e) {
      if (e instanceof PortfolioInputError) return e.code;
      throw e;
    }
    return undefined;
  };

  it('refuses malformed problems with a code and a path', async () => {
    expect(codeOf({ items: [item('a', 1, [1, 2])], capacities: [1] })).toBe('WEIGHTS_LENGTH');
    expect(codeOf({ items: [item('a', Number.NaN, [1])], capacities: [1] })).toBe('NOT_FINITE');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [Number.POSITIVE_INFINITY] })).toBe('NOT_FINITE');
    expect(codeOf({ items: [item('a', 1e16, [1])], capacities: [1] })).toBe('OUT_OF_RANGE');
    expect(codeOf({ items: [item('a', 1, [1]), item('a', 2, [1])], capacities: [1] })).toBe('DUPLICATE_ID');
    expect(codeOf({ items: [item('', 1, [1])], capacities: [1] })).toBe('EMPTY_ID');
    expect(codeOf({ items: [{ id: 'a', value: 1, weights: [1], forced: 'maybe' }], capacities: [1] })).toBe('INVALID_FORCED');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [1], requires: [{ id: 'a', requiresId: 'b' }] })).toBe('UNKNOWN_ID');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [1], excludes: [['a', 'zz']] })).toBe('UNKNOWN_ID');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [1], constraintNames: ['x', 'y'] })).toBe('CONSTRAINT_NAMES_LENGTH');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [1], timeLimitSeconds: 0 })).toBe('INVALID_TIME_LIMIT');
    expect(codeOf({ items: 'none', capacities: [1] })).toBe('INVALID_SHAPE');
    expect(codeOf({ items: [item('a', 1, [1])], capacities: [1] })).toBeUndefined();
    await expect(optimisePortfolio({ items: [item('a', 1, [1, 2])], capacities: [1] })).rejects.toMatchObject({ name: 'PortfolioInputError', code: 'WEIGHTS_LENGTH', issues: [expect.objectContaining({ path: 'items[0].weights' })] });
  });

  it('lists every issue, not only the first', () => {
    let refusal: unknown;
    try {
      evaluateSelection({ items: [item('a', Number.NaN, [1, 2]), item('a', 1, [Number.NaN])], capacities: [1] }, []);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(PortfolioInputError);
    expect((refusal as PortfolioInputError).issues.map((i) => `${i.code} ${i.path}`)).toEqual(['NOT_FINITE items[0].value', 'WEIGHTS_LENGTH items[0].weights', 'DUPLICATE_ID items[1].id', 'NOT_FINITE items[1].weights[0]']);
  });
});

describe('evaluateSelection and compareWithOptimum', () => {
  it('checks a manual selection and lists what it breaks', () => {
    const e = evaluateSelection(
      { items: [item('A', 10, [5], 'in'), item('B', 8, [4]), item('C', 7, [3], 'out'), item('D', 4, [2])], capacities: [10], requires: [{ id: 'D', requiresId: 'A' }], excludes: [['B', 'C']] },
      ['B', 'C', 'D', 'D'],
    );
    expect(e).toMatchObject({ selected: ['B', 'C', 'D'], feasible: false, objective: 19, usage: [{ constraintIndex: 0, name: 'Constraint 1', capacity: 10, used: 9, slack: 1 }] });
    expect(e.violations).toEqual([
      { code: 'FORCED_IN_MISSING', itemId: 'A' },
      { code: 'FORCED_OUT_SELECTED', itemId: 'C' },
      { code: 'REQUIREMENT_MISSING', itemId: 'D', requiresId: 'A' },
      { code: 'EXCLUSION_VIOLATED', itemIds: ['B', 'C'], group: ['B', 'C'] },
    ]);
    expect(() => evaluateSelection(oneBudget, ['nope'])).toThrow(PortfolioInputError);
  });

  it('gives the share of the achievable value a manual proposal reaches', async () => {
    const optimum = await optimisePortfolio(oneBudget);
    // manual A + B = 18 of the achievable 21: 85.7 %
    const c = compareWithOptimum(['A', 'B'], oneBudget, optimum);
    expect(c.manual).toMatchObject({ feasible: true, objective: 18 });
    expect(c.achievableValue).toBe(21);
    expect(c.share).toBeCloseTo(18 / 21, 12);
    expect(c.shareOfBound).toBeCloseTo(18 / 21, 12);
    expect(c).toMatchObject({ valueGap: 3, provenOptimal: true, onlyManual: ['B'], onlyOptimised: ['C', 'D'] });
  });
});

describe('toCplexLp', () => {
  it('writes the same model in CPLEX LP format with sanitised names, solvable by HiGHS', async () => {
    const problem: PortfolioProblem = {
      items: [item('Ärende: 1', 10, [6, 2]), item('B b', 9, [2, 6]), item('C', 8, [4, 4], 'out'), item('D', -5, [4, -4])],
      capacities: [10, 10],
      requires: [{ id: 'D', requiresId: 'B b' }],
      excludes: [['Ärende: 1', 'D']],
    };
    const lp = toCplexLp(problem);
    expect(lp).not.toContain('Ärende');
    expect(lp).toContain(' c1: 2 x0 + 6 x1 + 4 x2 - 4 x3 <= 10');
    expect(lp).toContain(' r0: 1 x3 - 1 x1 <= 0');
    expect(lp).toContain(' x2 = 0');
    const highs = await loadHighs();
    const solved = highs.solve(lp, { output_flag: false, mip_rel_gap: 0 });
    expect(solved.Status).toBe('Optimal');
    expect(solved.ObjectiveValue).toBeCloseTo((await optimisePortfolio(problem)).objective, 9);
  });
});
