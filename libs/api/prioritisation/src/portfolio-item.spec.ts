import { describe, expect, it } from 'vitest';
import type { CalculationParameters, CalculationSheet } from '@dp/domain/benefits';
import { oneOffCostsByYear, staffHoursByYear } from './portfolio-item.js';
import { conflictText, explanationText } from './explain-text.js';
import type { RoundConstraint } from '@dp/domain/prioritisation';

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

describe('Swedish explanations', () => {
  const constraints: RoundConstraint[] = [
    { key: 'budget', kind: 'BUDGET', year: null, label: 'Budget' },
    { key: 'staff-2027', kind: 'STAFF', year: 2027, label: 'Personaltimmar 2027' },
  ];
  const nameOf = (id: string) => ({ x: 'E-arkiv', y: 'Bygglov' })[id] ?? id;

  it('names the constraint, the shortfall, the need and what is left, in sv-SE formats', () => {
    const text = explanationText(
      {
        id: 'x',
        decision: 'NOT_SELECTED',
        reasons: [
          { code: 'CAPACITY', constraintIndex: 0, constraintName: 'Budget', capacity: 12_000_000, used: 11_500_000, needed: 2_100_000, shortfall: 1_600_000 },
          { code: 'CAPACITY', constraintIndex: 1, constraintName: 'Personaltimmar 2027', capacity: 6000, used: 5700, needed: 1500.5, shortfall: 1200.5 },
        ],
        valueNeeded: 12.25,
      },
      constraints,
      nameOf,
      null,
    );
    expect(text.replace(/\s/g, ' ')).toBe(
      'Inte med i urvalet. Budget skulle överskridas med 1 600 000 kr (behöver 2 100 000 kr, kvar 500 000 kr). Personaltimmar 2027 skulle överskridas med 1 200,5 timmar (behöver 1 500,5 timmar, kvar 300 timmar). Skulle behöva 12,3 mer i värde för att komma med.',
    );
  });

  it('explains forced, ineligible, required and selected items', () => {
    expect(explanationText({ id: 'x', decision: 'FORCED_OUT', reasons: [] }, constraints, nameOf, 'Utsedd nyttoägare')).toBe('Uppfyller inte ska-krav: Utsedd nyttoägare.');
    expect(explanationText({ id: 'x', decision: 'FORCED_OUT', reasons: [] }, constraints, nameOf, null)).toBe('Tvingad ut ur urvalet.');
    expect(explanationText({ id: 'x', decision: 'SELECTED', reasons: [{ code: 'REQUIRED_BY', byId: 'y' }] }, constraints, nameOf, null)).toBe('Med i urvalet. Krävs av Bygglov.');
    expect(explanationText({ id: 'x', decision: 'SELECTED', reasons: [], valueLost: 7.5 }, constraints, nameOf, null)).toBe(
      'Med i urvalet. Utan den blir det bästa möjliga värdet 7,5 lägre.',
    );
    expect(explanationText({ id: 'y', decision: 'NOT_SELECTED', reasons: [{ code: 'REQUIRES', requiresId: 'x', forcedOut: true }] }, constraints, nameOf, null)).toBe(
      'Inte med i urvalet. Kräver E-arkiv, som är tvingad ut.',
    );
  });

  it('says which forced-in initiatives do not fit which constraint', () => {
    const text = conflictText({ code: 'CAPACITY_EXCEEDED', constraintIndex: 0, constraintName: 'Budget', needed: 13_000_000, capacity: 12_000_000, shortfall: 1_000_000, itemIds: ['x', 'y'] }, constraints, nameOf);
    expect(text.replace(/\s/g, ' ')).toBe('De initiativ som är tvingade in (E-arkiv, Bygglov) behöver 13 000 000 kr men budget är 12 000 000 kr: 1 000 000 kr för mycket.');
  });
});
