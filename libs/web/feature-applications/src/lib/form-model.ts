import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import {
  APPLICATION_TEXT_MAX,
  INITIATIVE_LIMITS,
  checkRequestedAmountWithinBudget,
  createInitiativeSchema,
  type CreateInitiativeInput,
  type ValidCreateInitiativeInput,
  MANDATORY_APPLICATION_FIELDS,
  type DpiaStatus,
} from '@dp/domain/initiatives';
import { formatMoney, parseMoneyInput } from '@dp/domain/money';

/** What the form holds while the user types: selects may be empty and the amount is text. */
export interface InitiativeFormValues {
  title: string;
  description: string;
  departmentId: string | null;
  fundRoundId: string | null;
  goalAreaIds: string[];
  /** as typed: `1 234 567`, `1234567 kr`, … */
  requestedAmount: string;
  contactName: string;
  contactEmail: string;
  currentSituation: string;
  problem: string;
  desiredSituation: string;
  expectedEffects: string;
  /** as typed, like the requested amount; empty = no co-financing given */
  coFinancing: string;
  /** YYYY-MM-DD or empty */
  plannedStart: string;
  plannedEnd: string;
  risks: string;
  dependencies: string;
  /** the radio: '' = not answered */
  handlesPersonalData: '' | 'yes' | 'no';
  /** the K, R and T selects: '1'–'4', or null when not chosen */
  confidentialityLevel: string | null;
  integrityLevel: string | null;
  availabilityLevel: string | null;
  dpiaStatus: DpiaStatus | null;
}

/** The form's fields, named as the API's input fields (so server errors land on the right one), in the form's order. */
export const FORM_FIELDS = [
  'title',
  'description',
  'departmentId',
  'fundRoundId',
  'contactName',
  'contactEmail',
  'currentSituation',
  'problem',
  'desiredSituation',
  'expectedEffects',
  'goalAreaIds',
  'requestedAmount',
  'coFinancing',
  'plannedStart',
  'plannedEnd',
  'risks',
  'dependencies',
  'handlesPersonalData',
  'confidentialityLevel',
  'integrityLevel',
  'availabilityLevel',
  'dpiaStatus',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The free-text fields of the application beyond the first slice ('' clears them in an update). */
export const APPLICATION_TEXT_FIELDS = [
  'contactName',
  'contactEmail',
  'currentSituation',
  'problem',
  'desiredSituation',
  'expectedEffects',
  'risks',
  'dependencies',
  'plannedStart',
  'plannedEnd',
] as const;
type ApplicationTextField = (typeof APPLICATION_TEXT_FIELDS)[number];

export const LEVEL_FIELDS = ['confidentialityLevel', 'integrityLevel', 'availabilityLevel'] as const;

/** The label of each field (translation key), for errors, the conflict table and the missing-fields list. */
export const fieldLabelKey: Record<FormField, string> = {
  title: 'initiatives.form.title',
  description: 'initiatives.form.description',
  departmentId: 'initiatives.form.department',
  fundRoundId: 'initiatives.form.fundRound',
  goalAreaIds: 'initiatives.form.goalAreas',
  requestedAmount: 'initiatives.form.requestedAmount',
  contactName: 'initiatives.form.contactName',
  contactEmail: 'initiatives.form.contactEmail',
  currentSituation: 'initiatives.form.currentSituation',
  problem: 'initiatives.form.problem',
  desiredSituation: 'initiatives.form.desiredSituation',
  expectedEffects: 'initiatives.form.expectedEffects',
  coFinancing: 'initiatives.form.coFinancing',
  plannedStart: 'initiatives.form.plannedStart',
  plannedEnd: 'initiatives.form.plannedEnd',
  risks: 'initiatives.form.risks',
  dependencies: 'initiatives.form.dependencies',
  handlesPersonalData: 'initiatives.form.handlesPersonalData',
  confidentialityLevel: 'initiatives.form.confidentialityLevel',
  integrityLevel: 'initiatives.form.integrityLevel',
  availabilityLevel: 'initiatives.form.availabilityLevel',
  dpiaStatus: 'initiatives.form.dpiaStatus',
};

/** The id of a field's input (the first option of a group), so a link can move the focus to it. */
export function fieldInputId(field: string): string {
  return `initiative-field-${field}`;
}

/** Whether a field must be filled before the department head can anchor the application. */
export function requiredBeforeAnchoring(field: FormField): boolean {
  return (MANDATORY_APPLICATION_FIELDS as readonly string[]).includes(field);
}

export function isFormField(name: string): name is FormField {
  return (FORM_FIELDS as readonly string[]).includes(name);
}

export const emptyFormValues: InitiativeFormValues = {
  title: '',
  description: '',
  departmentId: null,
  fundRoundId: null,
  goalAreaIds: [],
  requestedAmount: '',
  contactName: '',
  contactEmail: '',
  currentSituation: '',
  problem: '',
  desiredSituation: '',
  expectedEffects: '',
  coFinancing: '',
  plannedStart: '',
  plannedEnd: '',
  risks: '',
  dependencies: '',
  handlesPersonalData: '',
  confidentialityLevel: null,
  integrityLevel: null,
  availabilityLevel: null,
  dpiaStatus: null,
};

/** The amount as the input shows it after leaving the field: `1 234 567 kr` (always Swedish form). */
export function formatAmountInput(amount: number): string {
  return formatMoney(amount, 'sv-SE');
}

export interface InitiativeLike {
  title: string;
  description: string;
  requestedAmount: number;
  department: { id: string };
  fundRound: { id: string };
  goalAreas: ReadonlyArray<{ id: string }>;
  contactName?: string | null;
  contactEmail?: string | null;
  currentSituation?: string | null;
  problem?: string | null;
  desiredSituation?: string | null;
  expectedEffects?: string | null;
  risks?: string | null;
  dependencies?: string | null;
  coFinancing?: number | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  handlesPersonalData?: boolean | null;
  confidentialityLevel?: number | null;
  integrityLevel?: number | null;
  availabilityLevel?: number | null;
  dpiaStatus?: DpiaStatus | null;
}

const levelValue = (level: number | null | undefined): string | null => (typeof level === 'number' ? String(level) : null);

export function toFormValues(initiative: InitiativeLike): InitiativeFormValues {
  return {
    title: initiative.title,
    description: initiative.description,
    departmentId: initiative.department.id,
    fundRoundId: initiative.fundRound.id,
    goalAreaIds: initiative.goalAreas.map((g) => g.id),
    requestedAmount: formatAmountInput(initiative.requestedAmount),
    contactName: initiative.contactName ?? '',
    contactEmail: initiative.contactEmail ?? '',
    currentSituation: initiative.currentSituation ?? '',
    problem: initiative.problem ?? '',
    desiredSituation: initiative.desiredSituation ?? '',
    expectedEffects: initiative.expectedEffects ?? '',
    coFinancing: typeof initiative.coFinancing === 'number' ? formatAmountInput(initiative.coFinancing) : '',
    plannedStart: initiative.plannedStart ?? '',
    plannedEnd: initiative.plannedEnd ?? '',
    risks: initiative.risks ?? '',
    dependencies: initiative.dependencies ?? '',
    handlesPersonalData: initiative.handlesPersonalData === true ? 'yes' : initiative.handlesPersonalData === false ? 'no' : '',
    confidentialityLevel: levelValue(initiative.confidentialityLevel),
    integrityLevel: levelValue(initiative.integrityLevel),
    availabilityLevel: levelValue(initiative.availabilityLevel),
    dpiaStatus: initiative.dpiaStatus ?? null,
  };
}

/** Interpolation values for the translated validation texts, from the shared limits. */
export function limitParams(field: string): Record<string, number | string> {
  const n = (v: number) => v.toLocaleString('sv-SE');
  switch (field) {
    case 'title':
      return { min: INITIATIVE_LIMITS.titleMin, max: INITIATIVE_LIMITS.titleMax };
    case 'description':
      return { max: n(INITIATIVE_LIMITS.descriptionMax) };
    case 'goalAreaIds':
      return { min: INITIATIVE_LIMITS.goalAreasMin, max: INITIATIVE_LIMITS.goalAreasMax };
    case 'contactName':
      return { max: 200 };
    case 'contactEmail':
      return { max: 320 };
    case 'currentSituation':
    case 'problem':
    case 'desiredSituation':
    case 'expectedEffects':
    case 'risks':
    case 'dependencies':
      return { max: n(APPLICATION_TEXT_MAX) };
    default:
      return {};
  }
}

/** The validation code of a field's error, whether it sits on the field, its root or an item. */
export function errorCode(error: FieldErrors<InitiativeFormValues>[FormField] | undefined): string | undefined {
  if (!error) return undefined;
  const e = error as FieldError & { root?: FieldError } & Record<number, FieldError | undefined>;
  if (typeof e.message === 'string' && e.message !== '') return e.message;
  if (e.root?.message) return e.root.message;
  if (Array.isArray(error)) {
    const first = (error as Array<FieldError | undefined>).find((item) => item?.message);
    return first?.message;
  }
  return undefined;
}

/**
 * The client-side validation: the same zod schema the API uses (createInitiativeSchema), after reading
 * the typed amount with parseMoneyInput; plus the round-budget rule when the round's budget is known.
 * Error messages are validation codes; the form translates them.
 */
export function createInitiativeFormResolver(
  budgetOf: (fundRoundId: string) => number | undefined,
): Resolver<InitiativeFormValues, unknown, ValidCreateInitiativeInput> {
  const schemaResolver = zodResolver(createInitiativeSchema);
  return async (values, context, options) => {
    const typed = values.requestedAmount.trim();
    const amount = typed === '' ? null : parseMoneyInput(typed);
    const typedCoFinancing = values.coFinancing.trim();
    const coFinancing = typedCoFinancing === '' ? null : parseMoneyInput(typedCoFinancing);
    const personalData = values.handlesPersonalData === 'yes';
    const texts: Partial<Record<ApplicationTextField, string>> = {};
    for (const field of APPLICATION_TEXT_FIELDS) texts[field] = values[field];
    const levels: Partial<Record<(typeof LEVEL_FIELDS)[number], number>> = {};
    for (const field of LEVEL_FIELDS) {
      const level = values[field];
      if (personalData && level) levels[field] = Number(level);
    }
    const candidate: Partial<CreateInitiativeInput> = {
      title: values.title,
      description: values.description,
      goalAreaIds: values.goalAreaIds,
      ...(values.departmentId ? { departmentId: values.departmentId } : {}),
      ...(values.fundRoundId ? { fundRoundId: values.fundRoundId } : {}),
      ...(amount?.ok ? { requestedAmount: amount.value } : {}),
      ...texts,
      ...(coFinancing?.ok ? { coFinancing: coFinancing.value } : {}),
      ...(values.handlesPersonalData ? { handlesPersonalData: personalData } : {}),
      ...levels,
      ...(personalData && values.dpiaStatus ? { dpiaStatus: values.dpiaStatus } : {}),
    };
    const result = await schemaResolver(candidate as CreateInitiativeInput, context, options as never);
    const errors: FieldErrors<InitiativeFormValues> = { ...(result.errors as FieldErrors<InitiativeFormValues>) };

    if (amount && !amount.ok) {
      errors.requestedAmount = { type: 'parse', message: amount.reason };
    } else if (amount?.ok && !errors.requestedAmount && values.fundRoundId) {
      const budget = budgetOf(values.fundRoundId);
      const over = budget === undefined ? [] : checkRequestedAmountWithinBudget(amount.value, budget);
      if (over[0]) errors.requestedAmount = { type: 'budget', message: over[0].code };
    }
    if (coFinancing && !coFinancing.ok) errors.coFinancing = { type: 'parse', message: coFinancing.reason };

    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.values as ValidCreateInitiativeInput, errors: {} };
  };
}

/** A new initiative's input: the optional texts and dates left empty are not sent. */
export function withoutEmptyTexts(input: ValidCreateInitiativeInput): ValidCreateInitiativeInput {
  const result: ValidCreateInitiativeInput = { ...input };
  for (const field of APPLICATION_TEXT_FIELDS) {
    if (result[field] === '') delete result[field];
  }
  return result;
}

/** The API's input for the values when the whole form is valid (the same checks as submitting), else null. */
export async function validFormInput(
  values: InitiativeFormValues,
  budgetOf: (fundRoundId: string) => number | undefined,
): Promise<ValidCreateInitiativeInput | null> {
  const result = await createInitiativeFormResolver(budgetOf)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return Object.keys(result.errors).length === 0 ? (result.values as ValidCreateInitiativeInput) : null;
}
