/**
 * nyttokalkyl: costs and benefits per year, present values, NPV, benefit/cost ratio, payback.
 * Models: Inera's nyttokalkyl (categories, 3 % rate, hourly cost = monthly salary / 142 × 1.54),
 * E-kalkyl's confidence levels and the Green Book (NPV, BCR, optimism bias).
 *
 * Conventions: the base year is t = 0 and is not discounted; a flow in base year + t is discounted by
 * (1 + rate)^-t; the horizon covers t = 0 … horizonYears and flows outside it are ignored (and
 * reported); only monetised benefit lines enter the money figures; optimism bias raises every cost by
 * its share. Results keep full precision: round only when showing them.
 */

export type CostType = 'one-off' | 'running' | 'internal-time';
/** finansiell (budget-releasing), omfördelning (freed time), kvalitet, miljö */
export type BenefitCategory = 'financial' | 'redistribution' | 'quality' | 'environment';
/** E-kalkyl: green = direct kronor, yellow = time saving hard to take home, red = not valued in money or time */
export type Confidence = 'green' | 'yellow' | 'red';

export interface CostLine {
  type: CostType;
  year: number;
  /** whole kronor (internal time: hours × hourlyCost) */
  amount: number;
}

export interface BenefitLine {
  category: BenefitCategory;
  /** only monetised lines count in the money figures */
  monetised: boolean;
  confidence?: Confidence;
  year: number;
  amount: number;
}

export interface CalculationInput {
  baseYear: number;
  horizonYears: number;
  /** e.g. 0.03 */
  discountRate: number;
  /** share by which costs are raised, e.g. 0.2 */
  optimismBias?: number;
  costs: readonly CostLine[];
  benefits: readonly BenefitLine[];
}

export interface YearRow {
  year: number;
  t: number;
  costs: number;
  benefits: number;
  net: number;
  discountedNet: number;
  cumulativeNet: number;
  cumulativeDiscountedNet: number;
}

export type CalculationWarning = { code: 'OUTSIDE_HORIZON'; kind: 'cost' | 'benefit'; year: number; amount: number };

export interface CalculationResult {
  pvCosts: number;
  pvOneOffCosts: number;
  pvBenefits: number;
  /** present value of budget-releasing (financial) benefits */
  pvFinancialBenefits: number;
  /** present value of freed time (redistribution) */
  pvRedistributionBenefits: number;
  /** share of the benefits' PV that releases budget (financial / all), null without benefits */
  budgetReleasingShare: number | null;
  npv: number;
  /** PV(benefits) / PV(costs); null when there are no costs */
  benefitCostRatio: number | null;
  /** nettonuvärdeskvot NNK-i: NPV / PV of the one-off costs; null without one-off costs */
  npvPerKrona: number | null;
  /** first year the cumulative undiscounted net turns non-negative once a year has had a positive net; null if never */
  paybackYear: number | null;
  years: YearRow[];
  warnings: CalculationWarning[];
}

/** (1 + rate)^-t */
export function discountFactor(rate: number, t: number): number {
  return (1 + rate) ** -t;
}

/** nusummefaktor: Σ_{t=1..years} (1 + rate)^-t */
export function annuityFactor(rate: number, years: number): number {
  let sum = 0;
  for (let t = 1; t <= years; t++) sum += discountFactor(rate, t);
  return sum;
}

export interface HourlyCostOptions {
  /** working hours per month, default 142 (Inera) */
  hoursPerMonth?: number;
  /** staff overhead (personalomkostnader), default 0.54 */
  overhead?: number;
}

/** monthly salary / hours per month × (1 + overhead): 35 000 kr → 379.58 kr per hour */
export function hourlyCost(monthlySalary: number, options: HourlyCostOptions = {}): number {
  const hours = options.hoursPerMonth ?? 142;
  const overhead = options.overhead ?? 0.54;
  return (monthlySalary / hours) * (1 + overhead);
}

export function calculateBenefits(input: CalculationInput): CalculationResult {
  const { baseYear, horizonYears, discountRate } = input;
  const bias = 1 + (input.optimismBias ?? 0);
  const warnings: CalculationWarning[] = [];
  const inHorizon = (year: number) => year - baseYear >= 0 && year - baseYear <= horizonYears;

  const costsByYear = new Map<number, number>();
  const benefitsByYear = new Map<number, number>();
  let pvOneOffCosts = 0;
  let pvFinancialBenefits = 0;
  let pvRedistributionBenefits = 0;

  for (const c of input.costs) {
    if (!inHorizon(c.year)) {
      warnings.push({ code: 'OUTSIDE_HORIZON', kind: 'cost', year: c.year, amount: c.amount });
      continue;
    }
    const amount = c.amount * bias;
    costsByYear.set(c.year, (costsByYear.get(c.year) ?? 0) + amount);
    if (c.type === 'one-off') pvOneOffCosts += amount * discountFactor(discountRate, c.year - baseYear);
  }
  for (const b of input.benefits) {
    if (!inHorizon(b.year)) {
      warnings.push({ code: 'OUTSIDE_HORIZON', kind: 'benefit', year: b.year, amount: b.amount });
      continue;
    }
    if (!b.monetised) continue;
    benefitsByYear.set(b.year, (benefitsByYear.get(b.year) ?? 0) + b.amount);
    const pv = b.amount * discountFactor(discountRate, b.year - baseYear);
    if (b.category === 'financial') pvFinancialBenefits += pv;
    if (b.category === 'redistribution') pvRedistributionBenefits += pv;
  }

  const years: YearRow[] = [];
  let pvCosts = 0;
  let pvBenefits = 0;
  let cumulativeNet = 0;
  let cumulativeDiscountedNet = 0;
  let paybackYear: number | null = null;
  let seenPositive = false;
  for (let t = 0; t <= horizonYears; t++) {
    const year = baseYear + t;
    const costs = costsByYear.get(year) ?? 0;
    const benefits = benefitsByYear.get(year) ?? 0;
    const df = discountFactor(discountRate, t);
    const net = benefits - costs;
    pvCosts += costs * df;
    pvBenefits += benefits * df;
    cumulativeNet += net;
    cumulativeDiscountedNet += net * df;
    if (net > 0) seenPositive = true;
    if (paybackYear === null && seenPositive && cumulativeNet >= 0) paybackYear = year;
    years.push({ year, t, costs, benefits, net, discountedNet: net * df, cumulativeNet, cumulativeDiscountedNet });
  }
  const npv = pvBenefits - pvCosts;
  return {
    pvCosts,
    pvOneOffCosts,
    pvBenefits,
    pvFinancialBenefits,
    pvRedistributionBenefits,
    budgetReleasingShare: pvBenefits > 0 ? pvFinancialBenefits / pvBenefits : null,
    npv,
    benefitCostRatio: pvCosts > 0 ? pvBenefits / pvCosts : null,
    npvPerKrona: pvOneOffCosts > 0 ? npv / pvOneOffCosts : null,
    paybackYear,
    years,
    warnings,
  };
}

export interface SensitivityCase {
  /** share added to every benefit, e.g. -0.3 */
  benefits: number;
  /** share added to every cost, e.g. 0.3 */
  costs: number;
  /** the discount rate of this case; default the input's */
  discountRate?: number;
}

export interface SensitivityCases {
  low: SensitivityCase;
  expected: SensitivityCase;
  high: SensitivityCase;
}

/**
 * Default cases: low = benefits −30 %, costs +30 % at the Green Book's 3.5 %; expected = the input;
 * high = benefits +0 %, costs +0 % (estimates are taken as the optimistic bound) at the input's rate.
 */
export const DEFAULT_SENSITIVITY: SensitivityCases = {
  low: { benefits: -0.3, costs: 0.3, discountRate: 0.035 },
  expected: { benefits: 0, costs: 0 },
  high: { benefits: 0, costs: 0 },
};

/** The calculation under the low, expected and high cases, side by side. */
export function sensitivity(input: CalculationInput, cases: SensitivityCases = DEFAULT_SENSITIVITY): Record<keyof SensitivityCases, CalculationResult> {
  const run = (c: SensitivityCase) =>
    calculateBenefits({
      ...input,
      discountRate: c.discountRate ?? input.discountRate,
      costs: input.costs.map((l) => ({ ...l, amount: l.amount * (1 + c.costs) })),
      benefits: input.benefits.map((l) => ({ ...l, amount: l.amount * (1 + c.benefits) })),
    });
  return { low: run(cases.low), expected: run(cases.expected), high: run(cases.high) };
}
