/**
 * The stored nyttokalkyl of an initiative: named cost and benefit lines with an amount per year (a grid
 * of years × lines), the explanations the portfolio office asks for, and per benefit the benefit
 * realisation plan (DIGG's nyttorealiseringsplan). The fund round supplies the parameters: base year,
 * horizon, discount rate, optimism bias and the hourly-cost defaults.
 *
 * The same functions run in the browser (live figures while typing) and in the API (stored figures,
 * validation, the "prepared" precondition), so both always agree.
 */
import { z } from 'zod';
import { toIndexedFieldErrors, type FieldError, type ValidationCode } from '@dp/domain/initiatives';
import { calculateBenefits, hourlyCost, sensitivity, type BenefitCategory, type CalculationInput, type CalculationResult, type Confidence, type CostType } from './benefits.js';

/**
 * The sheet names its kinds as the API does (upper case); `toCalculationInput` maps them to the
 * calculation's own names.
 */
export const SHEET_COST_TYPES = ['ONE_OFF', 'RUNNING', 'INTERNAL_TIME'] as const;
export type SheetCostType = (typeof SHEET_COST_TYPES)[number];
export const SHEET_BENEFIT_CATEGORIES = ['FINANCIAL', 'REDISTRIBUTION', 'QUALITY', 'ENVIRONMENT'] as const;
export type SheetBenefitCategory = (typeof SHEET_BENEFIT_CATEGORIES)[number];
export const SHEET_CONFIDENCES = ['GREEN', 'YELLOW', 'RED'] as const;
export type SheetConfidence = (typeof SHEET_CONFIDENCES)[number];

const COST_TYPE: Record<SheetCostType, CostType> = { ONE_OFF: 'one-off', RUNNING: 'running', INTERNAL_TIME: 'internal-time' };
const CATEGORY: Record<SheetBenefitCategory, BenefitCategory> = {
  FINANCIAL: 'financial',
  REDISTRIBUTION: 'redistribution',
  QUALITY: 'quality',
  ENVIRONMENT: 'environment',
};
const CONFIDENCE: Record<SheetConfidence, Confidence> = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' };

/** KRONOR: the amounts are whole kronor; HOURS: the amounts are hours, valued at the line's hourly cost. */
export type AmountUnit = 'KRONOR' | 'HOURS';

export interface YearAmount {
  year: number;
  /** kronor or hours, by the line's unit */
  amount: number;
}

interface SheetLineBase {
  /** stable id of the line (kept between versions, so differences and follow-up can refer to it) */
  id: string;
  label: string;
  explanation?: string | null;
  unit: AmountUnit;
  /** for HOURS lines: the monthly salary the hourly cost is derived from; the round's default if empty */
  monthlySalary?: number | null;
  amounts: YearAmount[];
}

export interface CostSheetLine extends SheetLineBase {
  type: SheetCostType;
}

/** nyttorealiseringsplan for one benefit */
export interface RealisationPlan {
  /** nyttoägare: who answers for the benefit being realised */
  owner?: string | null;
  /** indikator: what is measured */
  indicator?: string | null;
  /** mätmetod */
  method?: string | null;
  /** unit of the indicator, e.g. "dagar" or "%" */
  unit?: string | null;
  baselineValue?: number | null;
  /** YYYY-MM-DD */
  baselineDate?: string | null;
  targetValue?: number | null;
  /** YYYY-MM-DD */
  targetDate?: string | null;
  /** uppföljningstillfällen, YYYY-MM-DD */
  followUpDates?: string[];
}

export interface BenefitSheetLine extends SheetLineBase {
  category: SheetBenefitCategory;
  monetised: boolean;
  confidence?: SheetConfidence | null;
  plan?: RealisationPlan | null;
}

export interface CalculationSheet {
  costs: CostSheetLine[];
  benefits: BenefitSheetLine[];
}

/** Set per fund round by the portfolio office. */
export interface CalculationParameters {
  /** t = 0, the round's year */
  baseYear: number;
  horizonYears: number;
  discountRate: number;
  optimismBias: number;
  hoursPerMonth: number;
  overhead: number;
  /** used for HOURS lines without their own monthly salary */
  defaultMonthlySalary: number;
}

export const DEFAULT_PARAMETERS: Omit<CalculationParameters, 'baseYear'> = {
  horizonYears: 5,
  discountRate: 0.03,
  optimismBias: 0,
  hoursPerMonth: 142,
  overhead: 0.54,
  defaultMonthlySalary: 35_000,
};

export const SHEET_LIMITS = {
  linesMax: 50,
  labelMax: 200,
  explanationMax: 2000,
  amountMax: 1e11,
  horizonMin: 1,
  horizonMax: 30,
  rateMax: 0.2,
  followUpDatesMax: 20,
} as const;


/** The hourly cost a HOURS line is valued at. */
export function lineHourlyCost(line: Pick<SheetLineBase, 'monthlySalary'>, params: CalculationParameters): number {
  return hourlyCost(line.monthlySalary ?? params.defaultMonthlySalary, { hoursPerMonth: params.hoursPerMonth, overhead: params.overhead });
}

/** The line's amount of one year in kronor (hours × hourly cost for HOURS lines). */
export function amountInKronor(line: SheetLineBase, amount: number, params: CalculationParameters): number {
  return line.unit === 'HOURS' ? amount * lineHourlyCost(line, params) : amount;
}

/** The flows of a sheet, as `calculateBenefits` takes them. */
export function toCalculationInput(sheet: CalculationSheet, params: CalculationParameters): CalculationInput {
  return {
    baseYear: params.baseYear,
    horizonYears: params.horizonYears,
    discountRate: params.discountRate,
    optimismBias: params.optimismBias,
    costs: sheet.costs.flatMap((line) => line.amounts.map((a) => ({ type: COST_TYPE[line.type], year: a.year, amount: amountInKronor(line, a.amount, params) }))),
    benefits: sheet.benefits.flatMap((line) =>
      line.amounts.map((a) => ({
        category: CATEGORY[line.category],
        monetised: line.monetised,
        confidence: line.confidence ? CONFIDENCE[line.confidence] : undefined,
        year: a.year,
        amount: amountInKronor(line, a.amount, params),
      })),
    ),
  };
}

export function calculateSheet(sheet: CalculationSheet, params: CalculationParameters): CalculationResult {
  return calculateBenefits(toCalculationInput(sheet, params));
}

export function sheetSensitivity(sheet: CalculationSheet, params: CalculationParameters) {
  return sensitivity(toCalculationInput(sheet, params));
}

/** The years of the horizon, base year first. */
export function horizonYears(params: Pick<CalculationParameters, 'baseYear' | 'horizonYears'>): number[] {
  return Array.from({ length: params.horizonYears + 1 }, (_, t) => params.baseYear + t);
}

/** The headline figures that are stored with a calculation and shown in lists. */
export interface BenefitFigures {
  pvCosts: number;
  pvBenefits: number;
  pvFinancialBenefits: number;
  pvRedistributionBenefits: number;
  npv: number;
  benefitCostRatio: number | null;
  npvPerKrona: number | null;
  paybackYear: number | null;
  budgetReleasingShare: number | null;
}

export function figuresOf(result: CalculationResult): BenefitFigures {
  const { pvCosts, pvBenefits, pvFinancialBenefits, pvRedistributionBenefits, npv, benefitCostRatio, npvPerKrona, paybackYear, budgetReleasingShare } = result;
  return { pvCosts, pvBenefits, pvFinancialBenefits, pvRedistributionBenefits, npv, benefitCostRatio, npvPerKrona, paybackYear, budgetReleasingShare };
}

// ---------------------------------------------------------------------------------------------------
// Validation (the API refuses what fails here; the editor shows the same codes next to the cells)

const code = (c: ValidationCode) => ({ error: c });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, code('INVALID_DATE'))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), code('INVALID_DATE'));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, code('TOO_LONG'))
    .nullish()
    .transform((s) => (s ? s : null));

function lineBase(params: CalculationParameters) {
  const first = params.baseYear;
  const last = params.baseYear + params.horizonYears;
  return {
    id: z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(64, code('TOO_LONG')),
    label: z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(SHEET_LIMITS.labelMax, code('TOO_LONG')),
    explanation: optionalText(SHEET_LIMITS.explanationMax),
    unit: z.enum(['KRONOR', 'HOURS'], code('REQUIRED')),
    monthlySalary: z.number().int(code('NOT_WHOLE_KRONOR')).min(1, code('NOT_POSITIVE')).max(10_000_000, code('OUT_OF_RANGE')).nullish().transform((v) => v ?? null),
    amounts: z
      .array(
        z.object({
          year: z.number(code('REQUIRED')).int(code('OUT_OF_RANGE')).min(first, code('OUTSIDE_HORIZON')).max(last, code('OUTSIDE_HORIZON')),
          amount: z.number(code('REQUIRED')).min(0, code('NEGATIVE')).max(SHEET_LIMITS.amountMax, code('OUT_OF_RANGE')),
        }),
      )
      .refine((as) => new Set(as.map((a) => a.year)).size === as.length, code('DUPLICATE')),
  };
}

const wholeKronorForKronorLines = (line: { unit: AmountUnit; amounts: YearAmount[] }, ctx: z.RefinementCtx) => {
  if (line.unit !== 'KRONOR') return;
  line.amounts.forEach((a, i) => {
    if (!Number.isInteger(a.amount)) ctx.addIssue({ code: 'custom', message: 'NOT_WHOLE_KRONOR', path: ['amounts', i, 'amount'] });
  });
};

const planSchema = z
  .object({
    owner: optionalText(200),
    indicator: optionalText(500),
    method: optionalText(2000),
    unit: optionalText(50),
    baselineValue: z.number().finite(code('OUT_OF_RANGE')).nullish().transform((v) => v ?? null),
    baselineDate: isoDate.nullish().transform((v) => v ?? null),
    targetValue: z.number().finite(code('OUT_OF_RANGE')).nullish().transform((v) => v ?? null),
    targetDate: isoDate.nullish().transform((v) => v ?? null),
    followUpDates: z
      .array(isoDate)
      .max(SHEET_LIMITS.followUpDatesMax, code('TOO_MANY'))
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((p, ctx) => {
    if (p.baselineDate && p.targetDate && p.targetDate < p.baselineDate) ctx.addIssue({ code: 'custom', message: 'END_BEFORE_START', path: ['targetDate'] });
  });

export function sheetSchema(params: CalculationParameters) {
  const base = lineBase(params);
  return z
    .object({
      costs: z
        .array(z.object({ ...base, type: z.enum(SHEET_COST_TYPES, code('REQUIRED')) }).superRefine(wholeKronorForKronorLines))
        .max(SHEET_LIMITS.linesMax, code('TOO_MANY')),
      benefits: z
        .array(
          z
            .object({
              ...base,
              category: z.enum(SHEET_BENEFIT_CATEGORIES, code('REQUIRED')),
              monetised: z.boolean(code('REQUIRED')),
              confidence: z.enum(SHEET_CONFIDENCES).nullish().transform((v) => v ?? null),
              plan: planSchema.nullish().transform((v) => v ?? null),
            })
            .superRefine(wholeKronorForKronorLines),
        )
        .max(SHEET_LIMITS.linesMax, code('TOO_MANY')),
    })
    .superRefine((s, ctx) => {
      const ids = new Set<string>();
      for (const [kind, lines] of [['costs', s.costs], ['benefits', s.benefits]] as const) {
        lines.forEach((l, i) => {
          if (ids.has(l.id)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [kind, i, 'id'] });
          ids.add(l.id);
        });
      }
    });
}


export type SheetValidation = { ok: true; value: CalculationSheet } | { ok: false; errors: FieldError[] };

/**
 * Validates a sheet against the round's parameters. Errors carry the full path with indexes, e.g.
 * `benefits.2.amounts.0.amount`, so the editor can mark the cell.
 */
export function validateSheet(input: unknown, params: CalculationParameters): SheetValidation {
  const r = sheetSchema(params).safeParse(input);
  return r.success ? { ok: true, value: r.data as CalculationSheet } : { ok: false, errors: toIndexedFieldErrors(r.error) };
}

// ---------------------------------------------------------------------------------------------------
// Benefit realisation plan

export const PLAN_REQUIRED_FIELDS = ['owner', 'indicator', 'method', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'followUpDates'] as const;
export type PlanField = (typeof PLAN_REQUIRED_FIELDS)[number];

/** What is missing from one benefit's realisation plan (empty when it is complete). */
export function missingPlanFields(plan: RealisationPlan | null | undefined): PlanField[] {
  const p = plan ?? {};
  return PLAN_REQUIRED_FIELDS.filter((f) => {
    const v = p[f];
    if (f === 'followUpDates') return !Array.isArray(v) || v.length === 0;
    if (typeof v === 'string') return v.trim().length === 0;
    return v === null || v === undefined;
  });
}

/**
 * The realisation plan is complete when the calculation names at least one benefit and every benefit
 * has an owner, an indicator, a method, a baseline and a target (value and date) and follow-up dates.
 * Returns the gaps as `benefits.<index>.plan.<field>` (or `benefits` when there is no benefit at all).
 */
export function realisationPlanGaps(sheet: CalculationSheet | null | undefined): string[] {
  if (!sheet || sheet.benefits.length === 0) return ['benefits'];
  return sheet.benefits.flatMap((b, i) => missingPlanFields(b.plan).map((f) => `benefits.${i}.plan.${f}`));
}

// ---------------------------------------------------------------------------------------------------
// Differences between the applicant's calculation and the portfolio office's reviewed one

export type LineChange = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface LineDifference {
  kind: 'cost' | 'benefit';
  id: string;
  label: string;
  change: LineChange;
  /** what changed on a CHANGED line: e.g. `label`, `type`, `category`, `monetised`, `confidence`, `unit`, `monthlySalary`, `explanation`, `plan`, `amount:2028` */
  fields: string[];
  /** total over the horizon in kronor, before and after (null for the side that does not have the line) */
  totalBefore: number | null;
  totalAfter: number | null;
}

export interface FigureDifference {
  figure: keyof BenefitFigures;
  before: number | null;
  after: number | null;
  /** after − before, null when either is null */
  delta: number | null;
}

export interface CalculationDifference {
  lines: LineDifference[];
  figures: FigureDifference[];
}

function lineTotal(line: SheetLineBase, params: CalculationParameters): number {
  return line.amounts.reduce((sum, a) => sum + amountInKronor(line, a.amount, params), 0);
}

function sameNullable(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

function changedFields(a: CostSheetLine | BenefitSheetLine, b: CostSheetLine | BenefitSheetLine): string[] {
  const fields: string[] = [];
  const keys = ['label', 'type', 'category', 'monetised', 'confidence', 'unit', 'monthlySalary'] as const;
  for (const k of keys) {
    if (!sameNullable((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k])) fields.push(k);
  }
  if (!sameNullable(a.explanation, b.explanation)) fields.push('explanation');
  // a plan whose fields are all empty is no plan
  const planOf = (l: CostSheetLine | BenefitSheetLine) => {
    if (!('plan' in l) || !l.plan) return null;
    const plan = l.plan;
    const values = [...PLAN_REQUIRED_FIELDS.map((f) => plan[f] ?? null), plan.unit ?? null].map((v) =>
      v === '' || (Array.isArray(v) && v.length === 0) ? null : v,
    );
    return values.every((v) => v === null) ? null : JSON.stringify(values);
  };
  if (planOf(a) !== planOf(b)) fields.push('plan');
  const byYear = (l: SheetLineBase) => new Map(l.amounts.filter((x) => x.amount !== 0).map((x) => [x.year, x.amount]));
  const ya = byYear(a);
  const yb = byYear(b);
  const years = [...new Set([...ya.keys(), ...yb.keys()])].sort((x, y) => x - y);
  for (const y of years) if ((ya.get(y) ?? 0) !== (yb.get(y) ?? 0)) fields.push(`amount:${y}`);
  return fields;
}

/**
 * What the reviewed calculation changed relative to the applicant's: lines added, removed or changed
 * (matched by line id), and every headline figure before and after.
 */
export function compareSheets(before: CalculationSheet, after: CalculationSheet, params: CalculationParameters): CalculationDifference {
  const lines: LineDifference[] = [];
  for (const kind of ['cost', 'benefit'] as const) {
    const a: (CostSheetLine | BenefitSheetLine)[] = kind === 'cost' ? before.costs : before.benefits;
    const b: (CostSheetLine | BenefitSheetLine)[] = kind === 'cost' ? after.costs : after.benefits;
    const afterById = new Map(b.map((l) => [l.id, l]));
    const beforeIds = new Set(a.map((l) => l.id));
    for (const la of a) {
      const lb = afterById.get(la.id);
      if (!lb) {
        lines.push({ kind, id: la.id, label: la.label, change: 'REMOVED', fields: [], totalBefore: lineTotal(la, params), totalAfter: null });
        continue;
      }
      const fields = changedFields(la, lb);
      if (fields.length) lines.push({ kind, id: la.id, label: lb.label, change: 'CHANGED', fields, totalBefore: lineTotal(la, params), totalAfter: lineTotal(lb, params) });
    }
    for (const lb of b) {
      if (!beforeIds.has(lb.id)) lines.push({ kind, id: lb.id, label: lb.label, change: 'ADDED', fields: [], totalBefore: null, totalAfter: lineTotal(lb, params) });
    }
  }
  const fa = figuresOf(calculateSheet(before, params));
  const fb = figuresOf(calculateSheet(after, params));
  const figures = (Object.keys(fa) as (keyof BenefitFigures)[]).map((figure) => {
    const x = fa[figure];
    const y = fb[figure];
    return { figure, before: x, after: y, delta: x === null || y === null ? null : y - x };
  });
  return { lines, figures };
}

export function emptySheet(): CalculationSheet {
  return { costs: [], benefits: [] };
}

// ---------------------------------------------------------------------------------------------------
// Round parameters

export const PARAMETER_LIMITS = {
  horizonYears: { min: 1, max: 30 },
  discountRate: { min: 0, max: 0.2 },
  optimismBias: { min: 0, max: 2 },
  hoursPerMonth: { min: 1, max: 744 },
  overhead: { min: 0, max: 3 },
  defaultMonthlySalary: { min: 1, max: 10_000_000 },
} as const;

const parametersSchema = z.object({
  horizonYears: z.number(code('REQUIRED')).int(code('OUT_OF_RANGE')).min(1, code('OUT_OF_RANGE')).max(30, code('OUT_OF_RANGE')),
  discountRate: z.number(code('REQUIRED')).min(0, code('NEGATIVE')).max(0.2, code('OUT_OF_RANGE')),
  optimismBias: z.number(code('REQUIRED')).min(0, code('NEGATIVE')).max(2, code('OUT_OF_RANGE')),
  hoursPerMonth: z.number(code('REQUIRED')).min(1, code('NOT_POSITIVE')).max(744, code('OUT_OF_RANGE')),
  overhead: z.number(code('REQUIRED')).min(0, code('NEGATIVE')).max(3, code('OUT_OF_RANGE')),
  defaultMonthlySalary: z.number(code('REQUIRED')).int(code('NOT_WHOLE_KRONOR')).min(1, code('NOT_POSITIVE')).max(10_000_000, code('OUT_OF_RANGE')),
});

export type ParameterSettings = Omit<CalculationParameters, 'baseYear'>;

/** Validates the parameters the portfolio office sets for a round. */
export function validateParameters(input: unknown): { ok: true; value: ParameterSettings } | { ok: false; errors: FieldError[] } {
  const r = parametersSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toIndexedFieldErrors(r.error) };
}
