import { describe, expect, it } from '@jest/globals';
import { buildCapacityInput, capacityRows, placeCapacityError, relocaliseRows, yearlyBudgetSum, type CapacityRow } from './round-capacity-model';

const SV = 'sv-SE';
const EN = 'en-GB';
const nbsp = '\u00a0';

const round = { baseYear: 2027, horizonYears: 3, yearlyBudgets: [{ year: 2028, amount: 2_500_000 }], staffCapacity: [{ year: 2027, amount: 1200.5 }] };

describe('round capacity model', () => {
  it('has a row per year of the calculation’s horizon (base year to base year + kalkylperiod) with the saved amounts', () => {
    expect(capacityRows(round, SV)).toEqual([
      { year: 2027, budget: '', hours: `1${nbsp}200,5`, inHorizon: true },
      { year: 2028, budget: `2${nbsp}500${nbsp}000`, hours: '', inHorizon: true },
      { year: 2029, budget: '', hours: '', inHorizon: true },
      { year: 2030, budget: '', hours: '', inHorizon: true },
    ]);
    expect(capacityRows(round, EN)[1]!.budget).toBe('2,500,000');
  });

  it('keeps a saved year outside the horizon visible, to be emptied', () => {
    const rows = capacityRows({ ...round, horizonYears: 1, yearlyBudgets: [{ year: 2030, amount: 1 }] }, SV);
    expect(rows.map((r) => [r.year, r.inHorizon])).toEqual([
      [2027, true],
      [2028, true],
      [2030, false],
    ]);
    expect(buildCapacityInput(rows, SV)).toEqual({ ok: false, errors: { 'budget.2030': 'OUTSIDE_HORIZON' } });
  });

  it('sends the filled-in years only, in year order; empty means not constrained', () => {
    const rows: CapacityRow[] = [
      { year: 2028, budget: '3 000 000 kr', hours: '', inHorizon: true },
      { year: 2027, budget: '2 000 000', hours: '1 500,5', inHorizon: true },
      { year: 2029, budget: '', hours: '0', inHorizon: true },
    ];
    expect(buildCapacityInput(rows, SV)).toEqual({
      ok: true,
      yearlyBudgets: [
        { year: 2027, amount: 2_000_000 },
        { year: 2028, amount: 3_000_000 },
      ],
      staffCapacity: [
        { year: 2027, amount: 1500.5 },
        { year: 2029, amount: 0 },
      ],
    });
    expect(buildCapacityInput([], SV)).toEqual({ ok: true, yearlyBudgets: [], staffCapacity: [] });
    expect(yearlyBudgetSum(rows, SV)).toBe(5_000_000);
    expect(yearlyBudgetSum([{ year: 2027, budget: '', hours: '5', inHorizon: true }], SV)).toBeNull();
  });

  it('refuses what is no amount', () => {
    const rows: CapacityRow[] = [
      { year: 2027, budget: '2 000 000,50', hours: 'många', inHorizon: true },
      { year: 2028, budget: '-1', hours: '-3', inHorizon: true },
      { year: 2029, budget: 'två miljoner', hours: '', inHorizon: true },
    ];
    expect(buildCapacityInput(rows, SV)).toEqual({
      ok: false,
      errors: {
        'budget.2027': 'NOT_WHOLE_KRONOR',
        'hours.2027': 'NOT_A_NUMBER',
        'budget.2028': 'NEGATIVE',
        'hours.2028': 'NEGATIVE',
        'budget.2029': 'NOT_A_NUMBER',
      },
    });
  });

  it('reads English amounts with thousands commas, and rewrites the typing when the language changes', () => {
    const rows: CapacityRow[] = [{ year: 2027, budget: '1,500,000', hours: '1,200.5', inHorizon: true }];
    expect(buildCapacityInput(rows, EN)).toEqual({ ok: true, yearlyBudgets: [{ year: 2027, amount: 1_500_000 }], staffCapacity: [{ year: 2027, amount: 1200.5 }] });
    expect(relocaliseRows(rows, EN, SV)).toEqual([{ year: 2027, budget: `1${nbsp}500${nbsp}000`, hours: `1${nbsp}200,5`, inHorizon: true }]);
  });

  it('places the API’s errors at the year they were sent for', () => {
    const sent = { yearlyBudgets: [{ year: 2028, amount: 1 }], staffCapacity: [{ year: 2027, amount: 1 }, { year: 2029, amount: 2 }] };
    expect(placeCapacityError('yearlyBudgets.0.amount', sent)).toBe('budget.2028');
    expect(placeCapacityError('staffCapacity.1.year', sent)).toBe('hours.2029');
    expect(placeCapacityError('staffCapacity.4.year', sent)).toBeNull();
    expect(placeCapacityError('budget', sent)).toBeNull();
  });
});
