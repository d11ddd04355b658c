import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DELEGATION } from '@dp/domain/decisions';
import { buildDecision, defaultSplitRows, horizonOf, placeDecisionError, signatoryHint, splitYears, type DecisionFormValues } from './decision-model';

const values = (changes: Partial<DecisionFormValues> = {}): DecisionFormValues => ({
  outcome: 'GRANTED',
  grantedAmount: '1 500 000',
  split: false,
  years: [],
  conditions: '',
  reason: '',
  decidedOn: '2027-11-22',
  registrationNumber: ' KS  2027/123 ',
  overcommitReason: '',
  ...changes,
});

const context = { initiativeId: 'i-a', initiativeVersion: 4, meetingId: 'm-1', requestedAmount: 1_500_000, horizonYears: [2027, 2028, 2029], today: '2027-11-30' };

describe('signatoryHint', () => {
  it('names the level and the threshold it starts above (or ends at)', () => {
    expect(signatoryHint(DEFAULT_DELEGATION, 1_500_000, null)).toEqual({ kind: 'above', amount: 500_000, label: 'Kommundirektör' });
    expect(signatoryHint(DEFAULT_DELEGATION, 500_000, null)).toEqual({ kind: 'upTo', amount: 500_000, label: 'Digitaliseringschef' });
    expect(signatoryHint([{ upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' }], 10, null)).toEqual({ kind: 'only', label: 'Kommundirektör' });
  });

  it('falls back on the level the API named when the round has no rules', () => {
    expect(signatoryHint([], 1_500_000, 'Kommundirektör')).toEqual({ kind: 'only', label: 'Kommundirektör' });
    expect(signatoryHint([], 1_500_000, null)).toBeNull();
  });
});

describe('the split per year', () => {
  it('offers the yearly budgets’ years, else the horizon, with the default split of the amount', () => {
    expect(horizonOf({ baseYear: 2027, horizonYears: 2 })).toEqual([2027, 2028, 2029]);
    expect(splitYears([], [2027, 2028])).toEqual([2027, 2028]);
    expect(splitYears([2028, 2027], [2027, 2028, 2029])).toEqual([2027, 2028]);
    const rows = defaultSplitRows(1_200_000, [{ year: 2027, amount: 1_000_000 }, { year: 2028, amount: 500_000 }], [2027, 2028, 2029], 2027, String);
    expect(rows).toEqual([
      { year: 2027, amount: '800000' },
      { year: 2028, amount: '400000' },
      { year: 2029, amount: '0' },
    ]);
    // without one-off costs everything falls in the round's year
    expect(defaultSplitRows(900, null, [2027, 2028], 2027, String)).toEqual([
      { year: 2027, amount: '900' },
      { year: 2028, amount: '0' },
    ]);
  });

  it('sends the years with an amount and maps the API’s row index back to the form row', () => {
    const built = buildDecision(
      values({ split: true, years: [{ year: 2027, amount: '0' }, { year: 2028, amount: '1 000 000' }, { year: 2029, amount: '500 000' }] }),
      context,
      false,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input.amountsByYear).toEqual([
      { year: 2028, amount: 1_000_000 },
      { year: 2029, amount: 500_000 },
    ]);
    expect(built.input.registrationNumber).toBe('KS 2027/123');
    expect(placeDecisionError('amountsByYear.0.amount', built.rowOfSent)).toBe('years.1');
    expect(placeDecisionError('amountsByYear.1.year', built.rowOfSent)).toBe('years.2');
    expect(placeDecisionError('amountsByYear', built.rowOfSent)).toBe('amountsByYear');
    expect(placeDecisionError('meetingId', built.rowOfSent)).toBeNull();
  });
});

describe('buildDecision', () => {
  it('uses the domain’s codes, and reads amounts as typed first', () => {
    const built = buildDecision(values({ grantedAmount: '1,5 miljoner', decidedOn: '2027-12-01' }), context, false);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors['grantedAmount']).toEqual({ code: 'NOT_A_NUMBER' });
    expect(built.errors['decidedOn']).toMatchObject({ code: 'OUT_OF_RANGE' });
  });

  it('asks for a reason of at least 10 characters for an over-commitment once the API has said so', () => {
    const short = buildDecision(values({ overcommitReason: ' kort ' }), context, true);
    expect(short.ok ? null : short.errors['overcommitReason']).toEqual({ code: 'TOO_SHORT', params: { min: 10 } });
    const given = buildDecision(values({ overcommitReason: '  Angeläget för välfärden. ' }), context, true);
    expect(given.ok && given.input.overcommitReason).toBe('Angeläget för välfärden.');
    // a rejection sends no amount, and no over-commitment reason
    const rejected = buildDecision(values({ outcome: 'REJECTED', reason: 'För osäker nytta.', overcommitReason: 'Angeläget för välfärden.' }), context, false);
    expect(rejected.ok && rejected.input).toEqual({
      initiativeId: 'i-a',
      initiativeVersion: 4,
      meetingId: 'm-1',
      outcome: 'REJECTED',
      reason: 'För osäker nytta.',
      decidedOn: '2027-11-22',
      registrationNumber: 'KS 2027/123',
    });
  });
});
