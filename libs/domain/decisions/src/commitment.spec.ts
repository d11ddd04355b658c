import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkCommitment, committedByYear, committedTotal, remaining, type Commitment, type FundBudget } from './commitment.js';

const total: FundBudget = { total: 10_000_000 };
const yearly: FundBudget = {
  total: 10_000_000,
  byYear: [
    { year: 2028, amount: 4_000_000 },
    { year: 2027, amount: 6_000_000 },
  ],
};
const existing: Commitment[] = [
  { amount: 3_000_000, amountsByYear: [{ year: 2027, amount: 2_000_000 }, { year: 2028, amount: 1_000_000 }] },
  { amount: 2_000_000, amountsByYear: [{ year: 2027, amount: 2_000_000 }] },
];
const REASON = 'Kommundirektören beslutar om överskridande.';

describe('committedByYear, committedTotal and remaining', () => {
  it('add the commitments per year (in year order) and in total', () => {
    expect(committedByYear([...existing, { amount: 500_000, amountsByYear: [{ year: 2026, amount: 500_000 }] }])).toEqual([
      { year: 2026, amount: 500_000 },
      { year: 2027, amount: 4_000_000 },
      { year: 2028, amount: 1_000_000 },
    ]);
    expect(committedTotal(existing)).toBe(5_000_000);
    expect(committedByYear([])).toEqual([]);
  });

  it('count a commitment without a split in the total only', () => {
    expect(committedByYear([{ amount: 700_000 }, { amount: 1, amountsByYear: null }])).toEqual([]);
    expect(committedTotal([{ amount: 700_000 }, { amount: 1 }])).toBe(700_001);
  });

  it('remaining: what is left in total and per budget year, negative when overcommitted', () => {
    expect(remaining(yearly, existing)).toEqual({
      total: 5_000_000,
      byYear: [
        { year: 2027, amount: 2_000_000 },
        { year: 2028, amount: 3_000_000 },
      ],
    });
    expect(remaining(total, [{ amount: 10_000_001 }])).toEqual({ total: -1, byYear: [] });
    expect(remaining(total, [])).toEqual({ total: 10_000_000, byYear: [] });
  });

  it('refuse amounts that are not whole, non-negative kronor (a programming error, not user input)', () => {
    expect(() => committedTotal([{ amount: 1.5 }])).toThrow(RangeError);
    expect(() => committedByYear([{ amount: 1, amountsByYear: [{ year: 2027, amount: -1 }] }])).toThrow(RangeError);
    expect(() => checkCommitment({ total: Number.NaN }, [], { amount: 1 })).toThrow(RangeError);
  });
});

describe('checkCommitment against the total budget', () => {
  it('fits exactly at the budget', () => {
    const r = checkCommitment(total, existing, { amount: 5_000_000 });
    expect(r).toEqual({
      ok: true,
      fits: true,
      overcommitted: false,
      overcommitReason: null,
      constraints: [{ kind: 'TOTAL', year: null, budget: 10_000_000, committed: 5_000_000, grant: 5_000_000, after: 10_000_000, shortfall: 0 }],
      exceeded: [],
    });
  });

  it('one krona over needs a written reason (REQUIRED) and reports the shortfall', () => {
    const r = checkCommitment(total, existing, { amount: 5_000_001 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ field: 'overcommitReason', code: 'REQUIRED' }]);
    expect(r.fits).toBe(false);
    expect(r.exceeded).toEqual([{ kind: 'TOTAL', year: null, budget: 10_000_000, committed: 5_000_000, grant: 5_000_001, after: 10_000_001, shortfall: 1 }]);
  });

  it('wants the reason at least 10 characters after trimming, at most 4 000', () => {
    const over = (overcommitReason: string | null) => checkCommitment(total, existing, { amount: 6_000_000, overcommitReason });
    expect(over(null)).toMatchObject({ ok: false, errors: [{ field: 'overcommitReason', code: 'REQUIRED' }] });
    expect(over('    ')).toMatchObject({ ok: false, errors: [{ field: 'overcommitReason', code: 'REQUIRED' }] });
    expect(over('  123456789  ')).toMatchObject({ ok: false, errors: [{ field: 'overcommitReason', code: 'TOO_SHORT' }] });
    expect(over('x'.repeat(4001))).toMatchObject({ ok: false, errors: [{ field: 'overcommitReason', code: 'TOO_LONG' }] });
    expect(over('  1234567890  ')).toMatchObject({ ok: true, overcommitted: true, overcommitReason: '1234567890' });
  });

  it('an over-commitment with a reason passes, marked, with the budgets it exceeds', () => {
    const r = checkCommitment(total, existing, { amount: 6_000_000, overcommitReason: REASON });
    expect(r).toMatchObject({ ok: true, fits: false, overcommitted: true, overcommitReason: REASON });
    expect(r.exceeded.map((c) => [c.kind, c.shortfall])).toEqual([['TOTAL', 1_000_000]]);
  });

  it('ignores a reason given for a grant that fits', () => {
    expect(checkCommitment(total, existing, { amount: 1, overcommitReason: REASON })).toMatchObject({ ok: true, fits: true, overcommitted: false, overcommitReason: null });
  });

  it('once the fund is overcommitted, every further grant needs a reason', () => {
    const r = checkCommitment(total, [{ amount: 10_000_500 }], { amount: 1 });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'overcommitReason', code: 'REQUIRED' }] });
    expect(r.exceeded[0]!.shortfall).toBe(501);
  });

  it('is exact near the largest safe amounts', () => {
    const big = { total: Number.MAX_SAFE_INTEGER - 1 };
    expect(checkCommitment(big, [{ amount: Number.MAX_SAFE_INTEGER - 2 }], { amount: 1 }).fits).toBe(true);
    expect(checkCommitment(big, [{ amount: Number.MAX_SAFE_INTEGER - 2 }], { amount: 2 }).exceeded[0]!.shortfall).toBe(1);
  });
});

describe('checkCommitment against yearly budgets', () => {
  it('checks the total and every year, in year order, exactly at a year budget fits', () => {
    const r = checkCommitment(yearly, existing, { amount: 2_000_000, amountsByYear: [{ year: 2027, amount: 2_000_000 }] });
    expect(r.ok && r.fits).toBe(true);
    expect(r.constraints).toEqual([
      { kind: 'TOTAL', year: null, budget: 10_000_000, committed: 5_000_000, grant: 2_000_000, after: 7_000_000, shortfall: 0 },
      { kind: 'YEAR', year: 2027, budget: 6_000_000, committed: 4_000_000, grant: 2_000_000, after: 6_000_000, shortfall: 0 },
      { kind: 'YEAR', year: 2028, budget: 4_000_000, committed: 1_000_000, grant: 0, after: 1_000_000, shortfall: 0 },
    ]);
  });

  it('a year one krona over does not fit even when the total does', () => {
    const r = checkCommitment(yearly, existing, { amount: 2_000_001, amountsByYear: [{ year: 2027, amount: 2_000_001 }] });
    expect(r).toMatchObject({ ok: false, fits: false, errors: [{ field: 'overcommitReason', code: 'REQUIRED' }] });
    expect(r.exceeded).toEqual([{ kind: 'YEAR', year: 2027, budget: 6_000_000, committed: 4_000_000, grant: 2_000_001, after: 6_000_001, shortfall: 1 }]);
  });

  it('reports every exceeded budget with its own shortfall', () => {
    const r = checkCommitment(yearly, existing, {
      amount: 9_000_000,
      amountsByYear: [{ year: 2027, amount: 3_000_000 }, { year: 2028, amount: 6_000_000 }],
      overcommitReason: REASON,
    });
    expect(r).toMatchObject({ ok: true, overcommitted: true });
    expect(r.exceeded.map((c) => [c.kind, c.year, c.shortfall])).toEqual([
      ['TOTAL', null, 4_000_000],
      ['YEAR', 2027, 1_000_000],
      ['YEAR', 2028, 3_000_000],
    ]);
  });

  it('wants the grant split per year, adding up, over budgeted years only', () => {
    expect(checkCommitment(yearly, [], { amount: 100 })).toMatchObject({ ok: false, errors: [{ field: 'amountsByYear', code: 'REQUIRED' }] });
    expect(checkCommitment(yearly, [], { amount: 100, amountsByYear: [] })).toMatchObject({ ok: false, errors: [{ field: 'amountsByYear', code: 'REQUIRED' }] });
    expect(checkCommitment(yearly, [], { amount: 100, amountsByYear: [{ year: 2027, amount: 99 }] })).toMatchObject({
      ok: false,
      errors: [{ field: 'amountsByYear', code: 'OUT_OF_RANGE' }],
    });
    expect(checkCommitment(yearly, [], { amount: 100, amountsByYear: [{ year: 2027, amount: 50 }, { year: 2030, amount: 50 }] })).toMatchObject({
      ok: false,
      errors: [{ field: 'amountsByYear.1.year', code: 'OUTSIDE_HORIZON' }],
    });
    // without yearly budgets a split is still checked for its sum, but its years constrain nothing
    expect(checkCommitment(total, [], { amount: 100, amountsByYear: [{ year: 2030, amount: 100 }] })).toMatchObject({ ok: true, fits: true });
    expect(checkCommitment(total, [], { amount: 100, amountsByYear: [{ year: 2030, amount: 10 }] })).toMatchObject({ ok: false, errors: [{ field: 'amountsByYear', code: 'OUT_OF_RANGE' }] });
  });
});

describe('properties', () => {
  const YEARS = [2027, 2028, 2029];
  const split = (max: number) => fc.tuple(...YEARS.map(() => fc.nat({ max }))).map((parts) => YEARS.map((year, i) => ({ year, amount: parts[i]! })));
  const commitment = (max: number) => split(max).map((amountsByYear) => ({ amount: amountsByYear.reduce((s, a) => s + a.amount, 0), amountsByYear }));
  const budget = (max: number) =>
    fc.record({ byYear: split(max), extra: fc.integer({ min: -max, max }) }).map(({ byYear, extra }) => ({
      total: Math.max(0, byYear.reduce((s, a) => s + a.amount, 0) + extra),
      byYear,
    }));

  it('a grant accepted without a reason never takes the total or a year over budget', () => {
    fc.assert(
      fc.property(budget(5_000_000), fc.array(commitment(1_000_000), { maxLength: 8 }), commitment(3_000_000), (b, commitments, g) => {
        const r = checkCommitment(b, commitments, g);
        if (!r.ok || r.overcommitted) return;
        const all = [...commitments, g];
        expect(committedTotal(all)).toBeLessThanOrEqual(b.total);
        const perYear = committedByYear(all);
        for (const y of b.byYear) expect(perYear.find((p) => p.year === y.year)?.amount ?? 0).toBeLessThanOrEqual(y.amount);
        expect(remaining(b, all).total).toBeGreaterThanOrEqual(0);
        for (const y of remaining(b, all).byYear) expect(y.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('it fits exactly when every sum is within its budget (checked with BigInt), and the shortfalls are exact', () => {
    const big = 2 ** 48;
    fc.assert(
      fc.property(budget(big), fc.array(commitment(big / 4), { maxLength: 6 }), commitment(big), (b, commitments, g) => {
        const r = checkCommitment(b, commitments, g);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + BigInt(x), 0n);
        const totalAfter = sum([...commitments, g].map((c) => c.amount));
        const yearAfter = b.byYear.map((y) => sum([...commitments, g].flatMap((c) => c.amountsByYear.filter((a) => a.year === y.year).map((a) => a.amount))));
        const shortfalls = [totalAfter - BigInt(b.total), ...yearAfter.map((a, i) => a - BigInt(b.byYear[i]!.amount))].map((d) => (d > 0n ? d : 0n));
        const byYear = [...b.byYear].sort((x, y) => x.year - y.year);
        expect(byYear.map((y) => y.year)).toEqual(YEARS);
        expect(r.constraints.map((c) => BigInt(c.shortfall))).toEqual(shortfalls);
        expect(r.fits).toBe(shortfalls.every((s) => s === 0n));
        expect(r.ok).toBe(r.fits);
      }),
    );
  });

  it('a sequence of grants, each accepted only without a reason, stays within the fund', () => {
    fc.assert(
      fc.property(budget(3_000_000), fc.array(commitment(800_000), { maxLength: 15 }), (b, grants) => {
        const accepted: Commitment[] = [];
        for (const g of grants) {
          const r = checkCommitment(b, accepted, g);
          if (r.ok && !r.overcommitted) accepted.push(g);
        }
        const left = remaining(b, accepted);
        expect(left.total).toBeGreaterThanOrEqual(0);
        for (const y of left.byYear) expect(y.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
