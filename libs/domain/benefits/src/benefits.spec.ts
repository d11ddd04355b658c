import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { annuityFactor, calculateBenefits, discountFactor, hourlyCost, sensitivity, type CalculationInput } from './benefits.js';

describe('the Swedish present-value table', () => {
  it('gives the annuity factors (nusummefaktor) to two decimals', () => {
    expect(annuityFactor(0.03, 5).toFixed(2)).toBe('4.58');
    expect(annuityFactor(0.03, 10).toFixed(2)).toBe('8.53');
    expect(annuityFactor(0.06, 20).toFixed(2)).toBe('11.47');
  });

  it('does not discount the base year', () => {
    expect(discountFactor(0.03, 0)).toBe(1);
    expect(discountFactor(0.03, 1)).toBeCloseTo(1 / 1.03, 12);
  });
});

describe('hourly cost (Inera)', () => {
  it('is monthly salary / 142 × 1.54 by default', () => {
    expect(hourlyCost(35_000).toFixed(2)).toBe('379.58');
  });

  it('takes other hours and overheads', () => {
    expect(hourlyCost(35_000, { hoursPerMonth: 160, overhead: 0.4 })).toBeCloseTo(306.25, 10);
  });
});

/** A hand-worked five-year case: an e-service bought in 2027, running and saving from 2028. */
const eService: CalculationInput = {
  baseYear: 2027,
  horizonYears: 5,
  discountRate: 0.03,
  costs: [
    { type: 'one-off', year: 2027, amount: 500_000 },
    ...[2028, 2029, 2030, 2031, 2032].map((year) => ({ type: 'running' as const, year, amount: 50_000 })),
  ],
  benefits: [
    ...[2028, 2029, 2030, 2031, 2032].map((year) => ({ category: 'financial' as const, monetised: true, confidence: 'green' as const, year, amount: 150_000 })),
    ...[2028, 2029, 2030, 2031, 2032].map((year) => ({ category: 'redistribution' as const, monetised: true, confidence: 'yellow' as const, year, amount: 100_000 })),
    { category: 'quality', monetised: false, confidence: 'red', year: 2028, amount: 1_000_000 },
  ],
};

describe('calculateBenefits: the hand-worked case', () => {
  const r = calculateBenefits(eService);
  // annuity factor 3 %, 5 years = 4.579707…; PV costs = 500 000 + 50 000 × 4.579707 = 728 985.36
  it('discounts costs and benefits from the base year', () => {
    expect(r.pvCosts).toBeCloseTo(728_985.35, 1);
    expect(r.pvBenefits).toBeCloseTo(1_144_926.78, 1);
    expect(r.npv).toBeCloseTo(415_941.43, 1);
    expect(r.benefitCostRatio).toBeCloseTo(1.5706, 4);
    expect(r.npvPerKrona).toBeCloseTo(0.8319, 4);
  });

  it('splits the benefits into budget-releasing and freed time, leaving out what is not monetised', () => {
    expect(r.pvFinancialBenefits).toBeCloseTo(686_956.07, 1);
    expect(r.pvRedistributionBenefits).toBeCloseTo(457_970.71, 1);
    expect(r.budgetReleasingShare).toBeCloseTo(0.6, 10);
  });

  it('pays back in 2030 and gives the yearly table', () => {
    expect(r.paybackYear).toBe(2030);
    expect(r.years.map((y) => [y.year, y.net, y.cumulativeNet])).toEqual([
      [2027, -500_000, -500_000],
      [2028, 200_000, -300_000],
      [2029, 200_000, -100_000],
      [2030, 200_000, 100_000],
      [2031, 200_000, 300_000],
      [2032, 200_000, 500_000],
    ]);
    expect(r.years.at(-1)!.cumulativeDiscountedNet).toBeCloseTo(r.npv, 6);
  });

  it('raises costs by the optimism bias', () => {
    const biased = calculateBenefits({ ...eService, optimismBias: 0.2 });
    expect(biased.pvCosts).toBeCloseTo(r.pvCosts * 1.2, 6);
    expect(biased.pvBenefits).toBeCloseTo(r.pvBenefits, 6);
  });

  it('ignores flows outside the horizon and says so', () => {
    const late = calculateBenefits({ ...eService, benefits: [...eService.benefits, { category: 'financial', monetised: true, year: 2040, amount: 9_000_000 }] });
    expect(late.npv).toBeCloseTo(r.npv, 6);
    expect(late.warnings).toEqual([{ code: 'OUTSIDE_HORIZON', kind: 'benefit', year: 2040, amount: 9_000_000 }]);
  });

  it('answers null where a ratio or payback does not exist', () => {
    const nothing = calculateBenefits({ ...eService, costs: [], benefits: [] });
    expect(nothing).toMatchObject({ npv: 0, benefitCostRatio: null, npvPerKrona: null, paybackYear: null, budgetReleasingShare: null });
  });
});

describe('sensitivity', () => {
  it('reports low, expected and high side by side', () => {
    const s = sensitivity(eService);
    expect(s.expected.npv).toBeCloseTo(calculateBenefits(eService).npv, 6);
    // low: benefits −30 %, costs +30 %, 3.5 %
    const low = calculateBenefits({
      ...eService,
      discountRate: 0.035,
      costs: eService.costs.map((c) => ({ ...c, amount: c.amount * 1.3 })),
      benefits: eService.benefits.map((b) => ({ ...b, amount: b.amount * 0.7 })),
    });
    expect(s.low.npv).toBeCloseTo(low.npv, 6);
    expect(s.low.npv).toBeLessThan(s.expected.npv);
    expect(s.high.npv).toBeGreaterThanOrEqual(s.expected.npv);
  });
});

// ---------- properties ----------

const arbYear = fc.integer({ min: 2027, max: 2032 });
const arbCost = fc.record({ type: fc.constantFrom('one-off' as const, 'running' as const, 'internal-time' as const), year: arbYear, amount: fc.integer({ min: 0, max: 5_000_000 }) });
const arbBenefit = fc.record({
  category: fc.constantFrom('financial' as const, 'redistribution' as const, 'quality' as const, 'environment' as const),
  monetised: fc.boolean(),
  year: arbYear,
  amount: fc.integer({ min: 0, max: 5_000_000 }),
});
const arbInput = fc.record({
  baseYear: fc.constant(2027),
  horizonYears: fc.constant(5),
  discountRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  costs: fc.array(arbCost, { maxLength: 8 }),
  benefits: fc.array(arbBenefit, { maxLength: 8 }),
});

describe('properties', () => {
  it('NPV is linear in the flows', () => {
    fc.assert(
      fc.property(arbInput, arbInput, fc.double({ min: 0, max: 10, noNaN: true }), (a, b, k) => {
        const both = calculateBenefits({ ...a, costs: [...a.costs, ...b.costs], benefits: [...a.benefits, ...b.benefits] });
        const sum = calculateBenefits(a).npv + calculateBenefits({ ...b, discountRate: a.discountRate }).npv;
        expect(both.npv).toBeCloseTo(sum, 3);
        const scaled = calculateBenefits({
          ...a,
          costs: a.costs.map((c) => ({ ...c, amount: c.amount * k })),
          benefits: a.benefits.map((x) => ({ ...x, amount: x.amount * k })),
        });
        expect(scaled.npv).toBeCloseTo(calculateBenefits(a).npv * k, 2);
      }),
    );
  });

  it('a higher rate never raises the present value of future benefits', () => {
    fc.assert(
      fc.property(arbInput, fc.double({ min: 0, max: 0.05, noNaN: true }), (input, extra) => {
        const lower = calculateBenefits(input).pvBenefits;
        const higher = calculateBenefits({ ...input, discountRate: input.discountRate + extra }).pvBenefits;
        expect(higher).toBeLessThanOrEqual(lower + 1e-6);
      }),
    );
  });

  it('payback is never earlier than the first year with a positive net', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = calculateBenefits(input);
        const firstPositive = r.years.find((y) => y.net > 0)?.year ?? null;
        if (r.paybackYear !== null) {
          expect(firstPositive).not.toBeNull();
          expect(r.paybackYear).toBeGreaterThanOrEqual(firstPositive as number);
          expect(r.years.find((y) => y.year === r.paybackYear)!.cumulativeNet).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
