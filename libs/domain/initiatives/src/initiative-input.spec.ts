import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  INITIATIVE_LIMITS,
  checkRequestedAmountWithinBudget,
  validateCreateInitiative,
  validateUpdateInitiative,
} from './initiative-input.js';

const valid = {
  title: 'E-tjänst för ansökan om bygglov',
  description: 'En digital ansökan som ersätter dagens pappersblankett.',
  departmentId: 'd1',
  fundRoundId: 'r1',
  goalAreaIds: ['g1', 'g2'],
  requestedAmount: 450_000,
};

describe('validateCreateInitiative', () => {
  it('accepts a complete application and trims text', () => {
    const r = validateCreateInitiative({ ...valid, title: `  ${valid.title}  ` });
    expect(r).toEqual({ ok: true, value: valid });
  });

  it('names each invalid field with a stable code', () => {
    const r = validateCreateInitiative({
      ...valid,
      title: ' ',
      description: 'x'.repeat(INITIATIVE_LIMITS.descriptionMax + 1),
      goalAreaIds: [],
      requestedAmount: 12.5,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'title', code: 'REQUIRED' },
      { field: 'description', code: 'TOO_LONG' },
      { field: 'goalAreaIds', code: 'TOO_FEW' },
      { field: 'requestedAmount', code: 'NOT_WHOLE_KRONOR' },
    ]);
  });

  it('refuses short titles, duplicates, zero and missing fields', () => {
    const r = validateCreateInitiative({ ...valid, title: 'ab', goalAreaIds: ['g1', 'g1'], requestedAmount: 0, fundRoundId: undefined });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'title', code: 'TOO_SHORT' },
      { field: 'fundRoundId', code: 'REQUIRED' },
      { field: 'goalAreaIds', code: 'DUPLICATE' },
      { field: 'requestedAmount', code: 'NOT_POSITIVE' },
    ]);
  });

  it('refuses amounts outside the safe integer range', () => {
    const r = validateCreateInitiative({ ...valid, requestedAmount: 2 ** 60 });
    expect(r.ok).toBe(false);
  });

  it('accepts every title within the limits (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: INITIATIVE_LIMITS.titleMin, maxLength: INITIATIVE_LIMITS.titleMax }).filter((s) => s.trim() === s && s.length >= INITIATIVE_LIMITS.titleMin),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (t, amount) => {
          expect(validateCreateInitiative({ ...valid, title: t, requestedAmount: amount }).ok).toBe(true);
        },
      ),
    );
  });
});

describe('validateUpdateInitiative', () => {
  it('treats missing and null fields as unchanged', () => {
    expect(validateUpdateInitiative({ title: 'Ny titel', description: null })).toEqual({ ok: true, value: { title: 'Ny titel' } });
  });

  it('applies the create rules to given fields', () => {
    const r = validateUpdateInitiative({ requestedAmount: -5 });
    expect(r).toEqual({ ok: false, errors: [{ field: 'requestedAmount', code: 'NOT_POSITIVE' }] });
  });
});

describe('checkRequestedAmountWithinBudget', () => {
  it('flags amounts over the round budget only', () => {
    expect(checkRequestedAmountWithinBudget(12_000_001, 12_000_000)).toEqual([{ field: 'requestedAmount', code: 'EXCEEDS_ROUND_BUDGET' }]);
    expect(checkRequestedAmountWithinBudget(12_000_000, 12_000_000)).toEqual([]);
  });
});
