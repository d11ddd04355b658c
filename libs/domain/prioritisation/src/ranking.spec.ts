import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mergeManualOrder, rankItems, rankingOrder, rankingValues, validateManualOrder, type RankingItem } from './ranking.js';
import { budgetLine, type BudgetItem } from './ranking-budget-line.js';
import { distribution, type DistributionItem } from './ranking-distribution.js';

describe('rankItems', () => {
  const items: RankingItem[] = [
    { id: 'e-arkiv', score: 70, npv: 400_000, npvPerKrona: 0.8, amount: 500_000 },
    { id: 'chatbot', score: 85, npv: -50_000, npvPerKrona: -0.1, amount: 500_000 },
    { id: 'rpa', score: 70, npv: 900_000, npvPerKrona: 3, amount: 300_000 },
    { id: 'bokning', score: 70, npv: 900_000, npvPerKrona: 3, amount: 300_000 },
    { id: 'wifi', score: null, npv: null, npvPerKrona: null, amount: 100_000 },
    { id: 'app', amount: 50_000 },
    { id: 'nan', score: NaN, npv: Infinity, npvPerKrona: NaN, amount: 80_000 },
  ];

  it('by score: highest first; ties by smaller amount, then id; missing figures last in the same tie order', () => {
    expect(rankItems(items, 'SCORE')).toEqual([
      { id: 'chatbot', rank: 1, value: 85 },
      { id: 'bokning', rank: 2, value: 70 },
      { id: 'rpa', rank: 3, value: 70 },
      { id: 'e-arkiv', rank: 4, value: 70 },
      { id: 'app', rank: 5, value: null },
      { id: 'nan', rank: 6, value: null },
      { id: 'wifi', rank: 7, value: null },
    ]);
  });

  it('by NPV and by NPV per krona (a negative figure is still a figure)', () => {
    expect(rankingOrder(items, 'NPV')).toEqual(['bokning', 'rpa', 'e-arkiv', 'chatbot', 'app', 'nan', 'wifi']);
    expect(rankingOrder(items, 'NPV_PER_KRONA')).toEqual(['bokning', 'rpa', 'e-arkiv', 'chatbot', 'app', 'nan', 'wifi']);
  });

  it('the same order whatever order the items come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), fc.constantFrom('SCORE', 'NPV', 'NPV_PER_KRONA', 'BLEND' as const), (shuffled, key) => {
        expect(rankingOrder(shuffled, key)).toEqual(rankingOrder(items, key));
      }),
    );
  });

  describe('blend', () => {
    // by hand, α = 0.5, over A, B, C (D has no score and does not take part, also not in the normalisation):
    // score 80, 60, 40 → 1, 0.5, 0; NPV 100k, 500k, 300k → 0, 1, 0.5
    // A = 0.5·1 + 0.5·0 = 0.5, B = 0.5·0.5 + 0.5·1 = 0.75, C = 0 + 0.5·0.5 = 0.25
    const blend: RankingItem[] = [
      { id: 'A', score: 80, npv: 100_000, amount: 1 },
      { id: 'B', score: 60, npv: 500_000, amount: 1 },
      { id: 'C', score: 40, npv: 300_000, amount: 1 },
      { id: 'D', score: null, npv: 1_000_000, amount: 1 },
    ];

    it('weighted sum of the min-max-normalised score and NPV', () => {
      expect(rankingValues(blend, 'BLEND', { blendWeight: 0.5 })).toEqual([0.5, 0.75, 0.25, null]);
      expect(rankingOrder(blend, 'BLEND')).toEqual(['B', 'A', 'C', 'D']);
    });

    it('α = 1 is the score order, α = 0 the NPV order (then D takes part)', () => {
      expect(rankingOrder(blend, 'BLEND', { blendWeight: 1 })).toEqual(['A', 'B', 'C', 'D']);
      expect(rankingOrder(blend, 'BLEND', { blendWeight: 0 })).toEqual(['D', 'B', 'C', 'A']);
      // with α = 0 the NPV is normalised over all four: 100k … 1M
      expect(rankingValues(blend, 'BLEND', { blendWeight: 0 })).toEqual([0, 4 / 9, 2 / 9, 1]);
    });

    it('equal figures normalise to 1, and α outside 0..1 is refused', () => {
      expect(rankingValues([{ id: 'x', score: 50, npv: 7, amount: 1 }], 'BLEND')).toEqual([1]);
      expect(() => rankItems(blend, 'BLEND', { blendWeight: 1.5 })).toThrow(RangeError);
      expect(() => rankItems(blend, 'BLEND', { blendWeight: NaN })).toThrow(RangeError);
    });
  });
});

describe('manual order', () => {
  const ids = ['a', 'b', 'c'];

  it('a permutation is valid', () => {
    expect(validateManualOrder(['c', 'a', 'b'], ids)).toEqual({ ok: true, value: ['c', 'a', 'b'] });
    expect(validateManualOrder([], [])).toEqual({ ok: true, value: [] });
  });

  it('refuses duplicates, unknown ids, missing ids and non-lists, and says which', () => {
    expect(validateManualOrder(['c', 'x', 'c'], ids)).toEqual({
      ok: false,
      errors: [
        { field: 'order.1', code: 'UNKNOWN_REFERENCE' },
        { field: 'order.2', code: 'DUPLICATE' },
        { field: 'order', code: 'TOO_FEW' },
      ],
      missing: ['a', 'b'],
      unknown: ['x'],
      duplicates: ['c'],
    });
    expect(validateManualOrder('a,b,c', ids)).toMatchObject({ ok: false, errors: [{ field: 'order', code: 'REQUIRED' }] });
    expect(validateManualOrder(['a', 1, 'c'], ids)).toMatchObject({ ok: false, errors: [{ field: 'order', code: 'REQUIRED' }] });
  });

  it('property: any permutation validates; dropping or repeating one id does not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 30 }).chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        ([xs, perm]) => {
          expect(validateManualOrder(perm, xs)).toEqual({ ok: true, value: perm });
          expect(validateManualOrder(perm.slice(1), xs).ok).toBe(false);
          expect(validateManualOrder([...perm, perm[0]!], xs).ok).toBe(false);
        },
      ),
    );
  });

  it('mergeManualOrder keeps the saved order, drops gone ids and appends new ones in the fallback order', () => {
    expect(mergeManualOrder(['c', 'gone', 'a', 'c'], ['a', 'b', 'c', 'd'], ['d', 'b'])).toEqual(['c', 'a', 'd', 'b']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')), fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')), (saved, current) => {
        expect(validateManualOrder(mergeManualOrder(saved, current), current).ok).toBe(true);
      }),
    );
  });
});

describe('budgetLine', () => {
  const items: BudgetItem[] = [
    { id: 'A', amount: 400_000, amountsByYear: [{ year: 2027, amount: 300_000 }, { year: 2028, amount: 100_000 }] },
    { id: 'B', amount: 300_000, amountsByYear: [{ year: 2027, amount: 250_000 }, { year: 2028, amount: 50_000 }] },
    { id: 'C', amount: 400_000, amountsByYear: [{ year: 2028, amount: 400_000 }] },
    { id: 'D', amount: 200_000, amountsByYear: [{ year: 2027, amount: 100_000 }, { year: 2028, amount: 100_000 }] },
  ];
  const order = ['A', 'B', 'C', 'D'];

  it('by hand, 1 000 000 kr: 400k, 700k, 1.1M, 1.3M → the fund runs out at C; D would still fit if C were skipped', () => {
    const line = budgetLine(order, items, 1_000_000);
    expect(line.rows.map((r) => [r.id, r.cumulative, r.remaining, r.fits, r.fitsWhenSkipping])).toEqual([
      ['A', 400_000, 600_000, true, true],
      ['B', 700_000, 300_000, true, true],
      ['C', 1_100_000, -100_000, false, false],
      ['D', 1_300_000, -300_000, false, true],
    ]);
    expect(line).toMatchObject({ budget: 1_000_000, total: 1_300_000, breakIndex: 2, breakId: 'C', lineIndex: 2, fundedAmount: 700_000, years: [], unbudgetedYears: [] });
  });

  it('exactly on the budget still fits', () => {
    expect(budgetLine(['A', 'B'], items, 700_000)).toMatchObject({ breakIndex: null, breakId: null, lineIndex: 2, fundedAmount: 700_000 });
  });

  it('by hand per year: 2027 (500k) breaks at B, 2028 (600k) at D, the total (1.2M) at D; the line is drawn above B', () => {
    // 2027 cumulative: 300k, 550k, 550k, 650k → B breaks; 2028: 100k, 150k, 550k, 650k → D breaks
    // skipping: A fits; B does not (2027: 300k + 250k > 500k); C does (800k, 2027 300k, 2028 500k);
    // D does (1.0M ≤ 1.2M, 2027 400k ≤ 500k, 2028 600k ≤ 600k)
    const line = budgetLine(order, items, 1_200_000, { yearlyBudgets: [{ year: 2028, amount: 600_000 }, { year: 2027, amount: 500_000 }] });
    expect(line.years).toEqual([
      { year: 2027, budget: 500_000, total: 650_000, breakIndex: 1, breakId: 'B' },
      { year: 2028, budget: 600_000, total: 650_000, breakIndex: 3, breakId: 'D' },
    ]);
    expect(line.breakIndex).toBe(3);
    expect(line.lineIndex).toBe(1);
    expect(line.fundedAmount).toBe(400_000);
    expect(line.rows.map((r) => [r.id, r.withinTotal, r.fits, r.fitsWhenSkipping])).toEqual([
      ['A', true, true, true],
      ['B', true, false, false],
      ['C', true, false, true],
      ['D', false, false, true],
    ]);
    expect(line.rows[2]!.years).toEqual([
      { year: 2027, amount: 0, cumulative: 550_000, remaining: -50_000, withinBudget: false },
      { year: 2028, amount: 400_000, cumulative: 550_000, remaining: 50_000, withinBudget: true },
    ]);
  });

  it('reports years without a budget and items without a yearly split', () => {
    const line = budgetLine(['X', 'Y'], [{ id: 'X', amount: 10, amountsByYear: [{ year: 2029, amount: 10 }] }, { id: 'Y', amount: 5 }], 100, {
      yearlyBudgets: [{ year: 2027, amount: 50 }],
    });
    expect(line.unbudgetedYears).toEqual([2029]);
    expect(line.rows.map((r) => r.yearlySplitMissing)).toEqual([false, true]);
  });

  it('an empty order, and the refusals', () => {
    expect(budgetLine([], items, 0)).toMatchObject({ rows: [], total: 0, breakIndex: null, lineIndex: 0, fundedAmount: 0 });
    expect(() => budgetLine(['nope'], items, 1)).toThrow(RangeError);
    expect(() => budgetLine(['A', 'A'], items, 1)).toThrow(RangeError);
    expect(() => budgetLine(['A'], items, -1)).toThrow(RangeError);
    expect(() => budgetLine(['X'], [{ id: 'X', amount: -5 }], 1)).toThrow(RangeError);
    expect(() => budgetLine(['A'], items, 1, { yearlyBudgets: [{ year: 2027, amount: 1 }, { year: 2027, amount: 2 }] })).toThrow(RangeError);
  });

  it('property: cumulative sums never decrease, the fitting rows are a prefix ending at lineIndex, the funded amount is within every budget', () => {
    const item = fc.record({
      amount2027: fc.integer({ min: 0, max: 1_000_000 }),
      amount2028: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 25 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (raw, budget, b27, b28) => {
          const its = raw.map((r, i) => ({
            id: `i${i}`,
            amount: r.amount2027 + r.amount2028,
            amountsByYear: [
              { year: 2027, amount: r.amount2027 },
              { year: 2028, amount: r.amount2028 },
            ],
          }));
          const line = budgetLine(
            its.map((i) => i.id),
            its,
            budget,
            { yearlyBudgets: [{ year: 2027, amount: b27 }, { year: 2028, amount: b28 }] },
          );
          line.rows.forEach((r, k) => {
            if (k > 0) {
              expect(r.cumulative).toBeGreaterThanOrEqual(line.rows[k - 1]!.cumulative);
              r.years.forEach((y, j) => expect(y.cumulative).toBeGreaterThanOrEqual(line.rows[k - 1]!.years[j]!.cumulative));
            }
            expect(r.fits).toBe(k < line.lineIndex);
            if (r.fits) expect(r.fitsWhenSkipping).toBe(true);
          });
          expect(line.fundedAmount).toBeLessThanOrEqual(budget);
          const funded = line.rows.slice(0, line.lineIndex);
          expect(funded.reduce((s, r) => s + (r.years[0]?.amount ?? 0), 0)).toBeLessThanOrEqual(b27);
          expect(funded.reduce((s, r) => s + (r.years[1]?.amount ?? 0), 0)).toBeLessThanOrEqual(b28);
          const skipping = line.rows.filter((r) => r.fitsWhenSkipping);
          expect(skipping.reduce((s, r) => s + r.amount, 0)).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });
});

describe('distribution', () => {
  const items: DistributionItem[] = [
    { id: '1', amount: 100, value: 10, departmentId: 'soc', goalAreaIds: ['trygghet', 'digital'] },
    { id: '2', amount: 200, value: null, departmentId: 'soc', goalAreaIds: ['digital'] },
    { id: '3', amount: 300, value: 30, departmentId: 'utb', goalAreaIds: [] },
    { id: '4', amount: 50, value: 5, departmentId: null, goalAreaIds: ['digital', 'digital'] },
  ];

  it('by department: selected and all, sorted by the selected amount', () => {
    expect(distribution(items, ['1', '3'], 'departmentId')).toEqual([
      { key: 'utb', selected: { count: 1, amount: 300, value: 30, valueMissing: 0 }, all: { count: 1, amount: 300, value: 30, valueMissing: 0 } },
      { key: 'soc', selected: { count: 1, amount: 100, value: 10, valueMissing: 0 }, all: { count: 2, amount: 300, value: 10, valueMissing: 1 } },
      { key: null, selected: { count: 0, amount: 0, value: 0, valueMissing: 0 }, all: { count: 1, amount: 50, value: 5, valueMissing: 0 } },
    ]);
  });

  it('by goal area: FULL counts an initiative under each of its areas, SPLIT divides it so the sums add up', () => {
    const full = distribution(items, null, 'goalAreaIds');
    expect(full.map((r) => [r.key, r.all.count, r.all.amount])).toEqual([
      ['digital', 3, 350],
      [null, 1, 300],
      ['trygghet', 1, 100],
    ]);
    const split = distribution(items, null, 'goalAreaIds', { mode: 'SPLIT' });
    expect(split.map((r) => [r.key, r.selected.count, r.selected.amount, r.selected.value])).toEqual([
      ['digital', 2.5, 300, 10],
      [null, 1, 300, 30],
      ['trygghet', 0.5, 50, 5],
    ]);
    expect(split.reduce((s, r) => s + r.all.amount, 0)).toBe(650);
  });

  it('takes a key function', () => {
    const byBand = distribution(items, null, (i) => (i.amount >= 200 ? 'stor' : 'liten'));
    expect(byBand.map((r) => [r.key, r.all.count])).toEqual([
      ['stor', 2],
      ['liten', 2],
    ]);
  });
});
