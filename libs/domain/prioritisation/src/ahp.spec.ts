import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AHP_CONSISTENCY_THRESHOLD, InvalidAhpMatrixError, SAATY_RANDOM_INDEX, ahpWeights, geometricMeanMatrix, pairwiseMatrix, validateAhpMatrix } from './ahp.js';

const third = 1 / 3;

/**
 * A 3×3 reciprocal matrix with a₁₂ = a, a₁₃ = b, a₂₃ = c has, by hand (its characteristic polynomial is
 * (1 − λ)³ − 3(1 − λ) + t + 1/t with t = ∛(b / (a·c))), the principal eigenvalue λmax = 1 + t + 1/t,
 * and for n = 3 the principal eigenvector equals the normalised geometric means of the rows.
 */
function handComputed3x3(a: number, b: number, c: number) {
  const t = Math.cbrt(b / (a * c));
  const lambdaMax = 1 + t + 1 / t;
  const gm = [Math.cbrt(a * b), Math.cbrt(c / a), Math.cbrt(1 / (b * c))];
  const sum = gm.reduce((s, x) => s + x, 0);
  const ci = (lambdaMax - 3) / 2;
  return { weights: gm.map((x) => x / sum), lambdaMax, ci, cr: ci / 0.58 };
}

describe('ahpWeights – known examples', () => {
  it('the classic 3×3 (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1): weights 0.637, 0.258, 0.105; λmax 3.0385; CR 0.033', () => {
    // by hand: t = ∛(5/9) = 0.82207, λmax = 1 + 0.82207 + 1.21644 = 3.03851, CI = 0.019256, CR = 0.019256 / 0.58 = 0.0332;
    // geometric means ∛15 = 2.46621, 1, ∛(1/15) = 0.40548 → / 3.87169 = 0.63699, 0.25828, 0.10473
    const r = ahpWeights([
      [1, 3, 5],
      [third, 1, 3],
      [1 / 5, third, 1],
    ]);
    const hand = handComputed3x3(3, 5, 3);
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(hand.weights[i]!, 10));
    expect(r.weights[0]).toBeCloseTo(0.637, 3);
    expect(r.weights[1]).toBeCloseTo(0.2583, 4);
    expect(r.weights[2]).toBeCloseTo(0.1047, 4);
    expect(r.lambdaMax).toBeCloseTo(hand.lambdaMax, 10);
    expect(r.lambdaMax).toBeCloseTo(3.0385, 4);
    expect(r.consistencyIndex).toBeCloseTo(0.019256, 5);
    expect(r.consistencyRatio).toBeCloseTo(hand.cr, 10);
    expect(r.consistencyRatio).toBeCloseTo(0.0332, 4);
    expect(r.consistent).toBe(true);
    expect(r.converged).toBe(true);
  });

  it('the 4×4 criteria of Wikipedia\'s "AHP – leader example": 0.547, 0.127, 0.270, 0.056 with CR 0.044', () => {
    // Source: en.wikipedia.org/wiki/Analytic_hierarchy_process_–_leader_example (criteria Experience,
    // Education, Charisma, Age; published priorities .547, .127, .270, .056 and CR 4.4 %).
    const r = ahpWeights([
      [1, 4, 3, 7],
      [1 / 4, 1, third, 3],
      [third, 3, 1, 5],
      [1 / 7, third, 1 / 5, 1],
    ]);
    // the published figures are to three decimals (0.54757 is printed as .547): within 0.001
    [0.547, 0.127, 0.27, 0.056].forEach((published, i) => expect(Math.abs(r.weights[i]! - published)).toBeLessThan(0.001));
    [0.54757, 0.12656, 0.26995, 0.05593].forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 5));
    expect(r.consistencyRatio).toBeCloseTo(0.044, 3);
    expect(r.consistent).toBe(true);
    // independent check: A·w = λmax·w
    const a = [
      [1, 4, 3, 7],
      [1 / 4, 1, third, 3],
      [third, 3, 1, 5],
      [1 / 7, third, 1 / 5, 1],
    ];
    a.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * r.weights[j]!, 0)).toBeCloseTo(r.lambdaMax * r.weights[i]!, 10));
  });

  it('a perfectly consistent matrix (aᵢⱼ = wᵢ / wⱼ) gives back w with λmax = n and CR 0', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const r = ahpWeights(w.map((wi) => w.map((wj) => wi / wj)));
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 12));
    expect(r.lambdaMax).toBeCloseTo(4, 12);
    expect(r.consistencyIndex).toBeCloseTo(0, 12);
    expect(r.consistencyRatio).toBeCloseTo(0, 12);
    expect(r.consistent).toBe(true);
  });

  it('a circular judgement (A ≫ B ≫ C ≫ A, all 9) is far above 0.1 and warns', () => {
    // by hand: a = 9, c = 9, b = 1/9 → t = ∛(1/729) = 1/9, λmax = 1 + 1/9 + 9 = 10.111, CI = 3.5556, CR = 6.13;
    // the matrix is symmetric under rotating A → B → C, so the weights are equal
    const r = ahpWeights([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    expect(r.lambdaMax).toBeCloseTo(1 + 1 / 9 + 9, 9);
    expect(r.consistencyIndex).toBeCloseTo((10 + 1 / 9 - 3) / 2, 9);
    expect(r.consistencyRatio).toBeCloseTo(6.13, 2);
    expect(r.consistencyRatio).toBeGreaterThan(AHP_CONSISTENCY_THRESHOLD);
    expect(r.consistent).toBe(false);
    r.weights.forEach((x) => expect(x).toBeCloseTo(1 / 3, 9));
  });

  it('a mildly inconsistent 3×3 just above 0.1 warns as well', () => {
    // A is moderately more important than B (3), B than C (3), yet A only moderately more than C (3, where
    // consistency would say 9). By hand: a = b = c = 3, t = ∛(1/3) = 0.693361, 1/t = 1.442250,
    // λmax = 3.135611, CI = 0.067806, CR = 0.067806 / 0.58 = 0.1169
    const r = ahpWeights([
      [1, 3, 3],
      [third, 1, 3],
      [third, third, 1],
    ]);
    expect(r.consistencyRatio).toBeCloseTo(handComputed3x3(3, 3, 3).cr, 10);
    expect(r.consistencyRatio).toBeCloseTo(0.1169, 4);
    expect(r.consistent).toBe(false);
  });

  it('n = 1 and n = 2 are always consistent (CR 0)', () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], consistencyRatio: 0, consistencyIndex: 0, consistent: true });
    const two = ahpWeights([
      [1, 3],
      [third, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.weights[1]).toBeCloseTo(0.25, 12);
    expect(two.lambdaMax).toBeCloseTo(2, 12);
    expect(two.consistencyRatio).toBe(0);
  });

  it("uses Saaty's random index for n = 1 … 15", () => {
    expect(SAATY_RANDOM_INDEX).toHaveLength(15);
    expect(SAATY_RANDOM_INDEX.slice(0, 10)).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    // a 15 × 15 consistent matrix is accepted; 16 is not
    const w = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(ahpWeights(w.map((a) => w.map((b) => a / b))).consistencyRatio).toBeCloseTo(0, 10);
  });
});

describe('validateAhpMatrix', () => {
  it('accepts a reciprocal matrix with 0.333 for 1/3 (within the tolerance)', () => {
    expect(validateAhpMatrix([
      [1, 3],
      [0.3333, 1],
    ]).ok).toBe(true);
  });

  it.each([
    ['not a list', 'x', [{ field: 'matrix', code: 'REQUIRED' }]],
    ['empty', [], [{ field: 'matrix', code: 'TOO_FEW' }]],
    ['16 rows', Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1)), [{ field: 'matrix', code: 'TOO_MANY' }]],
    ['a short row', [[1, 2], [0.5]], [{ field: 'matrix.1', code: 'TOO_FEW' }]],
    ['a long row', [[1, 2, 3], [0.5, 1]], [{ field: 'matrix.0', code: 'TOO_MANY' }]],
    ['zero and negative entries', [[1, 0], [-1, 1]], [{ field: 'matrix.0.1', code: 'NOT_POSITIVE' }, { field: 'matrix.1.0', code: 'NOT_POSITIVE' }]],
    ['a non-number', [[1, '2'], [0.5, 1]], [{ field: 'matrix.0.1', code: 'NOT_POSITIVE' }]],
    ['infinity', [[1, Infinity], [0, 1]], [{ field: 'matrix.0.1', code: 'NOT_POSITIVE' }, { field: 'matrix.1.0', code: 'NOT_POSITIVE' }]],
    ['a diagonal ≠ 1', [[2, 2], [0.5, 1]], [{ field: 'matrix.0.0', code: 'OUT_OF_RANGE' }]],
    ['not reciprocal', [[1, 3], [0.5, 1]], [{ field: 'matrix.1.0', code: 'OUT_OF_RANGE' }]],
    ['0.33 for 1/3 (outside the tolerance)', [[1, 3], [0.33, 1]], [{ field: 'matrix.1.0', code: 'OUT_OF_RANGE' }]],
  ])('refuses %s', (_, matrix, errors) => {
    const r = validateAhpMatrix(matrix);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(errors);
  });

  it('ahpWeights throws InvalidAhpMatrixError with the same errors', () => {
    const bad = [
      [1, 3],
      [0.5, 1],
    ];
    expect(() => ahpWeights(bad)).toThrow(InvalidAhpMatrixError);
    try {
      ahpWeights(bad);
    } catch (e) {
      expect((e as InvalidAhpMatrixError).errors).toEqual([{ field: 'matrix.1.0', code: 'OUT_OF_RANGE' }]);
    }
  });
});

describe('pairwiseMatrix', () => {
  const ids = ['quality', 'costs', 'risk'];

  it('builds the reciprocal matrix from one judgement per pair, in either direction', () => {
    const r = pairwiseMatrix(ids, [
      { a: 'quality', b: 'costs', value: 3 },
      { a: 'risk', b: 'quality', value: 1 / 5 },
      { a: 'costs', b: 'risk', value: 3 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.matrix).toEqual([
      [1, 3, 5],
      [third, 1, 3],
      [1 / 5, third, 1],
    ]);
    expect(ahpWeights(r.matrix).weights[0]).toBeCloseTo(0.637, 3);
  });

  it('lists the missing pairs and refuses duplicates, unknown ids, self-comparisons and values off the scale', () => {
    const r = pairwiseMatrix(ids, [
      { a: 'quality', b: 'costs', value: 3 },
      { a: 'costs', b: 'quality', value: 1 / 3 },
      { a: 'quality', b: 'nope', value: 2 },
      { a: 'risk', b: 'risk', value: 1 },
      { a: 'costs', b: 'risk', value: 10 },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'judgements.1', code: 'DUPLICATE' },
      { field: 'judgements.2.b', code: 'UNKNOWN_REFERENCE' },
      { field: 'judgements.3.b', code: 'OUT_OF_RANGE' },
      { field: 'judgements.4.value', code: 'OUT_OF_RANGE' },
      { field: 'judgements', code: 'REQUIRED' },
    ]);
    expect(r.missing).toEqual([
      ['quality', 'risk'],
      ['costs', 'risk'],
    ]);
  });

  it('accepts 1/9 and 9, the ends of the scale', () => {
    expect(pairwiseMatrix(['a', 'b'], [{ a: 'a', b: 'b', value: 1 / 9 }]).ok).toBe(true);
    expect(pairwiseMatrix(['a', 'b'], [{ a: 'a', b: 'b', value: 9 }]).ok).toBe(true);
  });
});

describe('geometricMeanMatrix', () => {
  it('combines reviewers element-wise by the geometric mean and stays reciprocal', () => {
    const m = geometricMeanMatrix([
      [
        [1, 2],
        [1 / 2, 1],
      ],
      [
        [1, 8],
        [1 / 8, 1],
      ],
    ]);
    expect(m[0]![1]).toBeCloseTo(4, 12);
    expect(m[1]![0]).toBeCloseTo(1 / 4, 12);
    expect(validateAhpMatrix(m).ok).toBe(true);
  });

  it('refuses no matrices or matrices of different sizes', () => {
    expect(() => geometricMeanMatrix([])).toThrow(RangeError);
    expect(() => geometricMeanMatrix([[[1]], [[1, 1], [1, 1]]])).toThrow(RangeError);
  });
});

describe('ahpWeights – properties', () => {
  const saaty = fc.constantFrom(1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  const reciprocal = fc.integer({ min: 1, max: 15 }).chain((n) =>
    fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
      const m = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
      let k = 0;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const v = upper[k++]!;
          m[i]![j] = v;
          m[j]![i] = 1 / v;
        }
      return m;
    }),
  );

  it('any reciprocal matrix on the 1–9 scale: positive weights summing to 1, λmax ≥ n, CR ≥ 0, A·w = λmax·w', () => {
    fc.assert(
      fc.property(reciprocal, (m) => {
        const r = ahpWeights(m);
        const n = m.length;
        expect(r.converged).toBe(true);
        expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        r.weights.forEach((w) => expect(w).toBeGreaterThan(0));
        expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        expect(r.consistencyRatio).toBeGreaterThanOrEqual(0);
        expect(r.consistent).toBe(r.consistencyRatio <= 0.1);
        m.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * r.weights[j]!, 0)).toBeCloseTo(r.lambdaMax * r.weights[i]!, 8));
      }),
    );
  });

  it('a consistent matrix built from any positive weights gives them back with CR 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 15 }), (raw) => {
        const sum = raw.reduce((s, x) => s + x, 0);
        const w = raw.map((x) => x / sum);
        const r = ahpWeights(w.map((a) => w.map((b) => a / b)));
        r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 9));
        expect(r.consistencyRatio).toBeLessThan(1e-9);
      }),
    );
  });
});
