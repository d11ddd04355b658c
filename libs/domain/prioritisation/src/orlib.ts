/**
 * J. E. Beasley's OR-Library multidimensional knapsack files (`mknapcb1.txt` … `mknapcb9.txt`, Chu &
 * Beasley 1998) as portfolio problems for `optimisePortfolio`: a fund round with yearly budgets and
 * staff capacity is exactly this problem, so these public instances with known optima test the solver.
 *
 * The format (`file-format.txt`), whitespace-separated numbers, line breaks irrelevant:
 *
 *     K                                   number of instances
 *     then per instance:
 *       n m opt                           items, constraints, optimum (0 when unknown)
 *       p(1) … p(n)                       values
 *       r(1,1) … r(1,n) … r(m,n)          weights, constraint by constraint
 *       b(1) … b(m)                       capacities
 *
 * For `mknapcb1` (5 constraints × 100 items) the header value is the proven optimum; for the larger
 * files it is the best value known in 1998.
 */
import type { PortfolioProblem } from './optimise-model.js';

export interface OrLibInstance {
  /** Chu & Beasley's name: `${m}.${n}-${index within the file, two digits}`, e.g. "5.100-00" */
  name: string;
  /** 0-based position in the file */
  index: number;
  n: number;
  m: number;
  /** the header's value: the optimum or best known value; null when the header says 0 */
  bestKnown: number | null;
  /** items "1" … "n" with their values and one weight per constraint; constraints "constraint 1" … */
  problem: PortfolioProblem;
}

/** The text does not follow the format; `position` is the 0-based number of the offending token. */
export class OrLibFormatError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`OR-Library file, number ${position + 1}: ${message}`);
    this.name = 'OrLibFormatError';
  }
}

/**
 * Parses a whole mknapcb file into its instances. Throws an `OrLibFormatError` when a number is
 * missing, is not a non-negative number, or text follows the last instance.
 */
export function parseOrLibMknap(text: string): OrLibInstance[] {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  let position = 0;
  const next = (what: string, integer = false): number => {
    const token = tokens[position];
    if (token === undefined) throw new OrLibFormatError(`expected ${what}, found the end of the file`, position);
    const x = Number(token);
    if (!Number.isFinite(x) || x < 0 || (integer && !Number.isInteger(x))) throw new OrLibFormatError(`expected ${what}, found "${token}"`, position);
    position++;
    return x;
  };

  const count = next('the number of instances', true);
  const instances: OrLibInstance[] = [];
  for (let index = 0; index < count; index++) {
    const n = next('the number of items', true);
    const m = next('the number of constraints', true);
    const best = next('the optimal value');
    const values = Array.from({ length: n }, (_, j) => next(`value ${j + 1}`));
    const rows = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => next(`weight (${i + 1}, ${j + 1})`)));
    const capacities = Array.from({ length: m }, (_, i) => next(`capacity ${i + 1}`));
    instances.push({
      name: `${m}.${n}-${String(index).padStart(2, '0')}`,
      index,
      n,
      m,
      bestKnown: best === 0 ? null : best,
      problem: {
        items: values.map((value, j) => ({ id: String(j + 1), value, weights: rows.map((row) => row[j] ?? 0) })),
        capacities,
        constraintNames: capacities.map((_, i) => `constraint ${i + 1}`),
      },
    });
  }
  if (position < tokens.length) throw new OrLibFormatError(`expected the end of the file after ${count} instances, found "${tokens[position]}"`, position);
  return instances;
}
