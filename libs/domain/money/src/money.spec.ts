import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatMoney, isMoney, parseMoney, parseMoneyInput, sumMoney, MAX_MONEY } from './money.js';

describe('money', () => {
  it('formats whole kronor the Swedish way', () => {
    expect(formatMoney(1234567)).toBe('1\u00a0234\u00a0567\u00a0kr');
    expect(formatMoney(12_000_000)).toBe('12\u00a0000\u00a0000\u00a0kr');
    expect(formatMoney(0)).toBe('0\u00a0kr');
  });

  it('formats in English with commas', () => {
    expect(formatMoney(1234567, 'en')).toBe('1,234,567\u00a0kr');
  });

  it('rounds only at display time', () => {
    expect(formatMoney(999.6)).toBe('1\u00a0000\u00a0kr');
  });

  it('accepts safe integers and refuses fractions and unsafe values', () => {
    expect(parseMoney(500000)).toEqual({ ok: true, value: 500000 });
    expect(parseMoney('500000')).toEqual({ ok: true, value: 500000 });
    expect(parseMoney(1.5)).toEqual({ ok: false, reason: 'NOT_WHOLE_KRONOR' });
    expect(parseMoney(MAX_MONEY + 2)).toEqual({ ok: false, reason: 'NOT_SAFE_INTEGER' });
    expect(parseMoney('abc')).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseMoney(Number.NaN)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseMoney(null)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(isMoney(3)).toBe(true);
    expect(isMoney(3.2)).toBe(false);
  });

  it('reads amounts as Swedish users type them', () => {
    expect(parseMoneyInput('1 234 567')).toEqual({ ok: true, value: 1234567 });
    expect(parseMoneyInput('1\u00a0234\u00a0567 kr')).toEqual({ ok: true, value: 1234567 });
    expect(parseMoneyInput('250000,00')).toEqual({ ok: true, value: 250000 });
    expect(parseMoneyInput('250000,50')).toEqual({ ok: false, reason: 'NOT_WHOLE_KRONOR' });
    expect(parseMoneyInput('')).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
  });

  it('round-trips every safe non-negative amount through format and input parsing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY }), (n) => {
        expect(parseMoneyInput(formatMoney(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('sums and refuses to overflow', () => {
    expect(sumMoney([1, 2, 3])).toBe(6);
    expect(() => sumMoney([MAX_MONEY, 1])).toThrow(RangeError);
  });
});
