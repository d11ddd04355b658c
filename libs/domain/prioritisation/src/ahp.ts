/**
 * Parvis jämförelse (AHP, Saaty): criterion weights derived from pairwise judgements "criterion i is
 * aᵢⱼ times as important as criterion j" on Saaty's 1–9 scale, in a reciprocal matrix (aⱼᵢ = 1/aᵢⱼ,
 * aᵢᵢ = 1).
 *
 * - weights: the principal (Perron) eigenvector of the matrix, normalised to sum 1, by power iteration
 *   (x ← A·x / Σ(A·x), from the uniform vector, until no component moves more than 1e-12);
 * - λmax = Σᵢ (A·w)ᵢ for the normalised w (at convergence A·w = λmax·w);
 * - consistency index CI = (λmax − n) / (n − 1), consistency ratio CR = CI / RI(n) with Saaty's random
 *   index RI; CR = 0 for n ≤ 2 (every 1×1 and 2×2 reciprocal matrix is consistent). Saaty's rule:
 *   CR ≤ 0.1 is acceptable, above it the judgements should be revisited (`consistent: false`).
 *
 * Reference: T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill 1980; "Decision making with the
 * analytic hierarchy process", Int. J. Services Sciences 1(1), 2008.
 */
import type { FieldError } from '@dp/domain/initiatives';

/**
 * Saaty's random consistency index RI for n = 1 … 15 (the mean CI of random reciprocal matrices on the
 * 1–9 scale), index 0 = n 1. The widely cited table (Saaty 1980, extended to 15).
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** Saaty's acceptable consistency ratio. */
export const AHP_CONSISTENCY_THRESHOLD = 0.1;

/** The values of Saaty's fundamental scale and their meaning, for the comparison form. */
export const SAATY_SCALE: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Lika viktiga' },
  { value: 2, label: 'Lika till måttligt viktigare' },
  { value: 3, label: 'Måttligt viktigare' },
  { value: 4, label: 'Måttligt till starkt viktigare' },
  { value: 5, label: 'Starkt viktigare' },
  { value: 6, label: 'Starkt till mycket starkt viktigare' },
  { value: 7, label: 'Mycket starkt viktigare' },
  { value: 8, label: 'Mycket starkt till extremt viktigare' },
  { value: 9, label: 'Extremt viktigare' },
];

export const AHP_LIMITS = { nMin: 1, nMax: 15, judgementMin: 1 / 9, judgementMax: 9 } as const;

export type PairwiseMatrix = readonly (readonly number[])[];

export interface AhpOptions {
  /** |aᵢⱼ·aⱼᵢ − 1| allowed for "reciprocal"; default 1e-3 (0.333 for 1/3 passes, 0.33 does not) */
  reciprocalTolerance?: number;
  /** |aᵢᵢ − 1| allowed; default 1e-9 */
  diagonalTolerance?: number;
  /** power iteration stops when no component moves more than this; default 1e-12 */
  convergenceTolerance?: number;
  /** default 10 000 (a positive matrix converges long before) */
  maxIterations?: number;
}

/**
 * Checks that the matrix is square (1–15 rows, each row as long as there are rows), every entry
 * positive and finite, the diagonal 1 and aⱼᵢ = 1/aᵢⱼ within the tolerance. Errors name the entry as
 * `matrix.i.j` (a row of the wrong length as `matrix.i`): TOO_FEW / TOO_MANY for sizes, NOT_POSITIVE
 * for a zero, negative or non-numeric entry, OUT_OF_RANGE for a diagonal ≠ 1 and for the lower entry
 * (i > j) of a non-reciprocal pair.
 */
export function validateAhpMatrix(matrix: unknown, options: AhpOptions = {}): { ok: true; value: number[][] } | { ok: false; errors: FieldError[] } {
  const recTol = options.reciprocalTolerance ?? 1e-3;
  const diagTol = options.diagonalTolerance ?? 1e-9;
  if (!Array.isArray(matrix)) return { ok: false, errors: [{ field: 'matrix', code: 'REQUIRED' }] };
  const n = matrix.length;
  if (n < AHP_LIMITS.nMin) return { ok: false, errors: [{ field: 'matrix', code: 'TOO_FEW' }] };
  if (n > AHP_LIMITS.nMax) return { ok: false, errors: [{ field: 'matrix', code: 'TOO_MANY' }] };
  const errors: FieldError[] = [];
  const rows: number[][] = [];
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) {
      errors.push({ field: `matrix.${i}`, code: 'REQUIRED' });
      return;
    }
    if (row.length !== n) {
      errors.push({ field: `matrix.${i}`, code: row.length < n ? 'TOO_FEW' : 'TOO_MANY' });
      return;
    }
    row.forEach((v: unknown, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) errors.push({ field: `matrix.${i}.${j}`, code: 'NOT_POSITIVE' });
    });
    rows.push(row as number[]);
  });
  if (errors.length) return { ok: false, errors };
  for (let i = 0; i < n; i++) {
    const ri = rows[i] ?? [];
    if (Math.abs((ri[i] ?? 0) - 1) > diagTol) errors.push({ field: `matrix.${i}.${i}`, code: 'OUT_OF_RANGE' });
    for (let j = 0; j < i; j++) {
      const aij = ri[j] ?? 0;
      const aji = rows[j]?.[i] ?? 0;
      if (Math.abs(aij * aji - 1) > recTol) errors.push({ field: `matrix.${i}.${j}`, code: 'OUT_OF_RANGE' });
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: rows.map((r) => [...r]) };
}

/** Thrown by `ahpWeights` for a matrix `validateAhpMatrix` refuses; `errors` are the same field errors. */
export class InvalidAhpMatrixError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`Invalid pairwise comparison matrix: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
    this.name = 'InvalidAhpMatrixError';
  }
}

export interface AhpResult {
  /** the priority vector, sums to 1, in the matrix's row order */
  weights: number[];
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
  /** CR ≤ 0.1; false = warn: the judgements contradict each other too much */
  consistent: boolean;
  /** power-iteration steps used */
  iterations: number;
  converged: boolean;
}

/**
 * Weights and consistency of a pairwise comparison matrix (see the top of this file). Throws an
 * `InvalidAhpMatrixError` for an invalid matrix: validate user input with `validateAhpMatrix` first.
 */
export function ahpWeights(matrix: PairwiseMatrix, options: AhpOptions = {}): AhpResult {
  const valid = validateAhpMatrix(matrix, options);
  if (!valid.ok) throw new InvalidAhpMatrixError(valid.errors);
  const a = valid.value;
  const n = a.length;
  const tol = options.convergenceTolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;

  const multiply = (x: readonly number[]) => a.map((row) => row.reduce((sum, v, j) => sum + v * (x[j] ?? 0), 0));
  let w = new Array<number>(n).fill(1 / n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const y = multiply(w);
    const sum = y.reduce((s, v) => s + v, 0);
    const next = y.map((v) => v / sum);
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs((next[i] ?? 0) - (w[i] ?? 0)));
    w = next;
    if (delta <= tol) {
      converged = true;
      break;
    }
  }
  const lambdaMax = multiply(w).reduce((s, v) => s + v, 0);
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = SAATY_RANDOM_INDEX[n - 1] ?? 0;
  const consistencyRatio = n <= 2 || ri === 0 ? 0 : consistencyIndex / ri;
  return { weights: w, lambdaMax, consistencyIndex, consistencyRatio, consistent: consistencyRatio <= AHP_CONSISTENCY_THRESHOLD, iterations, converged };
}

/** "a is `value` times as important as b" (value in 1/9 … 9; below 1 means b is the more important). */
export interface PairwiseJudgement {
  a: string;
  b: string;
  value: number;
}

export type PairwiseMatrixResult =
  | { ok: true; matrix: number[][] }
  | {
      ok: false;
      errors: FieldError[];
      /** pairs without a judgement (each pair once, in id order) */
      missing: [string, string][];
    };

/**
 * Builds the reciprocal matrix, rows and columns in the order of `ids`, from one judgement per pair of
 * distinct criteria (n(n−1)/2 in all, in either direction). Errors: `judgements.k.a` / `.b`
 * UNKNOWN_REFERENCE or OUT_OF_RANGE (a criterion compared with itself), `judgements.k` DUPLICATE (the
 * pair was already judged), `judgements.k.value` OUT_OF_RANGE (outside 1/9 … 9), and `judgements`
 * REQUIRED when pairs are missing (listed in `missing`); `ids` DUPLICATE for repeated ids.
 */
export function pairwiseMatrix(ids: readonly string[], judgements: readonly PairwiseJudgement[]): PairwiseMatrixResult {
  const errors: FieldError[] = [];
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) errors.push({ field: 'ids', code: 'DUPLICATE' });
    else index.set(id, i);
  });
  const n = ids.length;
  const m: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : NaN)));
  judgements.forEach((jd, k) => {
    const i = index.get(jd.a);
    const j = index.get(jd.b);
    if (i === undefined) errors.push({ field: `judgements.${k}.a`, code: 'UNKNOWN_REFERENCE' });
    if (j === undefined) errors.push({ field: `judgements.${k}.b`, code: 'UNKNOWN_REFERENCE' });
    if (i === undefined || j === undefined) return;
    if (i === j) {
      errors.push({ field: `judgements.${k}.b`, code: 'OUT_OF_RANGE' });
      return;
    }
    const row = m[i];
    const col = m[j];
    if (!row || !col) return;
    if (!Number.isNaN(row[j] ?? NaN)) {
      errors.push({ field: `judgements.${k}`, code: 'DUPLICATE' });
      return;
    }
    // a small tolerance so 1/9 computed either way passes
    if (!Number.isFinite(jd.value) || jd.value < AHP_LIMITS.judgementMin * (1 - 1e-9) || jd.value > AHP_LIMITS.judgementMax) {
      errors.push({ field: `judgements.${k}.value`, code: 'OUT_OF_RANGE' });
      return;
    }
    row[j] = jd.value;
    col[i] = 1 / jd.value;
  });
  const missing: [string, string][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (Number.isNaN(m[i]?.[j] ?? NaN)) missing.push([ids[i] ?? '', ids[j] ?? '']);
  if (missing.length) errors.push({ field: 'judgements', code: 'REQUIRED' });
  if (errors.length) return { ok: false, errors, missing };
  return { ok: true, matrix: m };
}

/**
 * Combines several reviewers' matrices of the same size into one by the element-wise geometric mean
 * (Aczél–Saaty aggregation of individual judgements, AIJ): the result is reciprocal again. Throws a
 * RangeError when the list is empty or the sizes differ.
 */
export function geometricMeanMatrix(matrices: readonly PairwiseMatrix[]): number[][] {
  const first = matrices[0];
  if (!first) throw new RangeError('geometricMeanMatrix: no matrices');
  const n = first.length;
  if (matrices.some((m) => m.length !== n || m.some((row) => row.length !== n))) throw new RangeError('geometricMeanMatrix: the matrices differ in size');
  const k = matrices.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      const logSum = matrices.reduce((s, m) => s + Math.log(m[i]?.[j] ?? 1), 0);
      return Math.exp(logSum / k);
    }),
  );
}
