/**
 * The editor's model of a nyttokalkyl: the sheet as the user types it (amounts, salaries and plan values
 * as text), turned into the domain's CalculationSheet for the live figures, the validation and the save.
 * Errors are keyed by line id (not index), so they stay on their line when lines are added or removed.
 */
import {
  SHEET_LIMITS,
  type AmountUnit,
  type BenefitSheetLine,
  type CalculationSheet,
  type CostSheetLine,
  type RealisationPlan,
  type SheetBenefitCategory,
  type SheetConfidence,
  type SheetCostType,
} from '@dp/domain/benefits';
import type { BenefitCalculationFieldsFragment } from '@dp/web/data-access';

export type CalculationKind = 'APPLICANT' | 'REVIEWED';

interface DraftLineBase {
  id: string;
  label: string;
  explanation: string;
  unit: AmountUnit;
  /** as typed; empty: the round's default */
  monthlySalary: string;
  /** the amount of each year as typed (years outside the horizon are kept until the user removes them) */
  amounts: Record<number, string>;
}

export interface DraftCost extends DraftLineBase {
  type: SheetCostType;
}

export interface DraftPlan {
  owner: string;
  indicator: string;
  method: string;
  unit: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  followUpDates: string[];
}

export interface DraftBenefit extends DraftLineBase {
  category: SheetBenefitCategory;
  monetised: boolean;
  confidence: SheetConfidence | null;
  plan: DraftPlan;
}

export interface DraftSheet {
  costs: DraftCost[];
  benefits: DraftBenefit[];
}

/** A validation code at an editor field (see the key helpers below). */
export interface KeyedError {
  key: string;
  code: string;
}

// ---------------------------------------------------------------------------------------------------
// Keys of the editor's fields

export const amountKey = (lineId: string, year: number) => `${lineId}.amount.${year}`;
export const lineFieldKey = (lineId: string, field: string) => `${lineId}.${field}`;
export const planKey = (lineId: string, field: string) => `${lineId}.plan.${field}`;
export const followUpKey = (lineId: string, index: number) => `${lineId}.plan.followUpDates.${index}`;

/** The last part of a key names the kind of field, which picks a field-specific message. */
export function fieldOfKey(key: string): string {
  const parts = key.split('.');
  if (parts[1] === 'amount') return 'amount';
  if (parts[1] === 'plan') return parts[2] === 'followUpDates' && parts.length > 3 ? 'followUpDate' : (parts[2] ?? '');
  return parts[1] ?? parts[0] ?? '';
}

/** The limits a message may name (`{{max}}`), by field. */
export function limitsOf(field: string): Record<string, number> {
  switch (field) {
    case 'label':
      return { max: SHEET_LIMITS.labelMax };
    case 'explanation':
      return { max: SHEET_LIMITS.explanationMax };
    case 'owner':
      return { max: 200 };
    case 'indicator':
      return { max: 500 };
    case 'method':
      return { max: 2000 };
    case 'unit':
      return { max: 50 };
    case 'followUpDates':
      return { max: SHEET_LIMITS.followUpDatesMax };
    case 'costs':
    case 'benefits':
      return { max: SHEET_LIMITS.linesMax };
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------------
// Numbers as Swedish users type them

/**
 * Reads a number the Swedish way: spaces (also non-breaking) group thousands, `,` or `.` is the decimal
 * mark, `−` or `-` the minus sign, a trailing `kr` or `h` is ignored. Null when it is not a number.
 */
export function parseNumberInput(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\s*(kr|h)\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

const inputFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6, useGrouping: true });

/** A number as the inputs show it: `250 000`, `12,5` (sv-SE, the same in every UI language). */
export function formatNumberInput(value: number): string {
  return inputFormat.format(value);
}

/** The typed text made tidy when it is a number (`250000` → `250 000`); left as typed otherwise. */
export function tidyNumberInput(text: string): string {
  const n = parseNumberInput(text);
  return n === null ? text : formatNumberInput(n);
}

// ---------------------------------------------------------------------------------------------------
// From the API to the editor and back

/** The calculation as the domain's sheet (GraphQL's `__typename`s and nulls dropped). */
export function sheetFromCalculation(calc: Pick<BenefitCalculationFieldsFragment, 'costs' | 'benefits'>): CalculationSheet {
  return {
    costs: calc.costs.map(
      (l): CostSheetLine => ({
        id: l.id,
        label: l.label,
        explanation: l.explanation,
        type: l.type,
        unit: l.unit,
        monthlySalary: l.monthlySalary,
        amounts: l.amounts.map((a) => ({ year: a.year, amount: a.amount })),
      }),
    ),
    benefits: calc.benefits.map(
      (l): BenefitSheetLine => ({
        id: l.id,
        label: l.label,
        explanation: l.explanation,
        category: l.category,
        monetised: l.monetised,
        confidence: l.confidence,
        unit: l.unit,
        monthlySalary: l.monthlySalary,
        amounts: l.amounts.map((a) => ({ year: a.year, amount: a.amount })),
        plan: l.plan
          ? {
              owner: l.plan.owner,
              indicator: l.plan.indicator,
              method: l.plan.method,
              unit: l.plan.unit,
              baselineValue: l.plan.baselineValue,
              baselineDate: l.plan.baselineDate,
              targetValue: l.plan.targetValue,
              targetDate: l.plan.targetDate,
              followUpDates: [...l.plan.followUpDates],
            }
          : null,
      }),
    ),
  };
}

const text = (v: string | null | undefined) => v ?? '';
const numberText = (v: number | null | undefined) => (typeof v === 'number' ? formatNumberInput(v) : '');

function draftAmounts(line: { amounts: { year: number; amount: number }[] }): Record<number, string> {
  const amounts: Record<number, string> = {};
  for (const a of line.amounts) amounts[a.year] = formatNumberInput(a.amount);
  return amounts;
}

export function emptyPlan(): DraftPlan {
  return { owner: '', indicator: '', method: '', unit: '', baselineValue: '', baselineDate: '', targetValue: '', targetDate: '', followUpDates: [] };
}

function draftPlan(plan: RealisationPlan | null | undefined): DraftPlan {
  if (!plan) return emptyPlan();
  return {
    owner: text(plan.owner),
    indicator: text(plan.indicator),
    method: text(plan.method),
    unit: text(plan.unit),
    baselineValue: numberText(plan.baselineValue),
    baselineDate: text(plan.baselineDate),
    targetValue: numberText(plan.targetValue),
    targetDate: text(plan.targetDate),
    followUpDates: [...(plan.followUpDates ?? [])],
  };
}

export function draftFromSheet(sheet: CalculationSheet): DraftSheet {
  return {
    costs: sheet.costs.map((l) => ({
      id: l.id,
      label: l.label,
      explanation: text(l.explanation),
      type: l.type,
      unit: l.unit,
      monthlySalary: numberText(l.monthlySalary),
      amounts: draftAmounts(l),
    })),
    benefits: sheet.benefits.map((l) => ({
      id: l.id,
      label: l.label,
      explanation: text(l.explanation),
      category: l.category,
      monetised: l.monetised,
      confidence: l.confidence ?? null,
      unit: l.unit,
      monthlySalary: numberText(l.monthlySalary),
      amounts: draftAmounts(l),
      plan: draftPlan(l.plan),
    })),
  };
}

export interface SheetOfDraft {
  /** the sheet as the domain takes it; text that is not a number is left out (and reported) */
  sheet: CalculationSheet;
  /** text that is not a number, at its field */
  inputErrors: KeyedError[];
  /** per benefit line: the draft index of each follow-up date in the sheet (empty ones are left out) */
  followUpIndexes: Record<string, number[]>;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The typed sheet as the domain's CalculationSheet, with the fields whose text is not a number. */
export function sheetOfDraft(draft: DraftSheet): SheetOfDraft {
  const inputErrors: KeyedError[] = [];
  const followUpIndexes: Record<string, number[]> = {};
  const number = (value: string, key: string): number | null => {
    if (value.trim() === '') return null;
    const n = parseNumberInput(value);
    if (n === null) inputErrors.push({ key, code: 'NOT_A_NUMBER' });
    return n;
  };
  const amounts = (line: DraftLineBase) =>
    Object.keys(line.amounts)
      .map(Number)
      .sort((a, b) => a - b)
      .flatMap((year) => {
        const typed = line.amounts[year] ?? '';
        if (typed.trim() === '') return [];
        const amount = number(typed, amountKey(line.id, year));
        return amount === null ? [] : [{ year, amount }];
      });
  const base = (line: DraftLineBase) => ({
    id: line.id,
    label: line.label,
    explanation: orNull(line.explanation),
    unit: line.unit,
    monthlySalary: line.unit === 'HOURS' ? number(line.monthlySalary, lineFieldKey(line.id, 'monthlySalary')) : null,
    amounts: amounts(line),
  });
  const sheet: CalculationSheet = {
    costs: draft.costs.map((l) => ({ ...base(l), type: l.type })),
    benefits: draft.benefits.map((l) => {
      const indexes: number[] = [];
      const followUpDates: string[] = [];
      l.plan.followUpDates.forEach((d, i) => {
        if (d.trim() === '') return;
        indexes.push(i);
        followUpDates.push(d.trim());
      });
      followUpIndexes[l.id] = indexes;
      const plan: RealisationPlan = {
        owner: orNull(l.plan.owner),
        indicator: orNull(l.plan.indicator),
        method: orNull(l.plan.method),
        unit: orNull(l.plan.unit),
        baselineValue: number(l.plan.baselineValue, planKey(l.id, 'baselineValue')),
        baselineDate: orNull(l.plan.baselineDate),
        targetValue: number(l.plan.targetValue, planKey(l.id, 'targetValue')),
        targetDate: orNull(l.plan.targetDate),
        followUpDates,
      };
      const empty = followUpDates.length === 0 && Object.entries(l.plan).every(([k, v]) => k === 'followUpDates' || (v as string).trim() === '');
      return { ...base(l), category: l.category, monetised: l.monetised, confidence: l.confidence, plan: empty ? null : plan };
    }),
  };
  return { sheet, inputErrors, followUpIndexes };
}

/**
 * The editor field of a validation path of the sheet (`benefits.2.amounts.0.amount`, as validateSheet
 * and the API, without its `sheet.` prefix, report them), given the sheet that was validated.
 */
export function keyOfPath(path: string, of: Pick<SheetOfDraft, 'sheet' | 'followUpIndexes'>): string {
  const parts = path.split('.');
  const [kind, index, field, ...rest] = parts;
  if (kind !== 'costs' && kind !== 'benefits') return path;
  const lines: { id: string; amounts: { year: number }[] }[] = kind === 'costs' ? of.sheet.costs : of.sheet.benefits;
  const line = index === undefined ? undefined : lines[Number(index)];
  if (!line) return kind;
  if (field === undefined) return lineFieldKey(line.id, 'line');
  if (field === 'amounts') {
    const amount = rest[0] === undefined ? undefined : line.amounts[Number(rest[0])];
    // the amount of a year is its cell; a wrong year (outside the horizon) or duplicate years belong to the line
    if (amount && rest[1] === 'amount') return amountKey(line.id, amount.year);
    return lineFieldKey(line.id, 'amounts');
  }
  if (field === 'plan') {
    const [planField, followUp] = rest;
    if (planField === 'followUpDates' && followUp !== undefined) {
      const draftIndex = of.followUpIndexes[line.id]?.[Number(followUp)];
      return draftIndex === undefined ? planKey(line.id, 'followUpDates') : followUpKey(line.id, draftIndex);
    }
    return planKey(line.id, planField ?? 'plan');
  }
  return lineFieldKey(line.id, field);
}

// ---------------------------------------------------------------------------------------------------
// New lines

let counter = 0;

/** A new line id: a UUID where the browser has one, else a counter with the time. */
export function newLineId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  counter += 1;
  return uuid ?? `line-${Date.now().toString(36)}-${counter}`;
}

export function newCost(): DraftCost {
  return { id: newLineId(), label: '', explanation: '', type: 'ONE_OFF', unit: 'KRONOR', monthlySalary: '', amounts: {} };
}

export function newBenefit(): DraftBenefit {
  return {
    id: newLineId(),
    label: '',
    explanation: '',
    category: 'FINANCIAL',
    monetised: true,
    confidence: null,
    unit: 'KRONOR',
    monthlySalary: '',
    amounts: {},
    plan: emptyPlan(),
  };
}
