import { describe, expect, it } from '@jest/globals';
import type { CalculationParameters, CalculationSheet } from '@dp/domain/benefits';
import { oneOffCostsByYear, staffHoursByYear } from './portfolio-item.js';

const params: CalculationParameters = { baseYear: 2027, horizonYears: 5, discountRate: 0.03, optimismBias: 0, hoursPerMonth: 142, overhead: 0.54, defaultMonthlySalary: 35_000 };
const sheet: CalculationSheet = {
  costs: [
    { id: 'a', label: 'Införande', type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 300_000 }, { year: 2028, amount: 100_000 }] },
    { id: 'b', label: 'Projekttid', type: 'ONE_OFF', unit: 'HOURS', monthlySalary: 42_600, amounts: [{ year: 2027, amount: 100 }] },
    { id: 'c', label: 'Egen tid', type: 'INTERNAL_TIME', unit: 'HOURS', amounts: [{ year: 2027, amount: 400 }, { year: 2028, amount: 150 }] },
    { id: 'd', label: 'Egen tid i kronor', type: 'INTERNAL_TIME', unit: 'KRONOR', monthlySalary: 42_600, amounts: [{ year: 2028, amount: 46_200 }] },
    { id: 'e', label: 'Drift', type: 'RUNNING', unit: 'KRONOR', amounts: [{ year: 2029, amount: 50_000 }] },
  ],
  benefits: [],
};

describe('what the optimiser reads of a calculation', () => {
  it('takes the one-off costs per year in kronor (hours valued at the line’s hourly cost), not running costs or own time', () => {
    // 42 600 / 142 × 1.54 = 462 kr/h
    expect(oneOffCostsByYear(sheet, params)).toEqual([
      { year: 2027, amount: 300_000 },
      { year: 2028, amount: 100_000 },
      { year: 2027, amount: 46_200 },
    ]);
  });

  it('sums the own staff hours per year, kronor lines converted back to hours', () => {
    expect(staffHoursByYear(sheet, params)).toEqual([
      { year: 2027, amount: 400 },
      { year: 2028, amount: 250 },
    ]);
  });
});
