import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { CATEGORY_COLOURS, ALL_COLOUR, BUDGET_COLOUR, POINT_COLOUR, SELECTED_COLOUR, categoryStyle, contrastRatio, escapeHtml } from './charts/palette';
import { compareParam, comparedScenarios, membershipRows, parseCompareParam, yearRows } from './scenario-model';

const scenario = (selected: string[], costByYear: { year: number; amount: number }[] = []) => ({ result: { selected, costByYear } }) as never;

describe('the comparison parameter', () => {
  it('reads trimmed ids without repeats or empties, at most three', () => {
    expect(parseCompareParam(null)).toEqual([]);
    expect(parseCompareParam(' a, b,,a ,c,d')).toEqual(['a', 'b', 'c']);
    expect(compareParam(['a', 'b', 'c', 'd'])).toBe('a,b,c');
  });

  it('keeps the scenarios that exist, in the order of the link', () => {
    expect(comparedScenarios([{ id: 'x' }, { id: 'y' }], ['y', 'gone', 'x'])).toEqual([{ id: 'y' }, { id: 'x' }]);
  });
});

describe('membershipRows', () => {
  const items = ['1', '2', '3', '4', '5'].map((id) => ({ id, title: `T${id}` }));

  it('says of two scenarios what is only in A, only in B, in both and in none, differences first', () => {
    const rows = membershipRows([scenario(['1', '2', '3']), scenario(['1', '4'])], items);
    expect(rows.map((r) => [r.id, r.difference])).toEqual([
      ['2', { kind: 'only', index: 0 }],
      ['3', { kind: 'only', index: 0 }],
      ['4', { kind: 'only', index: 1 }],
      ['1', { kind: 'all' }],
      ['5', { kind: 'none' }],
    ]);
    expect(rows[0]?.included).toEqual([true, false]);
  });

  it('with three scenarios names the one an initiative is missing from', () => {
    const rows = membershipRows([scenario(['1', '2']), scenario(['1', '2']), scenario(['1', '3'])], items.slice(0, 3));
    expect(rows.map((r) => [r.id, r.difference])).toEqual([
      ['3', { kind: 'only', index: 2 }],
      ['2', { kind: 'notIn', index: 2 }],
      ['1', { kind: 'all' }],
    ]);
  });

  it('lists a funded id that is no longer in the portfolio without a title', () => {
    const rows = membershipRows([scenario(['gone']), scenario([])], []);
    expect(rows).toEqual([{ id: 'gone', title: null, included: [true, false], difference: { kind: 'only', index: 0 } }]);
  });
});

describe('yearRows', () => {
  it('puts every year of the costs and budgets in order, 0 where a scenario has no cost', () => {
    const rows = yearRows([scenario([], [{ year: 2028, amount: 5 }, { year: 2027, amount: 10 }]), scenario([], [{ year: 2029, amount: 1 }])], [{ year: 2027, amount: 8 }]);
    expect(rows).toEqual([
      { year: 2027, amounts: [10, 0], budget: 8 },
      { year: 2028, amounts: [5, 0], budget: null },
      { year: 2029, amounts: [0, 1], budget: null },
    ]);
  });
});

describe('the chart palette', () => {
  it('has at least 3:1 contrast against white for every colour (WCAG 1.4.11)', () => {
    for (const colour of [...CATEGORY_COLOURS, ALL_COLOUR, SELECTED_COLOUR, BUDGET_COLOUR, POINT_COLOUR]) {
      expectWithMessage(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('gives neighbouring departments a different colour and shape', () => {
    const styles = Array.from({ length: 12 }, (_, i) => categoryStyle(i));
    for (let i = 1; i < styles.length; i++) {
      expect(styles[i]?.colour).not.toBe(styles[i - 1]?.colour);
      expect(styles[i]?.symbol).not.toBe(styles[i - 1]?.symbol);
    }
  });

  it('escapes tooltip text', () => {
    expect(escapeHtml('<b>"A" & B\'s</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; B&#39;s&lt;/b&gt;');
  });
});
