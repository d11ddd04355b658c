/** Internal helpers for the optimiser (not exported from the library). */

/** xs[k], throwing a RangeError instead of returning undefined (indices come from the compiled problem). */
export function at<T>(xs: readonly T[], k: number): T {
  const x = xs[k];
  if (x === undefined) throw new RangeError(`index ${k} is outside 0 … ${xs.length - 1}`);
  return x;
}

/** Adds `x` to `xs[k]` (a running sum). */
export function addAt(xs: number[], k: number, x: number): void {
  xs[k] = (xs[k] ?? 0) + x;
}
