import { describe, expect, it } from '@jest/globals';
import type { RoundConstraint } from '@dp/domain/prioritisation';
import { conflictText, explanationText } from './explain-text.js';

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
