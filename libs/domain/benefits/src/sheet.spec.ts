import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  DEFAULT_PARAMETERS,
  SHEET_LIMITS,
  calculateSheet,
  compareSheets,
  emptySheet,
  figuresOf,
  horizonYears,
  lineHourlyCost,
  missingPlanFields,
  realisationPlanGaps,
  toCalculationInput,
  validateSheet,
  type BenefitSheetLine,
  type CalculationParameters,
  type CalculationSheet,
  type CostSheetLine,
  type RealisationPlan,
  type SheetValidation,
} from './sheet.js';

/** A round: base year 2027, horizon 3 years (2027 … 2030), 3 %, the Inera hourly-cost defaults. */
const params: CalculationParameters = { ...DEFAULT_PARAMETERS, baseYear: 2027, horizonYears: 3 };

/** default hourly cost: 35 000 / 142 × 1.54 = 379.577464788732… kr/h */
const DEFAULT_HOURLY = (35_000 / 142) * 1.54;

const completePlan: RealisationPlan = {
  owner: 'Socialchef',
  indicator: 'Handläggningstid för ansökan om försörjningsstöd',
  method: 'Uttag ur verksamhetssystemet',
  unit: 'dagar',
  baselineValue: 14,
  baselineDate: '2027-01-15',
  targetValue: 5,
  targetDate: '2029-12-31',
  followUpDates: ['2028-06-30', '2029-06-30'],
};

/** The hand-worked case (see `calculateSheet` below). */
const oneOff: CostSheetLine = { id: 'c-license', label: 'Licens och införande', type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 100_000 }] };
const internalTime: CostSheetLine = { id: 'c-time', label: 'Egen tid i projektet', type: 'INTERNAL_TIME', unit: 'HOURS', amounts: [{ year: 2028, amount: 200 }] };
const financial: BenefitSheetLine = {
  id: 'b-print',
  label: 'Minskade porto- och tryckkostnader',
  category: 'FINANCIAL',
  monetised: true,
  confidence: 'GREEN',
  unit: 'KRONOR',
  amounts: [
    { year: 2028, amount: 60_000 },
    { year: 2029, amount: 60_000 },
    { year: 2030, amount: 60_000 },
  ],
  plan: completePlan,
};
const quality: BenefitSheetLine = {
  id: 'b-quality',
  label: 'Nöjdare sökande',
  category: 'QUALITY',
  monetised: false,
  confidence: 'RED',
  unit: 'KRONOR',
  amounts: [{ year: 2029, amount: 500_000 }],
  plan: completePlan,
};
const handWorked: CalculationSheet = { costs: [oneOff, internalTime], benefits: [financial, quality] };

/** The errors of a failed validation (fails the test when it passed). */
function errorsOf(v: SheetValidation) {
  if (v.ok) throw new Error('expected the sheet to be refused');
  return v.errors;
}

function valueOf(v: SheetValidation) {
  if (!v.ok) throw new Error(`expected the sheet to pass: ${JSON.stringify(v.errors)}`);
  return v.value;
}

describe('lineHourlyCost', () => {
  it('uses the round default (35 000 kr → 379.58 kr/h) or the line’s own monthly salary', () => {
    expect(lineHourlyCost({}, params).toFixed(2)).toBe('379.58');
    expect(lineHourlyCost({}, params)).toBeCloseTo(DEFAULT_HOURLY, 10);
    expect(lineHourlyCost({ monthlySalary: null }, params).toFixed(2)).toBe('379.58');
    // 42 600 / 142 × 1.54 = 300 × 1.54 = 462
    expect(lineHourlyCost({ monthlySalary: 42_600 }, params)).toBeCloseTo(462, 10);
  });
});

describe('toCalculationInput', () => {
  it('passes the round parameters through', () => {
    const input = toCalculationInput(emptySheet(), { ...params, optimismBias: 0.2, discountRate: 0.035, horizonYears: 7, baseYear: 2030 });
    expect(input).toEqual({ baseYear: 2030, horizonYears: 7, discountRate: 0.035, optimismBias: 0.2, costs: [], benefits: [] });
  });

  it('maps the cost types to the calculation’s names, one flow per year', () => {
    const sheet: CalculationSheet = {
      costs: [
        { id: 'a', label: 'A', type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 10 }] },
        {
          id: 'b',
          label: 'B',
          type: 'RUNNING',
          unit: 'KRONOR',
          amounts: [
            { year: 2028, amount: 20 },
            { year: 2029, amount: 30 },
          ],
        },
        { id: 'c', label: 'C', type: 'INTERNAL_TIME', unit: 'KRONOR', amounts: [{ year: 2030, amount: 40 }] },
      ],
      benefits: [],
    };
    expect(toCalculationInput(sheet, params).costs).toEqual([
      { type: 'one-off', year: 2027, amount: 10 },
      { type: 'running', year: 2028, amount: 20 },
      { type: 'running', year: 2029, amount: 30 },
      { type: 'internal-time', year: 2030, amount: 40 },
    ]);
  });

  it('maps categories and confidences to lower case and keeps monetised; no confidence → undefined', () => {
    const line = (id: string, category: BenefitSheetLine['category'], confidence: BenefitSheetLine['confidence'], monetised: boolean): BenefitSheetLine => ({
      id,
      label: id,
      category,
      confidence,
      monetised,
      unit: 'KRONOR',
      amounts: [{ year: 2028, amount: 1_000 }],
    });
    const sheet: CalculationSheet = {
      costs: [],
      benefits: [
        line('f', 'FINANCIAL', 'GREEN', true),
        line('r', 'REDISTRIBUTION', 'YELLOW', true),
        line('q', 'QUALITY', 'RED', false),
        line('e', 'ENVIRONMENT', null, false),
        line('u', 'ENVIRONMENT', undefined, true),
      ],
    };
    expect(toCalculationInput(sheet, params).benefits).toEqual([
      { category: 'financial', monetised: true, confidence: 'green', year: 2028, amount: 1_000 },
      { category: 'redistribution', monetised: true, confidence: 'yellow', year: 2028, amount: 1_000 },
      { category: 'quality', monetised: false, confidence: 'red', year: 2028, amount: 1_000 },
      { category: 'environment', monetised: false, confidence: undefined, year: 2028, amount: 1_000 },
      { category: 'environment', monetised: true, confidence: undefined, year: 2028, amount: 1_000 },
    ]);
  });

  it('values HOURS lines at the line’s own monthly salary, or the round default; KRONOR lines as they are', () => {
    const sheet: CalculationSheet = {
      costs: [
        // 100 h × 379.577… = 37 957.75
        { id: 'd', label: 'Default', type: 'INTERNAL_TIME', unit: 'HOURS', amounts: [{ year: 2027, amount: 100 }] },
        // 10 h × 42 600 / 142 × 1.54 = 10 × 462 = 4 620
        { id: 'o', label: 'Own salary', type: 'INTERNAL_TIME', unit: 'HOURS', monthlySalary: 42_600, amounts: [{ year: 2027, amount: 10 }] },
        // a monthly salary on a KRONOR line does not convert anything
        { id: 'k', label: 'Kronor', type: 'RUNNING', unit: 'KRONOR', monthlySalary: 42_600, amounts: [{ year: 2027, amount: 10 }] },
      ],
      benefits: [
        // 2.5 h × 379.577… = 948.94
        { id: 'h', label: 'Freed time', category: 'REDISTRIBUTION', monetised: true, unit: 'HOURS', amounts: [{ year: 2028, amount: 2.5 }] },
      ],
    };
    const input = toCalculationInput(sheet, params);
    expect(input.costs[0]!.amount).toBeCloseTo(37_957.75, 2);
    expect(input.costs[1]!.amount).toBeCloseTo(4_620, 6);
    expect(input.costs[2]!.amount).toBe(10);
    expect(input.benefits[0]!.amount).toBeCloseTo(948.94, 2);
  });

  it('follows the round’s hours per month and overhead', () => {
    const sheet: CalculationSheet = {
      costs: [{ id: 't', label: 'T', type: 'INTERNAL_TIME', unit: 'HOURS', monthlySalary: 32_000, amounts: [{ year: 2027, amount: 1 }] }],
      benefits: [],
    };
    // 32 000 / 160 × 1.4 = 280
    expect(toCalculationInput(sheet, { ...params, hoursPerMonth: 160, overhead: 0.4 }).costs[0]!.amount).toBeCloseTo(280, 10);
  });
});

describe('calculateSheet: the hand-worked case', () => {
  /*
   * 2027 … 2030 at 3 %: df1 = 1/1.03 = 0.970874, df2 = 1/1.0609 = 0.942596, df3 = 1/1.092727 = 0.915142
   * costs:    2027 one-off 100 000 (t = 0, not discounted)
   *           2028 internal time 200 h × 379.577465 = 75 915.49 → PV 75 915.49 / 1.03 = 73 704.36
   *           pvCosts = 173 704.36
   * benefits: financial 60 000 in 2028, 2029, 2030 → 60 000 × (0.970874 + 0.942596 + 0.915142)
   *           = 60 000 × 2.828611 = 169 716.68; the quality benefit (not monetised) counts for nothing
   * npv = 169 716.68 − 173 704.36 = −3 987.68
   * BCR = 169 716.68 / 173 704.36 = 0.977043
   * NNK-i = −3 987.68 / 100 000 = −0.039877
   * nets: 2027 −100 000 (cum −100 000), 2028 60 000 − 75 915.49 = −15 915.49 (cum −115 915.49),
   *       2029 +60 000 (cum −55 915.49), 2030 +60 000 (cum +4 084.51) → payback 2030
   */
  const r = calculateSheet(handWorked, params);

  it('gives the present values, NPV and ratios', () => {
    expect(r.pvCosts).toBeCloseTo(173_704.36, 2);
    expect(r.pvOneOffCosts).toBeCloseTo(100_000, 6);
    expect(r.pvBenefits).toBeCloseTo(169_716.68, 2);
    expect(r.pvFinancialBenefits).toBeCloseTo(169_716.68, 2);
    expect(r.pvRedistributionBenefits).toBe(0);
    expect(r.budgetReleasingShare).toBeCloseTo(1, 10);
    expect(r.npv).toBeCloseTo(-3_987.68, 2);
    expect(r.benefitCostRatio).toBeCloseTo(0.977043, 6);
    expect(r.npvPerKrona).toBeCloseTo(-0.039877, 6);
  });

  it('pays back in 2030 and gives the yearly table', () => {
    expect(r.paybackYear).toBe(2030);
    expect(r.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    const cumulative = r.years.map((y) => y.cumulativeNet);
    expect(cumulative[0]).toBeCloseTo(-100_000, 6);
    expect(cumulative[1]).toBeCloseTo(-115_915.49, 2);
    expect(cumulative[2]).toBeCloseTo(-55_915.49, 2);
    expect(cumulative[3]).toBeCloseTo(4_084.51, 2);
    expect(r.warnings).toEqual([]);
  });

  it('applies the round’s optimism bias to the costs only', () => {
    const biased = calculateSheet(handWorked, { ...params, optimismBias: 0.2 });
    // 173 704.36 × 1.2 = 208 445.23
    expect(biased.pvCosts).toBeCloseTo(208_445.23, 2);
    expect(biased.pvBenefits).toBeCloseTo(169_716.68, 2);
  });

  it('gives zeros and nulls for an empty sheet', () => {
    expect(figuresOf(calculateSheet(emptySheet(), params))).toEqual({
      pvCosts: 0,
      pvBenefits: 0,
      pvFinancialBenefits: 0,
      pvRedistributionBenefits: 0,
      npv: 0,
      benefitCostRatio: null,
      npvPerKrona: null,
      paybackYear: null,
      budgetReleasingShare: null,
    });
  });
});

describe('figuresOf and horizonYears', () => {
  it('picks exactly the headline figures of a result', () => {
    const r = calculateSheet(handWorked, params);
    const f = figuresOf(r);
    expect(Object.keys(f).sort()).toEqual(
      ['benefitCostRatio', 'budgetReleasingShare', 'npv', 'npvPerKrona', 'paybackYear', 'pvBenefits', 'pvCosts', 'pvFinancialBenefits', 'pvRedistributionBenefits'].sort(),
    );
    expect(f).toEqual({
      pvCosts: r.pvCosts,
      pvBenefits: r.pvBenefits,
      pvFinancialBenefits: r.pvFinancialBenefits,
      pvRedistributionBenefits: r.pvRedistributionBenefits,
      npv: r.npv,
      benefitCostRatio: r.benefitCostRatio,
      npvPerKrona: r.npvPerKrona,
      paybackYear: 2030,
      budgetReleasingShare: r.budgetReleasingShare,
    });
  });

  it('lists the years of the horizon, base year first', () => {
    expect(horizonYears(params)).toEqual([2027, 2028, 2029, 2030]);
    expect(horizonYears({ baseYear: 2026, horizonYears: 5 })).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    expect(horizonYears({ baseYear: 2030, horizonYears: 1 })).toEqual([2030, 2031]);
  });
});

describe('validateSheet', () => {
  it('accepts a valid sheet and normalises it', () => {
    const input = {
      costs: [{ id: ' c1 ', label: '  Licens  ', explanation: '', type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 100_000 }] }],
      benefits: [
        { id: 'b1', label: 'Porto', explanation: '   ', category: 'FINANCIAL', monetised: true, unit: 'KRONOR', amounts: [{ year: 2030, amount: 1 }] },
        { id: 'b2', label: 'Tid', explanation: 'Mätt i pilot', category: 'REDISTRIBUTION', monetised: true, confidence: 'YELLOW', unit: 'HOURS', amounts: [], plan: { owner: 'Chef' } },
      ],
    };
    const value = valueOf(validateSheet(input, params));
    expect(value.costs[0]).toEqual({ id: 'c1', label: 'Licens', explanation: null, monthlySalary: null, type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 100_000 }] });
    expect(value.benefits[0]).toMatchObject({ explanation: null, confidence: null, plan: null, monthlySalary: null });
    expect(value.benefits[1]!.explanation).toBe('Mätt i pilot');
    expect(value.benefits[1]!.confidence).toBe('YELLOW');
    expect(value.benefits[1]!.plan).toEqual({
      owner: 'Chef',
      indicator: null,
      method: null,
      unit: null,
      baselineValue: null,
      baselineDate: null,
      targetValue: null,
      targetDate: null,
      followUpDates: [],
    });
  });

  it('accepts the hand-worked sheet, a complete plan and an empty sheet', () => {
    const value = valueOf(validateSheet(handWorked, params));
    expect(value.benefits[0]!.plan).toEqual(completePlan);
    expect(valueOf(validateSheet(emptySheet(), params))).toEqual(emptySheet());
  });

  it('accepts the first and the last year of the horizon and a target date equal to the baseline date', () => {
    const sheet: CalculationSheet = {
      costs: [
        {
          ...oneOff,
          amounts: [
            { year: 2027, amount: 1 },
            { year: 2030, amount: 1 },
          ],
        },
      ],
      benefits: [{ ...financial, plan: { ...completePlan, baselineDate: '2028-02-29', targetDate: '2028-02-29' } }],
    };
    expect(validateSheet(sheet, params).ok).toBe(true);
  });

  it('refuses years outside the horizon, with the cell’s index', () => {
    // 2026 is before the base year, 2031 after base + horizon (2030)
    const before = { ...handWorked, costs: [{ ...oneOff, amounts: [{ year: 2027, amount: 1 }, { year: 2026, amount: 1 }] }] };
    expect(errorsOf(validateSheet(before, params))).toEqual([{ field: 'costs.0.amounts.1.year', code: 'OUTSIDE_HORIZON' }]);
    const after = { ...handWorked, benefits: [financial, { ...quality, amounts: [{ year: 2031, amount: 1 }] }] };
    expect(errorsOf(validateSheet(after, params))).toEqual([{ field: 'benefits.1.amounts.0.year', code: 'OUTSIDE_HORIZON' }]);
  });

  it('refuses a fractional year as OUT_OF_RANGE', () => {
    const sheet = { costs: [{ ...oneOff, amounts: [{ year: 2027.5, amount: 1 }] }], benefits: [] };
    expect(errorsOf(validateSheet(sheet, params))).toEqual([{ field: 'costs.0.amounts.0.year', code: 'OUT_OF_RANGE' }]);
  });

  it('refuses negative and too large amounts', () => {
    const negative = { costs: [], benefits: [{ ...financial, amounts: [{ year: 2028, amount: -1 }] }] };
    expect(errorsOf(validateSheet(negative, params))).toEqual([{ field: 'benefits.0.amounts.0.amount', code: 'NEGATIVE' }]);
    const huge = { costs: [{ ...oneOff, amounts: [{ year: 2027, amount: SHEET_LIMITS.amountMax + 1 }] }], benefits: [] };
    expect(errorsOf(validateSheet(huge, params))).toEqual([{ field: 'costs.0.amounts.0.amount', code: 'OUT_OF_RANGE' }]);
  });

  it('requires whole kronor on KRONOR lines but allows fractional hours', () => {
    const kronor = {
      costs: [
        {
          ...oneOff,
          amounts: [
            { year: 2027, amount: 100 },
            { year: 2028, amount: 0.5 },
          ],
        },
      ],
      benefits: [],
    };
    expect(errorsOf(validateSheet(kronor, params))).toEqual([{ field: 'costs.0.amounts.1.amount', code: 'NOT_WHOLE_KRONOR' }]);
    const kronorBenefit = { costs: [], benefits: [{ ...financial, amounts: [{ year: 2028, amount: 59_999.99 }] }] };
    expect(errorsOf(validateSheet(kronorBenefit, params))).toEqual([{ field: 'benefits.0.amounts.0.amount', code: 'NOT_WHOLE_KRONOR' }]);
    const hours = { costs: [{ ...internalTime, amounts: [{ year: 2028, amount: 12.5 }] }], benefits: [] };
    expect(validateSheet(hours, params).ok).toBe(true);
  });

  it('refuses the same year twice in one line', () => {
    const sheet = {
      costs: [
        {
          ...oneOff,
          amounts: [
            { year: 2028, amount: 1 },
            { year: 2028, amount: 2 },
          ],
        },
      ],
      benefits: [],
    };
    expect(errorsOf(validateSheet(sheet, params))).toEqual([{ field: 'costs.0.amounts', code: 'DUPLICATE' }]);
  });

  it('refuses a line id used twice, across costs and benefits and within one list', () => {
    const across = { costs: [oneOff], benefits: [{ ...financial, id: oneOff.id }] };
    expect(errorsOf(validateSheet(across, params))).toEqual([{ field: 'benefits.0.id', code: 'DUPLICATE' }]);
    const within = { costs: [oneOff, { ...internalTime, id: oneOff.id }], benefits: [] };
    expect(errorsOf(validateSheet(within, params))).toEqual([{ field: 'costs.1.id', code: 'DUPLICATE' }]);
    // ids are compared after trimming
    const trimmed = { costs: [oneOff, { ...internalTime, id: ` ${oneOff.id} ` }], benefits: [] };
    expect(errorsOf(validateSheet(trimmed, params))).toEqual([{ field: 'costs.1.id', code: 'DUPLICATE' }]);
  });

  it('requires a label and an id, and limits their length', () => {
    expect(errorsOf(validateSheet({ costs: [{ ...oneOff, label: '' }], benefits: [] }, params))).toEqual([{ field: 'costs.0.label', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, label: '   ' }] }, params))).toEqual([{ field: 'benefits.0.label', code: 'REQUIRED' }]);
    const { label: _label, ...noLabel } = oneOff;
    expect(errorsOf(validateSheet({ costs: [noLabel], benefits: [] }, params))).toEqual([{ field: 'costs.0.label', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [{ ...oneOff, id: '' }], benefits: [] }, params))).toEqual([{ field: 'costs.0.id', code: 'REQUIRED' }]);
    const long = { costs: [{ ...oneOff, label: 'x'.repeat(SHEET_LIMITS.labelMax + 1), id: 'y'.repeat(65) }], benefits: [] };
    expect(errorsOf(validateSheet(long, params))).toEqual([
      { field: 'costs.0.id', code: 'TOO_LONG' },
      { field: 'costs.0.label', code: 'TOO_LONG' },
    ]);
    expect(validateSheet({ costs: [{ ...oneOff, label: 'x'.repeat(SHEET_LIMITS.labelMax) }], benefits: [] }, params).ok).toBe(true);
    const explanation = { costs: [{ ...oneOff, explanation: 'x'.repeat(SHEET_LIMITS.explanationMax + 1) }], benefits: [] };
    expect(errorsOf(validateSheet(explanation, params))).toEqual([{ field: 'costs.0.explanation', code: 'TOO_LONG' }]);
  });

  it('refuses more lines than the limit', () => {
    const costs = Array.from({ length: SHEET_LIMITS.linesMax + 1 }, (_, i) => ({ ...oneOff, id: `c${i}` }));
    expect(errorsOf(validateSheet({ costs, benefits: [] }, params))).toEqual([{ field: 'costs', code: 'TOO_MANY' }]);
    const benefits = Array.from({ length: SHEET_LIMITS.linesMax + 1 }, (_, i) => ({ ...financial, id: `b${i}` }));
    expect(errorsOf(validateSheet({ costs: [], benefits }, params))).toEqual([{ field: 'benefits', code: 'TOO_MANY' }]);
    expect(validateSheet({ costs: costs.slice(0, SHEET_LIMITS.linesMax), benefits: [] }, params).ok).toBe(true);
  });

  it('refuses invalid dates in the realisation plan', () => {
    const plan = { ...completePlan, baselineDate: '2027-02-30', targetDate: 'igår', followUpDates: ['2028-06-30', '2028-13-01', '30/6 2028'] };
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, plan }] }, params))).toEqual([
      { field: 'benefits.0.plan.baselineDate', code: 'INVALID_DATE' },
      { field: 'benefits.0.plan.targetDate', code: 'INVALID_DATE' },
      { field: 'benefits.0.plan.followUpDates.1', code: 'INVALID_DATE' },
      { field: 'benefits.0.plan.followUpDates.2', code: 'INVALID_DATE' },
    ]);
    // 2027 is no leap year
    const notLeap = { ...completePlan, baselineDate: '2027-02-29' };
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, plan: notLeap }] }, params))).toEqual([{ field: 'benefits.0.plan.baselineDate', code: 'INVALID_DATE' }]);
  });

  it('refuses a target date before the baseline date', () => {
    const plan = { ...completePlan, baselineDate: '2028-01-01', targetDate: '2027-12-31' };
    expect(errorsOf(validateSheet({ costs: [], benefits: [quality, { ...financial, id: 'b2', plan }] }, params))).toEqual([
      { field: 'benefits.1.plan.targetDate', code: 'END_BEFORE_START' },
    ]);
  });

  it('refuses too many follow-up dates', () => {
    const followUpDates = Array.from({ length: SHEET_LIMITS.followUpDatesMax + 1 }, (_, i) => `2028-01-${String(i + 1).padStart(2, '0')}`);
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, plan: { ...completePlan, followUpDates } }] }, params))).toEqual([
      { field: 'benefits.0.plan.followUpDates', code: 'TOO_MANY' },
    ]);
  });

  it('answers REQUIRED for unknown or missing enums and missing fields', () => {
    expect(errorsOf(validateSheet({ costs: [{ ...oneOff, type: 'CAPEX' }], benefits: [] }, params))).toEqual([{ field: 'costs.0.type', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [{ ...oneOff, unit: 'EURO' }], benefits: [] }, params))).toEqual([{ field: 'costs.0.unit', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, category: 'financial' }] }, params))).toEqual([{ field: 'benefits.0.category', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, confidence: 'BLUE' }] }, params))).toEqual([{ field: 'benefits.0.confidence', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [], benefits: [{ ...financial, monetised: 'yes' }] }, params))).toEqual([{ field: 'benefits.0.monetised', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [] }, params))).toEqual([{ field: 'benefits', code: 'REQUIRED' }]);
    expect(errorsOf(validateSheet({ costs: [{ ...oneOff, amounts: [{ year: 2027 }] }], benefits: [] }, params))).toEqual([{ field: 'costs.0.amounts.0.amount', code: 'REQUIRED' }]);
  });

  it('checks the monthly salary of a line', () => {
    expect(errorsOf(validateSheet({ costs: [{ ...internalTime, monthlySalary: 0 }], benefits: [] }, params))).toEqual([{ field: 'costs.0.monthlySalary', code: 'NOT_POSITIVE' }]);
    expect(errorsOf(validateSheet({ costs: [{ ...internalTime, monthlySalary: 35_000.5 }], benefits: [] }, params))).toEqual([
      { field: 'costs.0.monthlySalary', code: 'NOT_WHOLE_KRONOR' },
    ]);
    expect(errorsOf(validateSheet({ costs: [{ ...internalTime, monthlySalary: 10_000_001 }], benefits: [] }, params))).toEqual([
      { field: 'costs.0.monthlySalary', code: 'OUT_OF_RANGE' },
    ]);
    expect(valueOf(validateSheet({ costs: [{ ...internalTime, monthlySalary: 42_600 }], benefits: [] }, params)).costs[0]!.monthlySalary).toBe(42_600);
  });

  it('reports every error with a field and a code, once per field, across several lines', () => {
    const sheet = {
      costs: [
        { ...oneOff, label: '', amounts: [{ year: 2020, amount: -5 }] },
        { ...internalTime, type: 'NOPE' },
      ],
      benefits: [{ ...financial, amounts: [{ year: 2028, amount: -1 }], plan: { ...completePlan, targetDate: 'igår' } }],
    };
    const errors = errorsOf(validateSheet(sheet, params));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'costs.0.label', code: 'REQUIRED' },
        { field: 'costs.0.amounts.0.year', code: 'OUTSIDE_HORIZON' },
        { field: 'costs.0.amounts.0.amount', code: 'NEGATIVE' },
        { field: 'costs.1.type', code: 'REQUIRED' },
        { field: 'benefits.0.amounts.0.amount', code: 'NEGATIVE' },
        { field: 'benefits.0.plan.targetDate', code: 'INVALID_DATE' },
      ]),
    );
    expect(errors).toHaveLength(6);
    for (const e of errors) {
      expect(typeof e.field).toBe('string');
      expect(e.field.length).toBeGreaterThan(0);
      expect(typeof e.code).toBe('string');
    }
    expect(new Set(errors.map((e) => e.field)).size).toBe(errors.length);
  });

  it('reports errors of different fields of the same line together, and a duplicate id alongside them', () => {
    const sheet = {
      costs: [{ ...oneOff, label: '', amounts: [{ year: 2027, amount: 0.5 }] }, { ...internalTime, id: oneOff.id }],
      benefits: [],
    };
    expect(errorsOf(validateSheet(sheet, params))).toEqual([
      { field: 'costs.0.label', code: 'REQUIRED' },
      { field: 'costs.0.amounts.0.amount', code: 'NOT_WHOLE_KRONOR' },
      { field: 'costs.1.id', code: 'DUPLICATE' },
    ]);
  });

  it('reports a duplicate year and the years outside the horizon together', () => {
    const sheet = {
      costs: [
        {
          ...oneOff,
          amounts: [
            { year: 2031, amount: 1 },
            { year: 2031, amount: 2 },
          ],
        },
      ],
      benefits: [],
    };
    expect(errorsOf(validateSheet(sheet, params))).toEqual([
      { field: 'costs.0.amounts.0.year', code: 'OUTSIDE_HORIZON' },
      { field: 'costs.0.amounts.1.year', code: 'OUTSIDE_HORIZON' },
      { field: 'costs.0.amounts', code: 'DUPLICATE' },
    ]);
  });

  it('refuses what is not a sheet at all', () => {
    for (const input of [null, undefined, 42, 'sheet', []]) {
      const errors = errorsOf(validateSheet(input, params));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.code).toBe('REQUIRED');
    }
  });
});

describe('missingPlanFields and realisationPlanGaps', () => {
  it('asks for benefits when there is no sheet or no benefit', () => {
    expect(realisationPlanGaps(null)).toEqual(['benefits']);
    expect(realisationPlanGaps(undefined)).toEqual(['benefits']);
    expect(realisationPlanGaps(emptySheet())).toEqual(['benefits']);
    expect(realisationPlanGaps({ costs: [oneOff], benefits: [] })).toEqual(['benefits']);
  });

  it('finds nothing missing in a complete plan', () => {
    expect(missingPlanFields(completePlan)).toEqual([]);
    expect(realisationPlanGaps(handWorked)).toEqual([]);
    // zero is a value; unit is not required
    expect(missingPlanFields({ ...completePlan, baselineValue: 0, targetValue: 0, unit: null })).toEqual([]);
  });

  it('lists every field of a missing plan', () => {
    const all = ['owner', 'indicator', 'method', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'followUpDates'];
    expect(missingPlanFields(null)).toEqual(all);
    expect(missingPlanFields(undefined)).toEqual(all);
    expect(missingPlanFields({})).toEqual(all);
  });

  it('lists exactly the missing fields of a partial plan, with the benefit’s index', () => {
    const partial: RealisationPlan = { ...completePlan, owner: '', method: '   ', baselineValue: null, targetDate: undefined, followUpDates: [] };
    expect(missingPlanFields(partial)).toEqual(['owner', 'method', 'baselineValue', 'targetDate', 'followUpDates']);
    const sheet: CalculationSheet = { costs: [], benefits: [financial, { ...quality, plan: partial }, { ...quality, id: 'b3', plan: null }] };
    expect(realisationPlanGaps(sheet)).toEqual([
      'benefits.1.plan.owner',
      'benefits.1.plan.method',
      'benefits.1.plan.baselineValue',
      'benefits.1.plan.targetDate',
      'benefits.1.plan.followUpDates',
      'benefits.2.plan.owner',
      'benefits.2.plan.indicator',
      'benefits.2.plan.method',
      'benefits.2.plan.baselineValue',
      'benefits.2.plan.baselineDate',
      'benefits.2.plan.targetValue',
      'benefits.2.plan.targetDate',
      'benefits.2.plan.followUpDates',
    ]);
  });

  it('counts whitespace-only text and empty dates as missing', () => {
    expect(missingPlanFields({ ...completePlan, indicator: '\t\n ', baselineDate: '', targetDate: '  ' })).toEqual(['indicator', 'baselineDate', 'targetDate']);
  });
});

describe('compareSheets', () => {
  const figureNames = ['pvCosts', 'pvBenefits', 'pvFinancialBenefits', 'pvRedistributionBenefits', 'npv', 'benefitCostRatio', 'npvPerKrona', 'paybackYear', 'budgetReleasingShare'];

  it('lists a changed explanation and a changed plan, but an empty plan is the same as none', () => {
    const base: CalculationSheet = {
      costs: [],
      benefits: [{ id: 'n1', label: 'Frigjord tid', category: 'REDISTRIBUTION', monetised: true, unit: 'HOURS', amounts: [{ year: 2028, amount: 100 }], plan: null }],
    };
    const emptyPlan: CalculationSheet = { ...base, benefits: [{ ...base.benefits[0]!, plan: { owner: '', indicator: null, followUpDates: [] } }] };
    expect(compareSheets(base, emptyPlan, params).lines).toEqual([]);
    const planned: CalculationSheet = { ...base, benefits: [{ ...base.benefits[0]!, plan: { owner: 'Enhetschef' }, explanation: 'Mätt i tidsstudie' }] };
    expect(compareSheets(base, planned, params).lines.map((l) => l.fields)).toEqual([['explanation', 'plan']]);
  });

  it('finds no line differences and zero deltas between identical sheets', () => {
    const d = compareSheets(handWorked, structuredClone(handWorked), params);
    expect(d.lines).toEqual([]);
    expect(d.figures.map((f) => f.figure)).toEqual(figureNames);
    for (const f of d.figures) {
      expect(f.before).toEqual(f.after);
      expect(f.delta).toBe(0);
    }
  });

  it('reports a changed amount with its year and the totals before and after', () => {
    const reviewed: CalculationSheet = {
      ...handWorked,
      benefits: [
        {
          ...financial,
          amounts: [
            { year: 2028, amount: 60_000 },
            { year: 2029, amount: 40_000 },
            { year: 2030, amount: 60_000 },
          ],
        },
        quality,
      ],
    };
    const d = compareSheets(handWorked, reviewed, params);
    expect(d.lines).toEqual([{ kind: 'benefit', id: 'b-print', label: financial.label, change: 'CHANGED', fields: ['amount:2029'], totalBefore: 180_000, totalAfter: 160_000 }]);
    // −20 000 in 2029 (t = 2): −20 000 / 1.0609 = −18 851.92
    const npv = d.figures.find((f) => f.figure === 'npv')!;
    expect(npv.before).toBeCloseTo(-3_987.68, 2);
    expect(npv.after).toBeCloseTo(-22_839.60, 2);
    expect(npv.delta).toBeCloseTo(-18_851.92, 2);
    expect(npv.delta).toBe(npv.after! - npv.before!);
    // payback: cumulative 2030 becomes 4 084.51 − 20 000 < 0 → never
    const payback = d.figures.find((f) => f.figure === 'paybackYear')!;
    expect(payback).toEqual({ figure: 'paybackYear', before: 2030, after: null, delta: null });
  });

  it('reports lines only in the reviewed calculation as ADDED and only in the applicant’s as REMOVED', () => {
    const added: CostSheetLine = { id: 'c-run', label: 'Drift', type: 'RUNNING', unit: 'KRONOR', amounts: [{ year: 2029, amount: 10_000 }] };
    const reviewed: CalculationSheet = { costs: [oneOff, added], benefits: [financial] };
    const d = compareSheets(handWorked, reviewed, params);
    expect(d.lines).toHaveLength(3);
    expect(d.lines[0]).toMatchObject({ kind: 'cost', id: 'c-time', label: internalTime.label, change: 'REMOVED', fields: [], totalAfter: null });
    // 200 h × 379.577465 = 75 915.49
    expect(d.lines[0]!.totalBefore).toBeCloseTo(75_915.49, 2);
    expect(d.lines[0]!.totalBefore).toBeCloseTo(200 * DEFAULT_HOURLY, 8);
    expect(d.lines[1]).toEqual({ kind: 'cost', id: 'c-run', label: 'Drift', change: 'ADDED', fields: [], totalBefore: null, totalAfter: 10_000 });
    expect(d.lines[2]).toEqual({ kind: 'benefit', id: 'b-quality', label: quality.label, change: 'REMOVED', fields: [], totalBefore: 500_000, totalAfter: null });
    // pvCosts: 100 000 + 10 000 / 1.0609 = 109 425.96, before 173 704.36 → delta −64 278.40
    const pvCosts = d.figures.find((f) => f.figure === 'pvCosts')!;
    expect(pvCosts.after).toBeCloseTo(109_425.96, 2);
    expect(pvCosts.delta).toBeCloseTo(-64_278.40, 2);
  });

  it('lists changes of label, type, category, monetised, confidence, unit and monthly salary, under the new label', () => {
    const reviewed: CalculationSheet = {
      costs: [{ ...oneOff, type: 'RUNNING' }, { ...internalTime, monthlySalary: 42_600 }],
      benefits: [{ ...financial, label: 'Minskat porto', category: 'REDISTRIBUTION', confidence: 'YELLOW' }, { ...quality, monetised: true, unit: 'HOURS' }],
    };
    const d = compareSheets(handWorked, reviewed, params);
    expect(d.lines.map((l) => [l.kind, l.id, l.label, l.change, l.fields])).toEqual([
      ['cost', 'c-license', oneOff.label, 'CHANGED', ['type']],
      ['cost', 'c-time', internalTime.label, 'CHANGED', ['monthlySalary']],
      ['benefit', 'b-print', 'Minskat porto', 'CHANGED', ['label', 'category', 'confidence']],
      ['benefit', 'b-quality', quality.label, 'CHANGED', ['monetised', 'unit']],
    ]);
    // 200 h at 42 600 kr: 200 × 462 = 92 400
    expect(d.lines[1]!.totalBefore).toBeCloseTo(75_915.49, 2);
    expect(d.lines[1]!.totalAfter).toBeCloseTo(92_400, 6);
    // 500 000 h × 379.577465 = 189 788 732.39
    expect(d.lines[3]!.totalAfter).toBeCloseTo(189_788_732.39, 2);
  });

  it('treats null and absent optional fields, and a zero amount and a missing year, as the same', () => {
    const before: CalculationSheet = {
      costs: [{ ...oneOff, monthlySalary: null, explanation: null, amounts: [...oneOff.amounts, { year: 2029, amount: 0 }] }],
      benefits: [{ ...financial, confidence: undefined }],
    };
    const after: CalculationSheet = { costs: [{ ...oneOff }], benefits: [{ ...financial, confidence: null }] };
    expect(compareSheets(before, after, params).lines).toEqual([]);
  });

  it('lists several changed years in order', () => {
    const after: CalculationSheet = {
      ...handWorked,
      benefits: [
        {
          ...financial,
          amounts: [
            { year: 2030, amount: 70_000 },
            { year: 2027, amount: 5_000 },
            { year: 2028, amount: 0 },
            { year: 2029, amount: 60_000 },
          ],
        },
        quality,
      ],
    };
    const d = compareSheets(handWorked, after, params);
    expect(d.lines).toHaveLength(1);
    expect(d.lines[0]!.fields).toEqual(['amount:2027', 'amount:2028', 'amount:2030']);
    // before 180 000; after 70 000 + 5 000 + 0 + 60 000 = 135 000
    expect(d.lines[0]!.totalBefore).toBe(180_000);
    expect(d.lines[0]!.totalAfter).toBe(135_000);
  });

  it('matches lines by id within costs and within benefits: a line moved from costs to benefits is removed and added', () => {
    const moved: BenefitSheetLine = { ...financial, id: oneOff.id };
    const d = compareSheets({ costs: [oneOff], benefits: [] }, { costs: [], benefits: [moved] }, params);
    expect(d.lines.map((l) => [l.kind, l.id, l.change, l.totalBefore, l.totalAfter])).toEqual([
      ['cost', oneOff.id, 'REMOVED', 100_000, null],
      ['benefit', oneOff.id, 'ADDED', null, 180_000],
    ]);
  });

  it('gives every figure’s delta as after − before, and null where either side is null', () => {
    // the applicant names no costs: BCR, NNK-i and payback are null before
    const applicant: CalculationSheet = { costs: [], benefits: [financial] };
    const d = compareSheets(applicant, handWorked, params);
    const fa = figuresOf(calculateSheet(applicant, params));
    const fb = figuresOf(calculateSheet(handWorked, params));
    for (const f of d.figures) {
      const name = f.figure;
      expect(f.before).toBe(fa[name]);
      expect(f.after).toBe(fb[name]);
      if (fa[name] === null || fb[name] === null) expect(f.delta).toBeNull();
      else expect(f.delta).toBe(fb[name]! - fa[name]!);
    }
    const byName = Object.fromEntries(d.figures.map((f) => [f.figure, f]));
    expect(byName['benefitCostRatio']).toMatchObject({ before: null, delta: null });
    expect(byName['benefitCostRatio']!.after).toBeCloseTo(0.977043, 6);
    expect(byName['npvPerKrona']).toMatchObject({ before: null, delta: null });
    // no costs: cumulative net turns positive in 2028 (first positive year)
    expect(byName['paybackYear']).toEqual({ figure: 'paybackYear', before: 2028, after: 2030, delta: 2 });
    // npv before = 169 716.68, after = −3 987.68 → delta = −173 704.36 (= −pvCosts after)
    expect(byName['npv']!.delta).toBeCloseTo(-173_704.36, 2);
    // the other way round the delta of a ratio is null as well
    const back = compareSheets(handWorked, applicant, params);
    expect(back.figures.find((f) => f.figure === 'benefitCostRatio')).toMatchObject({ after: null, delta: null });
  });
});

// ---------- properties ----------

const arbParams = fc.record({
  baseYear: fc.integer({ min: 2020, max: 2040 }),
  horizonYears: fc.integer({ min: SHEET_LIMITS.horizonMin, max: 10 }),
  discountRate: fc.integer({ min: 0, max: 200 }).map((n) => n / 1000),
  optimismBias: fc.constantFrom(0, 0.1, 0.2, 0.5),
  hoursPerMonth: fc.constantFrom(142, 160),
  overhead: fc.constantFrom(0.54, 0.4),
  defaultMonthlySalary: fc.integer({ min: 20_000, max: 80_000 }),
});

const arbLabel = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);

/** amounts on distinct years within the horizon; whole kronor for KRONOR lines, quarter hours for HOURS lines */
function arbAmounts(p: CalculationParameters, unit: 'KRONOR' | 'HOURS') {
  const amount = unit === 'KRONOR' ? fc.integer({ min: 0, max: 10_000_000 }) : fc.integer({ min: 0, max: 40_000 }).map((n) => n / 4);
  return fc.uniqueArray(fc.integer({ min: p.baseYear, max: p.baseYear + p.horizonYears }), { maxLength: p.horizonYears + 1 }).chain((years) =>
    fc.tuple(...years.map(() => amount)).map((as) => years.map((year, i) => ({ year, amount: as[i]! }))),
  );
}

function arbSheet(p: CalculationParameters, units: readonly ('KRONOR' | 'HOURS')[]) {
  const arbUnit = fc.constantFrom(...units);
  const arbSalary = fc.option(fc.integer({ min: 15_000, max: 100_000 }), { nil: null });
  const arbCost = arbUnit.chain((unit) =>
    fc.record({
      label: arbLabel,
      type: fc.constantFrom('ONE_OFF' as const, 'RUNNING' as const, 'INTERNAL_TIME' as const),
      unit: fc.constant(unit),
      monthlySalary: arbSalary,
      amounts: arbAmounts(p, unit),
    }),
  );
  const arbBenefit = arbUnit.chain((unit) =>
    fc.record({
      label: arbLabel,
      category: fc.constantFrom('FINANCIAL' as const, 'REDISTRIBUTION' as const, 'QUALITY' as const, 'ENVIRONMENT' as const),
      monetised: fc.boolean(),
      confidence: fc.option(fc.constantFrom('GREEN' as const, 'YELLOW' as const, 'RED' as const), { nil: null }),
      unit: fc.constant(unit),
      monthlySalary: arbSalary,
      amounts: arbAmounts(p, unit),
    }),
  );
  return fc
    .record({ costs: fc.array(arbCost, { maxLength: 6 }), benefits: fc.array(arbBenefit, { maxLength: 6 }) })
    .map(
      ({ costs, benefits }): CalculationSheet => ({
        costs: costs.map((l, i) => ({ ...l, id: `cost-${i}` })),
        benefits: benefits.map((l, i) => ({ ...l, id: `benefit-${i}` })),
      }),
    );
}

const arbCase = (units: readonly ('KRONOR' | 'HOURS')[]) =>
  arbParams.chain((p) => arbSheet({ ...p }, units).map((sheet) => ({ p: p as CalculationParameters, sheet })));

describe('properties', () => {
  it('random valid sheets pass validation, and NPV = PV(benefits) − PV(costs)', () => {
    fc.assert(
      fc.property(arbCase(['KRONOR', 'HOURS']), ({ p, sheet }) => {
        const v = validateSheet(sheet, p);
        expect(v.ok).toBe(true);
        const r = calculateSheet(sheet, p);
        expect(r.npv).toBeCloseTo(r.pvBenefits - r.pvCosts, 6);
        expect(r.warnings).toEqual([]);
        // the validated sheet computes the same figures
        expect(figuresOf(calculateSheet(valueOf(v), p))).toEqual(figuresOf(r));
      }),
    );
  });

  it('scaling every KRONOR amount by k scales the NPV by k', () => {
    fc.assert(
      fc.property(arbCase(['KRONOR']), fc.integer({ min: 0, max: 1_000 }), ({ p, sheet }, k) => {
        const scale = (l: CostSheetLine | BenefitSheetLine) => ({ ...l, amounts: l.amounts.map((a) => ({ ...a, amount: a.amount * k })) });
        const scaled: CalculationSheet = { costs: sheet.costs.map(scale) as CostSheetLine[], benefits: sheet.benefits.map(scale) as BenefitSheetLine[] };
        expect(validateSheet(scaled, p).ok).toBe(true);
        const npv = calculateSheet(sheet, p).npv;
        const scaledNpv = calculateSheet(scaled, p).npv;
        // relative to the size of the flows, so an NPV near zero does not demand an exact zero
        const scaledResult = calculateSheet(scaled, p);
        const magnitude = Math.max(scaledResult.pvCosts + scaledResult.pvBenefits, 1);
        expect(Math.abs(scaledNpv - npv * k)).toBeLessThanOrEqual(1e-6 * magnitude);
      }),
    );
  });

  it('a sheet compared with itself has no line differences and zero deltas', () => {
    fc.assert(
      fc.property(arbCase(['KRONOR', 'HOURS']), ({ p, sheet }) => {
        const d = compareSheets(sheet, structuredClone(sheet), p);
        expect(d.lines).toEqual([]);
        for (const f of d.figures) expect(f.delta === null || f.delta === 0).toBe(true);
      }),
    );
  });

  it('the validated sheet round-trips: validating it again gives the same value', () => {
    fc.assert(
      fc.property(arbCase(['KRONOR', 'HOURS']), ({ p, sheet }) => {
        const once = valueOf(validateSheet(sheet, p));
        expect(valueOf(validateSheet(once, p))).toEqual(once);
      }),
    );
  });
});
