import type { CombinedError } from '@urql/core';
import { readGraphQLError } from '@dp/web/data-access';

/** A field the API rejected, with its reason as sent (REQUIRED, TOO_LONG, OUT_OF_RANGE, …). */
export interface FieldFailure {
  /** the input path without `input.`: `grantedAmount`, `amountsByYear.0.amount`, `participants.2` */
  field: string;
  reason: string;
}

/** One budget and what the grant would do to it (the API's `extensions.uses` of BUDGET_EXCEEDED). */
export interface BudgetUseData {
  kind: 'TOTAL' | 'YEAR';
  year: number | null;
  budget: number;
  committed: number;
  grant: number;
  after: number;
  shortfall: number;
}

/** What went wrong with a meeting or decision mutation, in the terms the forms react to. */
export type DecisionsFailure =
  | { kind: 'validation'; fields: FieldFailure[] }
  /** the grant would exceed a budget and no (long enough) reason for the over-commitment was given */
  | { kind: 'budget-exceeded'; uses: BudgetUseData[] }
  /** FORBIDDEN DELEGATION_REQUIRED: `required` is the level's label ("Kommundirektör") */
  | { kind: 'delegation-required'; required: string | null }
  /** FORBIDDEN PROPOSAL_REQUIRED: the round has no proposed scenario to build the agenda from */
  | { kind: 'proposal-required' }
  | { kind: 'forbidden'; reason: string }
  /** TRANSITION_REFUSED with the workflow's reason codes */
  | { kind: 'transition-refused'; reasons: string[] }
  | { kind: 'conflict' }
  | { kind: 'not-found' }
  | { kind: 'unauthenticated' }
  | { kind: 'network' }
  | { kind: 'unknown' };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function readUses(value: unknown): BudgetUseData[] {
  if (!Array.isArray(value)) return [];
  const uses: BudgetUseData[] = [];
  for (const raw of value) {
    if (typeof raw !== 'object' || raw === null) continue;
    const u = raw as Record<string, unknown>;
    const budget = num(u['budget']);
    const committed = num(u['committed']);
    const grant = num(u['grant']);
    const after = num(u['after']) ?? (committed !== null && grant !== null ? committed + grant : null);
    if (budget === null || committed === null || grant === null || after === null) continue;
    const shortfall = num(u['shortfall']) ?? Math.max(0, after - budget);
    uses.push({ kind: u['kind'] === 'YEAR' ? 'YEAR' : 'TOTAL', year: num(u['year']), budget, committed, grant, after, shortfall });
  }
  return uses;
}

/**
 * Reads the API's errors of the meeting and decision mutations: BAD_USER_INPUT per field (`field`,
 * `reason`; `input.` is dropped), BUDGET_EXCEEDED with `uses`, FORBIDDEN with `reason` (DELEGATION_REQUIRED
 * with `required`, PROPOSAL_REQUIRED, ROLE_REQUIRED, …), TRANSITION_REFUSED with `reasons`, CONFLICT,
 * NOT_FOUND, the network. Returns null without an error.
 */
export function readDecisionsFailure(error: CombinedError | undefined | null): DecisionsFailure | null {
  if (!error) return null;
  const errors = error.graphQLErrors ?? [];
  const codeOf = (e: (typeof errors)[number]): unknown => e.extensions?.['code'];
  const byCode = (code: string) => errors.find((e) => codeOf(e) === code);

  if (byCode('CONFLICT')) return { kind: 'conflict' };

  const fields: FieldFailure[] = [];
  for (const e of errors) {
    if (codeOf(e) !== 'BAD_USER_INPUT') continue;
    const field = e.extensions?.['field'];
    const reason = e.extensions?.['reason'];
    if (typeof field !== 'string' || field === '') continue;
    fields.push({ field: field.replace(/^input\./, ''), reason: typeof reason === 'string' && reason !== '' ? reason : 'INVALID' });
  }
  if (fields.length > 0) return { kind: 'validation', fields };

  const exceeded = byCode('BUDGET_EXCEEDED');
  if (exceeded) return { kind: 'budget-exceeded', uses: readUses(exceeded.extensions?.['uses']) };

  const refused = byCode('TRANSITION_REFUSED');
  if (refused) {
    const reasons = refused.extensions?.['reasons'];
    return { kind: 'transition-refused', reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [] };
  }

  const forbidden = byCode('FORBIDDEN');
  if (forbidden) {
    const reason = forbidden.extensions?.['reason'];
    if (reason === 'DELEGATION_REQUIRED') {
      const required = forbidden.extensions?.['required'];
      return { kind: 'delegation-required', required: typeof required === 'string' && required !== '' ? required : null };
    }
    if (reason === 'PROPOSAL_REQUIRED') return { kind: 'proposal-required' };
    return { kind: 'forbidden', reason: typeof reason === 'string' ? reason : 'UNKNOWN' };
  }

  const failure = readGraphQLError(error);
  switch (failure?.kind) {
    case 'not-found':
    case 'unauthenticated':
    case 'network':
      return { kind: failure.kind };
    default:
      return { kind: 'unknown' };
  }
}

/**
 * Sorts the server's field errors into the form's fields: `placed` keeps the first reason per form field
 * that `place` finds for an error's path; `unplaced` are the errors the form has no field for.
 */
export function placeFieldErrors(
  fields: readonly FieldFailure[],
  place: (field: string) => string | null,
): { placed: Record<string, string>; unplaced: FieldFailure[] } {
  const placed: Record<string, string> = {};
  const unplaced: FieldFailure[] = [];
  for (const e of fields) {
    const at = place(e.field);
    if (at && placed[at] === undefined) placed[at] = e.reason;
    else if (!at) unplaced.push(e);
  }
  return { placed, unplaced };
}
