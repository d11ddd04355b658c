import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  DEFAULT_DELEGATION,
  delegationAmount,
  delegationLabel,
  delegationRank,
  maySign,
  requiredSignatory,
  signingLimit,
  validateDelegation,
  type DecisionToSign,
  type DelegationRules,
} from './delegation.js';
import { DECISION_OUTCOMES } from './decision.js';

const manager = { delegations: ['DIGITALISATION_MANAGER'] };
const director = { delegations: ['MUNICIPAL_DIRECTOR'] };
const nobody = { delegations: [] };

const THREE: DelegationRules = [
  { upTo: 100_000, signatory: 'UNIT_HEAD' },
  { upTo: 1_000_000, signatory: 'MANAGER' },
  { upTo: null, signatory: 'DIRECTOR' },
];

function errorsOf(rules: unknown) {
  const r = validateDelegation(rules);
  return r.ok ? [] : r.errors;
}

describe('the default delegation (delegationsordning)', () => {
  it('is valid: the digitalisation manager up to 500 000 kr, the municipal director above', () => {
    expect(validateDelegation(DEFAULT_DELEGATION)).toEqual({
      ok: true,
      value: [
        { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
        { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
      ],
    });
  });

  it('has Swedish labels, falling back to the known names and then to the id', () => {
    expect(delegationLabel(DEFAULT_DELEGATION, 'MUNICIPAL_DIRECTOR')).toBe('Kommundirektör');
    expect(delegationLabel([{ upTo: null, signatory: 'DIGITALISATION_MANAGER' }], 'DIGITALISATION_MANAGER')).toBe('Digitaliseringschef');
    expect(delegationLabel(THREE, 'UNIT_HEAD')).toBe('UNIT_HEAD');
  });
});

describe('requiredSignatory', () => {
  it('gives the first level whose limit (inclusive) covers the amount', () => {
    expect(requiredSignatory(DEFAULT_DELEGATION, 0)).toBe('DIGITALISATION_MANAGER');
    expect(requiredSignatory(DEFAULT_DELEGATION, 1)).toBe('DIGITALISATION_MANAGER');
    expect(requiredSignatory(DEFAULT_DELEGATION, 499_999)).toBe('DIGITALISATION_MANAGER');
    expect(requiredSignatory(DEFAULT_DELEGATION, 500_000)).toBe('DIGITALISATION_MANAGER');
    expect(requiredSignatory(DEFAULT_DELEGATION, 500_001)).toBe('MUNICIPAL_DIRECTOR');
    expect(requiredSignatory(DEFAULT_DELEGATION, Number.MAX_SAFE_INTEGER)).toBe('MUNICIPAL_DIRECTOR');
    expect(requiredSignatory(THREE, 100_000)).toBe('UNIT_HEAD');
    expect(requiredSignatory(THREE, 100_001)).toBe('MANAGER');
    expect(requiredSignatory(THREE, 1_000_000)).toBe('MANAGER');
    expect(requiredSignatory(THREE, 1_000_001)).toBe('DIRECTOR');
  });

  it('throws on rules without an unbounded last level', () => {
    expect(() => requiredSignatory([{ upTo: 10, signatory: 'A' }], 11)).toThrow(RangeError);
  });

  it('property: monotone in the amount (a larger amount never needs a lower level)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3_000_000 }), fc.nat({ max: 3_000_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const rules of [DEFAULT_DELEGATION, THREE]) {
          expect(delegationRank(rules, requiredSignatory(rules, lo))).toBeLessThanOrEqual(delegationRank(rules, requiredSignatory(rules, hi)));
        }
      }),
    );
  });
});

describe('validateDelegation', () => {
  it('accepts one unbounded level and trims the texts', () => {
    expect(validateDelegation([{ upTo: null, signatory: ' MUNICIPAL_DIRECTOR ', label: ' Kommundirektör ' }])).toEqual({
      ok: true,
      value: [{ upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' }],
    });
  });

  it('wants at least one and at most ten rules', () => {
    expect(errorsOf([])).toEqual([{ field: 'delegation', code: 'TOO_FEW' }]);
    expect(errorsOf(undefined)).toEqual([{ field: 'delegation', code: 'REQUIRED' }]);
    const many = [...Array.from({ length: 10 }, (_, i) => ({ upTo: (i + 1) * 1000, signatory: `L${i}` })), { upTo: null, signatory: 'TOP' }];
    expect(errorsOf(many)).toEqual([{ field: 'delegation', code: 'TOO_MANY' }]);
    expect(errorsOf(many.slice(1))).toEqual([]);
  });

  it('wants strictly ascending thresholds with only the last unbounded (OUT_OF_RANGE)', () => {
    expect(errorsOf([{ upTo: 500_000, signatory: 'A' }, { upTo: 400_000, signatory: 'B' }, { upTo: null, signatory: 'C' }])).toEqual([
      { field: 'delegation.1.upTo', code: 'OUT_OF_RANGE' },
    ]);
    expect(errorsOf([{ upTo: 500_000, signatory: 'A' }, { upTo: 500_000, signatory: 'B' }, { upTo: null, signatory: 'C' }])).toEqual([
      { field: 'delegation.1.upTo', code: 'OUT_OF_RANGE' },
    ]);
    expect(errorsOf([{ upTo: 500_000, signatory: 'A' }, { upTo: 500_001, signatory: 'B' }, { upTo: null, signatory: 'C' }])).toEqual([]);
    expect(errorsOf([{ upTo: 500_000, signatory: 'A' }, { upTo: 1_000_000, signatory: 'B' }])).toEqual([{ field: 'delegation.1.upTo', code: 'OUT_OF_RANGE' }]);
    expect(errorsOf([{ upTo: null, signatory: 'A' }, { upTo: null, signatory: 'B' }])).toEqual([{ field: 'delegation.0.upTo', code: 'OUT_OF_RANGE' }]);
  });

  it('wants thresholds in whole, positive kronor', () => {
    const withFirst = (upTo: unknown) => [{ upTo, signatory: 'A' }, { upTo: null, signatory: 'B' }];
    expect(errorsOf(withFirst(0))).toEqual([{ field: 'delegation.0.upTo', code: 'NOT_POSITIVE' }]);
    expect(errorsOf(withFirst(1))).toEqual([]);
    expect(errorsOf(withFirst(1000.5))).toEqual([{ field: 'delegation.0.upTo', code: 'NOT_WHOLE_KRONOR' }]);
    expect(errorsOf(withFirst(Number.MAX_SAFE_INTEGER + 1))).toEqual([{ field: 'delegation.0.upTo', code: 'NOT_SAFE_INTEGER' }]);
    expect(errorsOf(withFirst(undefined))).toEqual([{ field: 'delegation.0.upTo', code: 'REQUIRED' }]);
  });

  it('wants every level named once, labels up to 100 characters', () => {
    expect(errorsOf([{ upTo: 1, signatory: 'A' }, { upTo: null, signatory: 'A' }])).toEqual([{ field: 'delegation.1.signatory', code: 'DUPLICATE' }]);
    expect(errorsOf([{ upTo: null, signatory: '  ' }])).toEqual([{ field: 'delegation.0.signatory', code: 'REQUIRED' }]);
    expect(errorsOf([{ upTo: null, signatory: 'x'.repeat(65) }])).toEqual([{ field: 'delegation.0.signatory', code: 'TOO_LONG' }]);
    expect(errorsOf([{ upTo: null, signatory: 'A', label: 'x'.repeat(101) }])).toEqual([{ field: 'delegation.0.label', code: 'TOO_LONG' }]);
  });
});

describe('maySign', () => {
  const granted = (grantedAmount: number, requestedAmount = grantedAmount): DecisionToSign => ({ outcome: 'GRANTED', grantedAmount, requestedAmount });

  it('lets the digitalisation manager grant up to 500 000 kr and no more', () => {
    expect(maySign(manager, DEFAULT_DELEGATION, granted(500_000))).toEqual({ ok: true });
    expect(maySign(manager, DEFAULT_DELEGATION, granted(500_001))).toEqual({ ok: false, reason: 'DELEGATION_REQUIRED', required: 'MUNICIPAL_DIRECTOR' });
    expect(maySign(director, DEFAULT_DELEGATION, granted(500_001))).toEqual({ ok: true });
    expect(maySign(director, DEFAULT_DELEGATION, granted(1))).toEqual({ ok: true });
  });

  it('takes the granted amount for a grant, the requested amount for every other outcome', () => {
    expect(maySign(manager, DEFAULT_DELEGATION, granted(400_000, 900_000))).toEqual({ ok: true });
    expect(delegationAmount({ outcome: 'GRANTED', requestedAmount: 900_000 })).toBe(900_000);
    for (const outcome of ['REJECTED', 'DEFERRED', 'RETURNED'] as const) {
      expect(maySign(manager, DEFAULT_DELEGATION, { outcome, requestedAmount: 900_000, grantedAmount: 100 })).toEqual({
        ok: false,
        reason: 'DELEGATION_REQUIRED',
        required: 'MUNICIPAL_DIRECTOR',
      });
      expect(maySign(manager, DEFAULT_DELEGATION, { outcome, requestedAmount: 500_000 })).toEqual({ ok: true });
    }
  });

  it('refuses someone without a level of these rules, naming the level needed', () => {
    expect(maySign(nobody, DEFAULT_DELEGATION, granted(10))).toEqual({ ok: false, reason: 'DELEGATION_REQUIRED', required: 'DIGITALISATION_MANAGER' });
    expect(maySign({ delegations: ['MANAGER'] }, DEFAULT_DELEGATION, granted(10))).toEqual({ ok: false, reason: 'DELEGATION_REQUIRED', required: 'DIGITALISATION_MANAGER' });
  });

  it('uses the highest level the person holds', () => {
    expect(maySign({ delegations: ['UNIT_HEAD', 'DIRECTOR', 'UNKNOWN'] }, THREE, granted(5_000_000))).toEqual({ ok: true });
    expect(maySign({ delegations: ['UNIT_HEAD'] }, THREE, granted(100_001))).toEqual({ ok: false, reason: 'DELEGATION_REQUIRED', required: 'MANAGER' });
    expect(signingLimit({ delegations: ['UNIT_HEAD', 'MANAGER'] }, THREE)).toBe(1_000_000);
    expect(signingLimit(director, DEFAULT_DELEGATION)).toBeNull();
    expect(signingLimit(nobody, DEFAULT_DELEGATION)).toBe(0);
  });

  const decisionArb = fc
    .record({ outcome: fc.constantFrom(...DECISION_OUTCOMES), requestedAmount: fc.integer({ min: 1, max: 3_000_000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ outcome, requestedAmount, share }): DecisionToSign => ({ outcome, requestedAmount, grantedAmount: Math.max(1, Math.round(requestedAmount * share)) }));

  it('property: a higher level may sign everything a lower level may', () => {
    fc.assert(
      fc.property(decisionArb, fc.constantFrom(DEFAULT_DELEGATION, THREE), fc.nat(), fc.nat(), (decision, rules, i, j) => {
        const [lo, hi] = [i % rules.length, j % rules.length].sort((a, b) => a - b) as [number, number];
        const lower = { delegations: [rules[lo]!.signatory] };
        const higher = { delegations: [rules[hi]!.signatory] };
        if (maySign(lower, rules, decision).ok) expect(maySign(higher, rules, decision).ok).toBe(true);
      }),
    );
  });

  it('property: exactly the required level and those above it may sign', () => {
    fc.assert(
      fc.property(decisionArb, fc.constantFrom(DEFAULT_DELEGATION, THREE), (decision, rules) => {
        const required = delegationRank(rules, requiredSignatory(rules, delegationAmount(decision)));
        rules.forEach((r, k) => {
          const result = maySign({ delegations: [r.signatory] }, rules, decision);
          expect(result.ok).toBe(k >= required);
          if (!result.ok) expect(result.required).toBe(rules[required]!.signatory);
          const limit = signingLimit({ delegations: [r.signatory] }, rules);
          expect(result.ok).toBe(limit === null || delegationAmount(decision) <= limit);
        });
      }),
    );
  });
});
