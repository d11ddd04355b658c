import { hasRole, type Actor, type Role } from './roles.js';

/** Where an initiative is in the process (Huddinge model). */
export const STATUSES = [
  'DRAFT', // utkast
  'AWAITING_ANCHORING', // väntar på förankring
  'SUBMITTED', // inskickad (förankrad)
  'IN_PREPARATION', // under beredning
  'AWAITING_COMPLETION', // komplettering begärd
  'PREPARED', // beredd, redo för prioritering
  'GRANTED', // beviljad
  'REJECTED', // avslag
  'DEFERRED', // bordlagd
  'IN_PROGRESS', // pågår
  'COMPLETED', // genomförd
  'FOLLOWED_UP', // uppföljd
  'WITHDRAWN', // återtagen
] as const;
export type Status = (typeof STATUSES)[number];

/** States from which nothing more happens. */
export const TERMINAL_STATUSES: readonly Status[] = ['REJECTED', 'FOLLOWED_UP', 'WITHDRAWN'];
/** Open states: the application can still be withdrawn. */
export const OPEN_STATUSES: readonly Status[] = [
  'DRAFT',
  'AWAITING_ANCHORING',
  'SUBMITTED',
  'IN_PREPARATION',
  'AWAITING_COMPLETION',
  'PREPARED',
  'DEFERRED',
];

export const ACTIONS = [
  'REQUEST_ANCHORING', // sökande skickar för förankring
  'DECLINE_ANCHORING', // förvaltningsledningen skickar tillbaka
  'ANCHOR', // förvaltningsledningen förankrar, ansökan skickas in
  'START_PREPARATION', // portföljkontoret börjar bereda
  'REQUEST_COMPLETION', // begäran om komplettering
  'COMPLETE', // sökande kompletterar
  'MARK_PREPARED', // beredd
  'GRANT',
  'REJECT',
  'DEFER',
  'RETURN', // återremiss: tillbaka till beredning
  'RESUME_DEFERRED', // en bordlagd ansökan tas upp igen
  'START_DELIVERY',
  'MARK_COMPLETED',
  'MARK_FOLLOWED_UP',
  'WITHDRAW',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Why an action is refused: stable codes the client translates. */
export type RefusalCode =
  | 'WRONG_STATUS'
  | 'ROLE_REQUIRED'
  | 'OTHER_DEPARTMENT'
  | 'MANDATORY_FIELDS_MISSING'
  | 'NOT_ANCHORED'
  | 'PERSONAL_DATA_UNASSESSED'
  | 'REALISATION_PLAN_INCOMPLETE'
  | 'REASON_REQUIRED'
  | 'DECISION_REQUIRED';

/** What the rules need to know of an initiative. */
export interface InitiativeSnapshot {
  status: Status;
  departmentId: string;
  /** mandatory application fields still empty (computed by the application rules) */
  missingMandatoryFields: readonly string[];
  /** the department head's anchoring, if given */
  anchoredAt: string | null;
  handlesPersonalData: boolean;
  /** K/R/T classification done */
  informationClassified: boolean;
  /** DPIA done or judged not needed */
  dpiaSettled: boolean;
  /** the calculation in force names benefits, each with a complete benefit realisation plan */
  realisationPlanComplete: boolean;
}

export interface ActionInput {
  reason?: string | null;
}

type Precondition = (i: InitiativeSnapshot, input: ActionInput) => RefusalCode | null;

const mandatoryFields: Precondition = (i) => (i.missingMandatoryFields.length > 0 ? 'MANDATORY_FIELDS_MISSING' : null);
const anchored: Precondition = (i) => (i.anchoredAt ? null : 'NOT_ANCHORED');
const personalData: Precondition = (i) =>
  i.handlesPersonalData && !(i.informationClassified && i.dpiaSettled) ? 'PERSONAL_DATA_UNASSESSED' : null;
const realisationPlan: Precondition = (i) => (i.realisationPlanComplete ? null : 'REALISATION_PLAN_INCOMPLETE');
const reason: Precondition = (_i, input) => (input.reason && input.reason.trim().length > 0 ? null : 'REASON_REQUIRED');

export interface TransitionRule {
  action: Action;
  from: readonly Status[];
  to: Status;
  /** any one of these roles may act */
  roles: readonly Role[];
  preconditions: readonly Precondition[];
}

/** The whole process as data: who may move an initiative from where to where, and on what condition. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'REQUEST_ANCHORING', from: ['DRAFT'], to: 'AWAITING_ANCHORING', roles: ['APPLICANT'], preconditions: [mandatoryFields] },
  { action: 'DECLINE_ANCHORING', from: ['AWAITING_ANCHORING'], to: 'DRAFT', roles: ['DEPARTMENT_HEAD'], preconditions: [reason] },
  { action: 'ANCHOR', from: ['AWAITING_ANCHORING'], to: 'SUBMITTED', roles: ['DEPARTMENT_HEAD'], preconditions: [mandatoryFields] },
  { action: 'START_PREPARATION', from: ['SUBMITTED'], to: 'IN_PREPARATION', roles: ['PORTFOLIO_ANALYST'], preconditions: [anchored] },
  { action: 'REQUEST_COMPLETION', from: ['IN_PREPARATION'], to: 'AWAITING_COMPLETION', roles: ['PORTFOLIO_ANALYST'], preconditions: [reason] },
  { action: 'COMPLETE', from: ['AWAITING_COMPLETION'], to: 'IN_PREPARATION', roles: ['APPLICANT'], preconditions: [mandatoryFields] },
  { action: 'MARK_PREPARED', from: ['IN_PREPARATION'], to: 'PREPARED', roles: ['PORTFOLIO_ANALYST'], preconditions: [mandatoryFields, anchored, personalData, realisationPlan] },
  { action: 'GRANT', from: ['PREPARED'], to: 'GRANTED', roles: ['DECISION_MAKER'], preconditions: [anchored, personalData] },
  { action: 'REJECT', from: ['PREPARED'], to: 'REJECTED', roles: ['DECISION_MAKER'], preconditions: [reason] },
  { action: 'DEFER', from: ['PREPARED'], to: 'DEFERRED', roles: ['DECISION_MAKER'], preconditions: [reason] },
  { action: 'RETURN', from: ['PREPARED'], to: 'IN_PREPARATION', roles: ['DECISION_MAKER'], preconditions: [reason] },
  { action: 'RESUME_DEFERRED', from: ['DEFERRED'], to: 'PREPARED', roles: ['PORTFOLIO_ANALYST'], preconditions: [] },
  { action: 'START_DELIVERY', from: ['GRANTED'], to: 'IN_PROGRESS', roles: ['APPLICANT', 'PORTFOLIO_ANALYST'], preconditions: [] },
  { action: 'MARK_COMPLETED', from: ['IN_PROGRESS'], to: 'COMPLETED', roles: ['APPLICANT', 'PORTFOLIO_ANALYST'], preconditions: [] },
  { action: 'MARK_FOLLOWED_UP', from: ['COMPLETED'], to: 'FOLLOWED_UP', roles: ['PORTFOLIO_ANALYST'], preconditions: [] },
  { action: 'WITHDRAW', from: OPEN_STATUSES, to: 'WITHDRAWN', roles: ['APPLICANT', 'DEPARTMENT_HEAD'], preconditions: [reason] },
];

/**
 * The decision maker's actions. They are taken by recording a decision (beslut: amount, diarienummer,
 * delegation, commitment against the fund), never as a bare status change.
 */
export const DECISION_ACTIONS: readonly Action[] = ['GRANT', 'REJECT', 'DEFER', 'RETURN'];

const byAction = new Map(TRANSITIONS.map((t) => [t.action, t]));

/** Actions that need a written reason (the form asks for it before sending). */
export const REASON_REQUIRED_ACTIONS: readonly Action[] = TRANSITIONS.filter((t) => t.preconditions.includes(reason)).map((t) => t.action);

export function transitionRule(action: Action): TransitionRule {
  const rule = byAction.get(action);
  if (!rule) throw new Error(`Unknown action ${action}`);
  return rule;
}

export type Decision = { ok: true; to: Status } | { ok: false; reasons: RefusalCode[] };

/**
 * May this actor take this action on this initiative now? Every reason that stands in the way is
 * returned (status first, then role, then the preconditions), so the client can explain it.
 */
export function decide(initiative: InitiativeSnapshot, action: Action, actor: Actor, input: ActionInput = {}): Decision {
  const rule = transitionRule(action);
  if (!rule.from.includes(initiative.status)) return { ok: false, reasons: ['WRONG_STATUS'] };
  const reasons: RefusalCode[] = [];
  if (!rule.roles.some((role) => hasRole(actor, role, initiative.departmentId))) {
    const holdsRoleElsewhere = rule.roles.some((role) => actor.roles.some((g) => g.role === role));
    reasons.push(holdsRoleElsewhere ? 'OTHER_DEPARTMENT' : 'ROLE_REQUIRED');
  }
  for (const pre of rule.preconditions) {
    const refusal = pre(initiative, input);
    if (refusal) reasons.push(refusal);
  }
  return reasons.length ? { ok: false, reasons } : { ok: true, to: rule.to };
}

export interface AvailableAction {
  action: Action;
  to: Status;
  allowed: boolean;
  reasons: RefusalCode[];
}

/**
 * The actions that apply to the initiative's current status, each with whether this actor may take it
 * and, if not, why. Reasons that depend only on the action's input (a missing reason text) are not
 * counted here: the form asks for them.
 */
export function availableActions(initiative: InitiativeSnapshot, actor: Actor): AvailableAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(initiative.status)).map((t) => {
    const d = decide(initiative, t.action, actor, { reason: 'given' });
    return { action: t.action, to: t.to, allowed: d.ok, reasons: d.ok ? [] : d.reasons };
  });
}

/** The states reachable from DRAFT by the rules, ignoring who acts. */
export function reachableStatuses(from: Status = 'DRAFT'): Set<Status> {
  const seen = new Set<Status>([from]);
  const queue: Status[] = [from];
  while (queue.length) {
    const s = queue.shift() as Status;
    for (const t of TRANSITIONS) {
      if (t.from.includes(s) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}
