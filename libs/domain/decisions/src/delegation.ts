/**
 * delegationsordning: who may sign a decision, by amount. A round's rules are ordered thresholds; a
 * decision whose amount is at most a rule's `upTo` (inclusive) falls to that rule's level, and the last
 * rule is unbounded. The order of the rules is also the hierarchy: a level may sign everything the levels
 * before it may (the municipal director may sign what the digitalisation manager may).
 *
 * Levels are held by people, not by roles: a user is given the levels (`delegations`) that they hold in
 * the municipality's delegation order. Roles still decide who records decisions at all (the workflow's
 * DECISION_MAKER); this module only answers whether the signatory's delegation covers the amount.
 */
import { z } from 'zod';
import type { Money } from '@dp/domain/money';
import { toIndexedFieldErrors, type FieldError, type ValidationCode, type ValidationResult } from '@dp/domain/initiatives';
import type { DecisionOutcome } from './decision.js';
import { wholeKronor } from './money-schema.js';

/** The id of a delegation level, e.g. `DIGITALISATION_MANAGER`. */
export type Signatory = string;

export interface DelegationRule {
  /** the largest amount (whole kronor, inclusive) this level decides; null = no upper limit (last rule only) */
  upTo: Money | null;
  signatory: Signatory;
  /** the level's name for display (Swedish), e.g. "Digitaliseringschef" */
  label?: string | null;
}

export type DelegationRules = readonly DelegationRule[];

export const DELEGATION_LIMITS = { rulesMin: 1, rulesMax: 10, signatoryMax: 64, labelMax: 100 } as const;

/** Swedish names of the levels the default delegation uses. */
export const DELEGATION_LEVEL_LABELS: Readonly<Record<string, string>> = {
  DIGITALISATION_MANAGER: 'Digitaliseringschef',
  MUNICIPAL_DIRECTOR: 'Kommundirektör',
};

/** The issue's example: up to 500 000 kr the digitalisation manager decides, above it the municipal director. */
export const DEFAULT_DELEGATION: DelegationRules = [
  { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
  { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
];

// ---------------------------------------------------------------------------------------------------
// Validation

const code = (c: ValidationCode) => ({ error: c });

const ruleSchema = z.object({
  upTo: wholeKronor().min(1, code('NOT_POSITIVE')).nullable(),
  signatory: z
    .string(code('REQUIRED'))
    .trim()
    .min(1, code('REQUIRED'))
    .max(DELEGATION_LIMITS.signatoryMax, code('TOO_LONG')),
  label: z
    .string()
    .trim()
    .max(DELEGATION_LIMITS.labelMax, code('TOO_LONG'))
    .nullish()
    .transform((s) => (s ? s : null)),
});

/**
 * The rules as a round's field named `delegation`: at least one and at most ten rules, each level once
 * (DUPLICATE), thresholds in whole kronor and strictly ascending (OUT_OF_RANGE), every rule bounded but
 * the last, which has no limit (`upTo: null`; OUT_OF_RANGE otherwise).
 */
export const delegationSchema = z
  .array(ruleSchema, code('REQUIRED'))
  .min(DELEGATION_LIMITS.rulesMin, code('TOO_FEW'))
  .max(DELEGATION_LIMITS.rulesMax, code('TOO_MANY'))
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    let previous = 0;
    rules.forEach((r, i) => {
      if (seen.has(r.signatory)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [i, 'signatory'] });
      seen.add(r.signatory);
      const last = i === rules.length - 1;
      if (last && r.upTo !== null) ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: [i, 'upTo'] });
      else if (!last && r.upTo === null) ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: [i, 'upTo'] });
      else if (r.upTo !== null && r.upTo <= previous) ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: [i, 'upTo'] });
      if (r.upTo !== null) previous = Math.max(previous, r.upTo);
    });
  });

export interface ValidDelegationRule {
  upTo: Money | null;
  signatory: Signatory;
  label: string | null;
}

/** Validates a round's delegation rules; field paths start with `delegation` (`delegation.1.upTo`). */
export function validateDelegation(rules: unknown): ValidationResult<ValidDelegationRule[]> {
  const r = delegationSchema.safeParse(rules);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldError[] = toIndexedFieldErrors(r.error).map((e) => ({ field: e.field ? `delegation.${e.field}` : 'delegation', code: e.code }));
  return { ok: false, errors };
}

// ---------------------------------------------------------------------------------------------------
// Who may sign

function ruleIndexFor(rules: DelegationRules, amount: Money): number {
  const i = rules.findIndex((r) => r.upTo === null || amount <= r.upTo);
  if (i < 0) throw new RangeError('Delegation rules without an unbounded last level');
  return i;
}

/** The level that decides an amount: the first rule whose `upTo` is at least the amount (or unbounded). */
export function requiredSignatory(rules: DelegationRules, amount: Money): Signatory {
  return (rules[ruleIndexFor(rules, amount)] as DelegationRule).signatory;
}

/** A level's place in the hierarchy (0 = lowest), or -1 when the rules do not name it. */
export function delegationRank(rules: DelegationRules, signatory: Signatory): number {
  return rules.findIndex((r) => r.signatory === signatory);
}

/** A level's Swedish name: the rule's label, else the known default, else the id. */
export function delegationLabel(rules: DelegationRules, signatory: Signatory): string {
  return rules.find((r) => r.signatory === signatory)?.label || DELEGATION_LEVEL_LABELS[signatory] || signatory;
}

/** Who signs: the delegation levels the person holds (ids of levels; unknown ids are ignored). */
export interface Delegate {
  delegations: readonly Signatory[];
}

/** The decision as delegation sees it. */
export interface DecisionToSign {
  outcome: DecisionOutcome;
  /** the initiative's requested amount */
  requestedAmount: Money;
  /** the granted amount of a grant (when missing, the requested amount counts) */
  grantedAmount?: Money | null;
}

/** The amount that decides the level: the granted amount of a grant, the requested amount otherwise. */
export function delegationAmount(decision: DecisionToSign): Money {
  return decision.outcome === 'GRANTED' ? (decision.grantedAmount ?? decision.requestedAmount) : decision.requestedAmount;
}

export type SigningDecision = { ok: true } | { ok: false; reason: 'DELEGATION_REQUIRED'; required: Signatory };

/**
 * May this person sign this decision? Grants need the level of the granted amount; rejections,
 * deferrals and returns the level of the requested amount (turning down a large application is as much
 * the director's decision as granting it). Any level at or above the required one will do.
 */
export function maySign(actor: Delegate, rules: DelegationRules, decision: DecisionToSign): SigningDecision {
  const required = ruleIndexFor(rules, delegationAmount(decision));
  const held = Math.max(-1, ...actor.delegations.map((d) => delegationRank(rules, d)));
  return held >= required ? { ok: true } : { ok: false, reason: 'DELEGATION_REQUIRED', required: (rules[required] as DelegationRule).signatory };
}

/** The largest amount the person may grant under the rules: 0 without a level, null when unlimited. */
export function signingLimit(actor: Delegate, rules: DelegationRules): Money | null {
  const held = Math.max(-1, ...actor.delegations.map((d) => delegationRank(rules, d)));
  if (held < 0) return 0;
  return (rules[held] as DelegationRule).upTo;
}
