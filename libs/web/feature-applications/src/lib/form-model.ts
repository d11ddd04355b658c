import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import {
  INITIATIVE_LIMITS,
  checkRequestedAmountWithinBudget,
  createInitiativeSchema,
  type CreateInitiativeInput,
  type ValidCreateInitiativeInput,
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
}

/** The form's fields, named as the API's input fields (so server errors land on the right one). */
export const FORM_FIELDS = ['title', 'description', 'departmentId', 'fundRoundId', 'goalAreaIds', 'requestedAmount'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

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
}

export function toFormValues(initiative: InitiativeLike): InitiativeFormValues {
  return {
    title: initiative.title,
    description: initiative.description,
    departmentId: initiative.department.id,
    fundRoundId: initiative.fundRound.id,
    goalAreaIds: initiative.goalAreas.map((g) => g.id),
    requestedAmount: formatAmountInput(initiative.requestedAmount),
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
    const candidate: Partial<CreateInitiativeInput> = {
      title: values.title,
      description: values.description,
      goalAreaIds: values.goalAreaIds,
      ...(values.departmentId ? { departmentId: values.departmentId } : {}),
      ...(values.fundRoundId ? { fundRoundId: values.fundRoundId } : {}),
      ...(amount?.ok ? { requestedAmount: amount.value } : {}),
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

    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.values as ValidCreateInitiativeInput, errors: {} };
  };
}
