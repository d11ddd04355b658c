import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import fc from 'fast-check';
import { VALIDATION_CODES } from '@dp/domain/initiatives';
import { DECISION_LIMITS, REASONED_OUTCOMES, committedAmount, validateDecision, type Decision, type DecisionContext } from './decision.js';

const context: DecisionContext = { requestedAmount: 800_000, years: [2027, 2028, 2029] };
const common = { decidedOn: '2027-03-15', registrationNumber: 'KS 2027/123' };
const grant = (over: Record<string, unknown> = {}) => ({ outcome: 'GRANTED', grantedAmount: 600_000, ...common, ...over });
const reject = (over: Record<string, unknown> = {}) => ({ outcome: 'REJECTED', reason: 'Nyttan är inte visad.', ...common, ...over });

function errorsOf(input: unknown, ctx: DecisionContext = context) {
  const r = validateDecision(input, ctx);
  return r.ok ? [] : r.errors;
}
function valueOf(input: unknown, ctx: DecisionContext = context): Decision {
  const r = validateDecision(input, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('validateDecision: a grant (beviljad)', () => {
  it('accepts a grant lower than requested, trims the texts and fills the optional fields with null', () => {
    expect(valueOf(grant({ conditions: '  Rapportera halvårsvis.  ', registrationNumber: '  KS   2027/123 ' }))).toEqual({
      outcome: 'GRANTED',
      grantedAmount: 600_000,
      conditions: 'Rapportera halvårsvis.',
      reason: null,
      amountsByYear: null,
      decidedOn: '2027-03-15',
      registrationNumber: 'KS 2027/123',
      meetingId: null,
    });
  });

  it('accepts exactly the requested amount, refuses one krona more (OUT_OF_RANGE)', () => {
    expect(errorsOf(grant({ grantedAmount: 800_000 }))).toEqual([]);
    expect(errorsOf(grant({ grantedAmount: 800_001 }))).toEqual([{ field: 'grantedAmount', code: 'OUT_OF_RANGE' }]);
  });

  it('wants the granted amount in whole, positive kronor', () => {
    expect(errorsOf(grant({ grantedAmount: undefined }))).toEqual([{ field: 'grantedAmount', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ grantedAmount: '600000' }))).toEqual([{ field: 'grantedAmount', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ grantedAmount: 0 }))).toEqual([{ field: 'grantedAmount', code: 'NOT_POSITIVE' }]);
    expect(errorsOf(grant({ grantedAmount: -1 }))).toEqual([{ field: 'grantedAmount', code: 'NOT_POSITIVE' }]);
    expect(errorsOf(grant({ grantedAmount: 1 }))).toEqual([]);
    expect(errorsOf(grant({ grantedAmount: 1000.5 }))).toEqual([{ field: 'grantedAmount', code: 'NOT_WHOLE_KRONOR' }]);
    const huge = { requestedAmount: Number.MAX_VALUE, years: context.years };
    expect(errorsOf(grant({ grantedAmount: Number.MAX_SAFE_INTEGER }), huge)).toEqual([]);
    expect(errorsOf(grant({ grantedAmount: Number.MAX_SAFE_INTEGER + 1 }), huge)).toEqual([{ field: 'grantedAmount', code: 'NOT_SAFE_INTEGER' }]);
    expect(errorsOf(grant({ grantedAmount: Number.POSITIVE_INFINITY }))).toEqual([{ field: 'grantedAmount', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ grantedAmount: Number.NaN }))).toEqual([{ field: 'grantedAmount', code: 'REQUIRED' }]);
  });

  it('allows conditions and a reason up to 4 000 characters', () => {
    const max = 'x'.repeat(DECISION_LIMITS.textMax);
    expect(errorsOf(grant({ conditions: max, reason: max }))).toEqual([]);
    expect(errorsOf(grant({ conditions: `${max}x`, reason: `${max}x` }))).toEqual([
      { field: 'conditions', code: 'TOO_LONG' },
      { field: 'reason', code: 'TOO_LONG' },
    ]);
    expect(valueOf(grant({ conditions: '   ', reason: null }))).toMatchObject({ conditions: null, reason: null });
    expect(valueOf(grant({ reason: ' Hög nytta för invånarna. ' }))).toMatchObject({ reason: 'Hög nytta för invånarna.' });
  });

  describe('split per year', () => {
    it('accepts a split over the horizon that adds up exactly, in year order', () => {
      const d = valueOf(grant({ amountsByYear: [{ year: 2028, amount: 200_000 }, { year: 2027, amount: 400_000 }, { year: 2029, amount: 0 }] }));
      expect(d.outcome === 'GRANTED' && d.amountsByYear).toEqual([
        { year: 2027, amount: 400_000 },
        { year: 2028, amount: 200_000 },
        { year: 2029, amount: 0 },
      ]);
    });

    it('reads an empty split as no split', () => {
      const d = valueOf(grant({ amountsByYear: [] }));
      expect(d.outcome === 'GRANTED' && d.amountsByYear).toBeNull();
    });

    it('refuses a split one krona under or over the granted amount (OUT_OF_RANGE on the list)', () => {
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027, amount: 599_999 }] }))).toEqual([{ field: 'amountsByYear', code: 'OUT_OF_RANGE' }]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027, amount: 300_000 }, { year: 2028, amount: 300_001 }] }))).toEqual([
        { field: 'amountsByYear', code: 'OUT_OF_RANGE' },
      ]);
    });

    it('refuses years outside the horizon, a year twice, negative and fractional amounts', () => {
      expect(errorsOf(grant({ amountsByYear: [{ year: 2030, amount: 600_000 }] }))).toEqual([{ field: 'amountsByYear.0.year', code: 'OUTSIDE_HORIZON' }]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027.5, amount: 600_000 }] }))).toEqual([{ field: 'amountsByYear.0.year', code: 'OUTSIDE_HORIZON' }]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027, amount: 300_000 }, { year: 2027, amount: 300_000 }] }))).toEqual([
        { field: 'amountsByYear.1.year', code: 'DUPLICATE' },
      ]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027, amount: 700_000 }, { year: 2028, amount: -100_000 }] }))).toEqual([
        { field: 'amountsByYear.1.amount', code: 'NEGATIVE' },
      ]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027, amount: 599_999.5 }, { year: 2028, amount: 0.5 }] }))).toEqual([
        { field: 'amountsByYear.0.amount', code: 'NOT_WHOLE_KRONOR' },
        { field: 'amountsByYear.1.amount', code: 'NOT_WHOLE_KRONOR' },
      ]);
      expect(errorsOf(grant({ amountsByYear: [{ year: 2027 }] }))).toEqual([{ field: 'amountsByYear.0.amount', code: 'REQUIRED' }]);
      expect(errorsOf(grant({ amountsByYear: 'all in 2027' }))).toEqual([{ field: 'amountsByYear', code: 'REQUIRED' }]);
    });

    it('property: a split of the granted amount over distinct horizon years is always accepted and kept whole', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 3 }), (amount, weights) => {
          const years = [2027, 2028, 2029].slice(0, weights.length);
          const total = weights.reduce((s, w) => s + w, 0) || 1;
          const parts = weights.map((w) => Math.floor((amount * w) / total));
          parts[0]! += amount - parts.reduce((s, p) => s + p, 0);
          const d = valueOf(grant({ grantedAmount: amount, amountsByYear: years.map((year, i) => ({ year, amount: parts[i] })) }), { requestedAmount: amount, years: context.years });
          expect(d.outcome === 'GRANTED' && d.amountsByYear!.reduce((s, a) => s + a.amount, 0)).toBe(amount);
        }),
      );
    });
  });
});

describe('validateDecision: rejected, deferred, returned', () => {
  it.each(REASONED_OUTCOMES)('%s needs a reason (REQUIRED), up to 4 000 characters', (outcome) => {
    expect(valueOf(reject({ outcome, reason: '  Återremitteras för komplettering.  ' }))).toEqual({
      outcome,
      reason: 'Återremitteras för komplettering.',
      decidedOn: '2027-03-15',
      registrationNumber: 'KS 2027/123',
      meetingId: null,
    });
    expect(errorsOf(reject({ outcome, reason: undefined }))).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect(errorsOf(reject({ outcome, reason: '   ' }))).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect(errorsOf(reject({ outcome, reason: 'x'.repeat(DECISION_LIMITS.textMax) }))).toEqual([]);
    expect(errorsOf(reject({ outcome, reason: 'x'.repeat(DECISION_LIMITS.textMax + 1) }))).toEqual([{ field: 'reason', code: 'TOO_LONG' }]);
  });

  it('drops grant fields from a rejection and commits nothing', () => {
    const d = valueOf(reject({ grantedAmount: 100, conditions: 'x', amountsByYear: [{ year: 2027, amount: 100 }] }));
    expect(d).not.toHaveProperty('grantedAmount');
    expect(d).not.toHaveProperty('conditions');
    expect(committedAmount(d)).toBe(0);
    expect(committedAmount(valueOf(grant()))).toBe(600_000);
  });
});

describe('validateDecision: outcome, date, registration number, meeting', () => {
  it('wants a known outcome', () => {
    expect(errorsOf({ ...common })).toEqual([{ field: 'outcome', code: 'REQUIRED' }]);
    expect(errorsOf({ outcome: '', ...common })).toEqual([{ field: 'outcome', code: 'REQUIRED' }]);
    expect(errorsOf({ outcome: 'APPROVED', ...common })).toEqual([{ field: 'outcome', code: 'OUT_OF_RANGE' }]);
    expect(errorsOf(null)).toEqual([{ field: 'outcome', code: 'REQUIRED' }]);
    expect(errorsOf('GRANTED')).toEqual([{ field: 'outcome', code: 'REQUIRED' }]);
  });

  it('wants a real date YYYY-MM-DD, not after today when today is given', () => {
    expect(errorsOf(grant({ decidedOn: undefined }))).toEqual([{ field: 'decidedOn', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ decidedOn: ' ' }))).toEqual([{ field: 'decidedOn', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ decidedOn: '2027-02-29' }))).toEqual([{ field: 'decidedOn', code: 'INVALID_DATE' }]);
    expect(errorsOf(grant({ decidedOn: '2028-02-29' }))).toEqual([]);
    expect(errorsOf(grant({ decidedOn: '15/3/2027' }))).toEqual([{ field: 'decidedOn', code: 'INVALID_DATE' }]);
    expect(errorsOf(grant({ decidedOn: '2027-03-15T10:00:00Z' }))).toEqual([{ field: 'decidedOn', code: 'INVALID_DATE' }]);
    const today = { ...context, today: '2027-03-15' };
    expect(errorsOf(grant(), today)).toEqual([]);
    expect(errorsOf(grant({ decidedOn: '2027-03-16' }), today)).toEqual([{ field: 'decidedOn', code: 'OUT_OF_RANGE' }]);
  });

  it.each(['KS 2027/123', 'DP-2027-0042', 'SÄN 2027.15', 'KS2027/1', 'BUN 2027/12-3', '2027/123'])('accepts the registration number %s', (registrationNumber) => {
    expect(errorsOf(grant({ registrationNumber }))).toEqual([]);
  });

  it('has no pattern code among VALIDATION_CODES, so a malformed registration number is OUT_OF_RANGE', () => {
    expect(VALIDATION_CODES).not.toContain('INVALID');
    for (const registrationNumber of ['KS 2027/123!', 'KS_2027_1', '-KS 2027', 'KS 2027/', 'KS', 'Dnr: 12', 'KS\u00a02027/1;DROP']) {
      expectWithMessage(errorsOf(grant({ registrationNumber })), registrationNumber).toEqual([{ field: 'registrationNumber', code: 'OUT_OF_RANGE' }]);
    }
  });

  it('wants a registration number of 1–40 characters after trimming', () => {
    expect(errorsOf(grant({ registrationNumber: undefined }))).toEqual([{ field: 'registrationNumber', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ registrationNumber: '   ' }))).toEqual([{ field: 'registrationNumber', code: 'REQUIRED' }]);
    expect(errorsOf(grant({ registrationNumber: '1' }))).toEqual([]);
    const forty = `KS ${'1'.repeat(37)}`;
    expect(forty).toHaveLength(40);
    expect(errorsOf(grant({ registrationNumber: ` ${forty} ` }))).toEqual([]);
    expect(errorsOf(grant({ registrationNumber: `${forty}1` }))).toEqual([{ field: 'registrationNumber', code: 'TOO_LONG' }]);
  });

  it('keeps an optional meeting id (trimmed, up to 64 characters)', () => {
    expect(valueOf(grant({ meetingId: ' m-1 ' })).meetingId).toBe('m-1');
    expect(valueOf(grant({ meetingId: '' })).meetingId).toBeNull();
    expect(errorsOf(grant({ meetingId: 'm'.repeat(65) }))).toEqual([{ field: 'meetingId', code: 'TOO_LONG' }]);
  });

  it('reports every field in error, the first code of each', () => {
    expect(errorsOf({ outcome: 'GRANTED', grantedAmount: 900_000, decidedOn: 'igår', registrationNumber: '' })).toEqual([
      { field: 'grantedAmount', code: 'OUT_OF_RANGE' },
      { field: 'decidedOn', code: 'INVALID_DATE' },
      { field: 'registrationNumber', code: 'REQUIRED' },
    ]);
  });

  it('property: every refusal uses one of the stable validation codes', () => {
    fc.assert(
      fc.property(
        fc.record({
          outcome: fc.constantFrom('GRANTED', 'REJECTED', 'DEFERRED', 'RETURNED', 'X', undefined),
          grantedAmount: fc.oneof(fc.integer({ min: -10, max: 1_000_000 }), fc.double(), fc.constant(undefined)),
          reason: fc.option(fc.string({ maxLength: 20 })),
          decidedOn: fc.oneof(fc.constant('2027-01-01'), fc.string({ maxLength: 12 })),
          registrationNumber: fc.string({ maxLength: 45 }),
          amountsByYear: fc.option(fc.array(fc.record({ year: fc.integer({ min: 2025, max: 2031 }), amount: fc.integer({ min: -5, max: 900_000 }) }), { maxLength: 4 })),
        }),
        (input) => {
          for (const e of errorsOf(input)) expect(VALIDATION_CODES).toContain(e.code);
        },
      ),
    );
  });
});
