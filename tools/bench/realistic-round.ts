/**
 * A realistic fund round (ansökningsomgång) for the optimisation benchmark, generated deterministically
 * from a seed: 150 initiatives over the five years 2027–2031 with Swedish municipal magnitudes.
 *
 * - Cost per initiative 100 000 – 3 000 000 kr (log-uniform, whole 10 000 kr), spread over 1–3 years
 *   from a start year 2027–2030: 60 % in the first year, the rest evenly over the following ones.
 * - Internal staff time: 20–80 % of the cost at 700 kr per hour, spread like the cost (whole 10 h).
 * - Value: net present value in kronor, cost × (benefit/cost ratio − 1) with the ratio log-normal
 *   around 1.4 (about one initiative in five has a negative NPV), whole 1 000 kr.
 * - 17 constraints: the total budget, the budget of each year, the staff hours of each year, and a cap
 *   per department (förvaltning) of 30 % of the total budget. The fund covers about 35 % of the yearly
 *   demand; staff about 40 % of the hours asked for.
 * - 8 requirements (an e-service needs a platform initiative of the same department that starts no
 *   later), 3 exclusion groups (alternative solutions to one need), 2 initiatives forced in (legal
 *   requirements, lagkrav) and 1 forced out.
 */
import type { PortfolioItem, PortfolioProblem, Requirement } from '@dp/domain/prioritisation';

export const YEARS = [2027, 2028, 2029, 2030, 2031] as const;
export const DEPARTMENTS = ['Stadsbyggnadsförvaltningen', 'Funktionsstödsförvaltningen', 'Grundskoleförvaltningen', 'Hälsa-, vård- och omsorgsförvaltningen', 'Miljöförvaltningen', 'Serviceförvaltningen'] as const;

/** mulberry32: a small, fast, seeded PRNG with 32-bit state; uniform in [0, 1) */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RealisticRound {
  problem: PortfolioProblem;
  /** department of each item, in item order */
  departments: string[];
  description: string;
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

export function realisticRound(seed = 2027, count = 150): RealisticRound {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(random() * xs.length)];
    if (x === undefined) throw new RangeError('pick from an empty list');
    return x;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

  interface Draft {
    id: string;
    department: number;
    start: number;
    cost: number[];
    hours: number[];
    value: number;
    forced?: 'in' | 'out';
    /** already in a requirement, exclusion group or forced */
    taken: boolean;
  }
  const drafts: Draft[] = [];
  for (let k = 0; k < count; k++) {
    const total = roundTo(Math.exp(between(Math.log(100_000), Math.log(3_000_000))), 10_000);
    const start = pick([0, 0, 0, 1, 1, 2, 3]);
    const years = Math.min(1 + Math.floor(random() * 3), YEARS.length - start);
    const share = YEARS.map((_, y) => (y < start || y >= start + years ? 0 : years === 1 ? 1 : y === start ? 0.6 : 0.4 / (years - 1)));
    const hoursTotal = (total * between(0.2, 0.8)) / 700;
    const ratio = Math.exp(Math.log(1.4) + 0.45 * normal());
    drafts.push({
      id: `INI-${YEARS[start] ?? ''}-${String(k + 1).padStart(3, '0')}`,
      department: Math.floor(random() * DEPARTMENTS.length),
      start,
      cost: share.map((s) => roundTo(total * s, 10_000)),
      hours: share.map((s) => roundTo(hoursTotal * s, 10)),
      value: roundTo(total * (ratio - 1), 1_000),
      taken: false,
    });
  }

  const requires: Requirement[] = [];
  while (requires.length < 8) {
    const a = pick(drafts);
    const platforms = drafts.filter((b) => b !== a && b.department === a.department && b.start <= a.start);
    if (a.taken || platforms.length === 0) continue;
    const b = pick(platforms);
    if (b.taken) continue;
    a.taken = b.taken = true;
    requires.push({ id: a.id, requiresId: b.id });
  }
  const untaken = (): Draft => {
    for (;;) {
      const d = pick(drafts);
      if (!d.taken) {
        d.taken = true;
        return d;
      }
    }
  };
  const excludes: string[][] = [];
  for (const size of [3, 2, 2]) {
    // alternative solutions to one department's need
    const alternatives = Array.from({ length: size }, untaken);
    const department = alternatives[0]?.department ?? 0;
    for (const d of alternatives) d.department = department;
    excludes.push(alternatives.map((d) => d.id));
  }
  untaken().forced = 'in';
  untaken().forced = 'in';
  untaken().forced = 'out';

  const sumOver = (f: (d: Draft) => number[]) => YEARS.map((_, y) => drafts.reduce((sum, d) => sum + (f(d)[y] ?? 0), 0));
  const yearlyBudget = sumOver((d) => d.cost).map((demand) => roundTo(demand * 0.35, 100_000));
  const totalBudget = roundTo(yearlyBudget.reduce((a, b) => a + b, 0) * 0.9, 100_000);
  const yearlyHours = sumOver((d) => d.hours).map((hours) => roundTo(hours * 0.4, 100));
  const departmentCap = roundTo(totalBudget * 0.3, 100_000);

  const items: PortfolioItem[] = drafts.map((d) => {
    const total = d.cost.reduce((a, b) => a + b, 0);
    return {
      id: d.id,
      value: d.value,
      weights: [total, ...d.cost, ...d.hours, ...DEPARTMENTS.map((_, k) => (k === d.department ? total : 0))],
      ...(d.forced ? { forced: d.forced } : {}),
    };
  });
  const problem: PortfolioProblem = {
    items,
    capacities: [totalBudget, ...yearlyBudget, ...yearlyHours, ...DEPARTMENTS.map(() => departmentCap)],
    constraintNames: ['Total budget', ...YEARS.map((y) => `Budget ${y}`), ...YEARS.map((y) => `Personaltimmar ${y}`), ...DEPARTMENTS.map((d) => `Tak ${d}`)],
    requires,
    excludes,
  };
  return {
    problem,
    departments: drafts.map((d) => DEPARTMENTS[d.department] ?? ''),
    description: `${count} initiatives, ${problem.capacities.length} constraints (total budget, 5 yearly budgets, 5 yearly staff-hour capacities, 6 department caps), ${requires.length} requirements, ${excludes.length} exclusion groups, 2 forced in, 1 forced out (seed ${seed})`,
  };
}
