import { hasRole, type Actor, type Role } from './roles.js';
import type { Status } from './workflow.js';

/** Roles that see every department's initiatives (portfolio-wide work, oversight). */
export const PORTFOLIO_WIDE_ROLES: readonly Role[] = [
  'PORTFOLIO_ANALYST',
  'MANAGEMENT_GROUP',
  'DECISION_MAKER',
  'OBJECT_OWNER',
  'AUDITOR',
  'ADMINISTRATOR',
];

/** States in which the department may still edit its application. */
export const EDITABLE_STATUSES: readonly Status[] = ['DRAFT', 'AWAITING_ANCHORING', 'AWAITING_COMPLETION'];

export type AccessRefusal = 'ROLE_REQUIRED' | 'OTHER_DEPARTMENT' | 'NOT_EDITABLE';
export type AccessDecision = { ok: true } | { ok: false; reason: AccessRefusal };

/** Which initiatives the actor may see: all, or those of some departments. */
export interface Visibility {
  all: boolean;
  departmentIds: string[];
}

export function visibility(actor: Actor): Visibility {
  if (PORTFOLIO_WIDE_ROLES.some((r) => hasRole(actor, r))) return { all: true, departmentIds: [] };
  const departmentIds = actor.roles
    .filter((g) => (g.role === 'APPLICANT' || g.role === 'DEPARTMENT_HEAD') && g.departmentId)
    .map((g) => g.departmentId as string);
  return { all: false, departmentIds: [...new Set(departmentIds)] };
}

export function canView(actor: Actor, initiative: { departmentId: string }): boolean {
  const v = visibility(actor);
  return v.all || v.departmentIds.includes(initiative.departmentId);
}

/** Applicants write their own department's applications. */
export function canCreate(actor: Actor, departmentId: string): AccessDecision {
  if (hasRole(actor, 'APPLICANT', departmentId)) return { ok: true };
  return { ok: false, reason: actor.roles.some((g) => g.role === 'APPLICANT') ? 'OTHER_DEPARTMENT' : 'ROLE_REQUIRED' };
}

/** The department's applicants and head edit while the application is with the department. */
export function canEdit(actor: Actor, initiative: { departmentId: string; status: Status }): AccessDecision {
  const own = hasRole(actor, 'APPLICANT', initiative.departmentId) || hasRole(actor, 'DEPARTMENT_HEAD', initiative.departmentId);
  if (!own) {
    const elsewhere = actor.roles.some((g) => g.role === 'APPLICANT' || g.role === 'DEPARTMENT_HEAD');
    return { ok: false, reason: elsewhere ? 'OTHER_DEPARTMENT' : 'ROLE_REQUIRED' };
  }
  return EDITABLE_STATUSES.includes(initiative.status) ? { ok: true } : { ok: false, reason: 'NOT_EDITABLE' };
}

export const COMMENT_MAX_LENGTH = 5000;

/** Everyone who may see an initiative may comment on it, except the auditors (they change nothing). */
export function canComment(actor: Actor, initiative: { departmentId: string }): AccessDecision {
  if (!canView(actor, initiative)) return { ok: false, reason: 'OTHER_DEPARTMENT' };
  return actor.roles.some((g) => g.role !== 'AUDITOR') ? { ok: true } : { ok: false, reason: 'ROLE_REQUIRED' };
}

/** States in which the portfolio office reviews the calculation (beredning). */
export const REVIEW_STATUSES: readonly Status[] = ['SUBMITTED', 'IN_PREPARATION', 'AWAITING_COMPLETION'];

/** Whose benefit calculation: the applicant's own or the portfolio office's reviewed version. */
export type CalculationOwner = 'APPLICANT' | 'REVIEWED';

/**
 * The applicant's calculation is part of the application: it is edited by those who edit the
 * application, when they may. The reviewed calculation is the portfolio office's, during preparation.
 * (A frozen calculation is refused separately: a decision has been taken on it.)
 */
export function canEditCalculation(actor: Actor, initiative: { departmentId: string; status: Status }, kind: CalculationOwner): AccessDecision {
  if (kind === 'APPLICANT') return canEdit(actor, initiative);
  if (!hasRole(actor, 'PORTFOLIO_ANALYST')) return { ok: false, reason: 'ROLE_REQUIRED' };
  return REVIEW_STATUSES.includes(initiative.status) ? { ok: true } : { ok: false, reason: 'NOT_EDITABLE' };
}

/** The portfolio office (and administrators) set a round's calculation parameters. */
export function canSetCalculationParameters(actor: Actor): AccessDecision {
  return hasRole(actor, 'PORTFOLIO_ANALYST') || hasRole(actor, 'ADMINISTRATOR') ? { ok: true } : { ok: false, reason: 'ROLE_REQUIRED' };
}

// ---------------------------------------------------------------------------------------------------
// Prioritisation (issue 5): criteria, assessments, eligibility, portfolio, scenarios

const anyRole = (actor: Actor, roles: readonly Role[]): AccessDecision => (roles.some((r) => hasRole(actor, r)) ? { ok: true } : { ok: false, reason: 'ROLE_REQUIRED' });

/** Roles that see the prioritisation: assessments, the portfolio of a round, optimisation and scenarios. */
export const PRIORITISATION_READERS: readonly Role[] = ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP', 'DECISION_MAKER', 'AUDITOR', 'ADMINISTRATOR'];

/** The statuses in which an initiative is assessed (bedömning) and its must-requirements answered. */
export const ASSESSMENT_STATUSES: readonly Status[] = ['SUBMITTED', 'IN_PREPARATION', 'AWAITING_COMPLETION', 'PREPARED'];

/** Assessments, scores, eligibility, the portfolio, optimisation and scenarios are read by these roles. */
export function canViewPrioritisation(actor: Actor): AccessDecision {
  return anyRole(actor, PRIORITISATION_READERS);
}

/** The portfolio office (and administrators) set a round's criteria, must-requirements and capacities. */
export function canManageCriteria(actor: Actor): AccessDecision {
  return anyRole(actor, ['PORTFOLIO_ANALYST', 'ADMINISTRATOR']);
}

/** The portfolio office and the management group score initiatives while they are being prepared or are prepared. */
export function canAssess(actor: Actor, initiative: { status: Status }): AccessDecision {
  const role = anyRole(actor, ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP']);
  if (!role.ok) return role;
  return ASSESSMENT_STATUSES.includes(initiative.status) ? { ok: true } : { ok: false, reason: 'NOT_EDITABLE' };
}

/** The portfolio office answers an initiative's must-requirements (ska-krav). */
export function canReviewEligibility(actor: Actor, initiative: { status: Status }): AccessDecision {
  const role = anyRole(actor, ['PORTFOLIO_ANALYST']);
  if (!role.ok) return role;
  return ASSESSMENT_STATUSES.includes(initiative.status) ? { ok: true } : { ok: false, reason: 'NOT_EDITABLE' };
}

/** The portfolio office and the management group save scenarios and mark the proposal. */
export function canManageScenarios(actor: Actor): AccessDecision {
  return anyRole(actor, ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP']);
}

/** The portfolio office prepares the management group's meetings; the decision maker holds them. */
export function canManageMeetings(actor: Actor): AccessDecision {
  return anyRole(actor, ['PORTFOLIO_ANALYST', 'DECISION_MAKER']);
}

/** Decisions are recorded by the decision maker (delegation decides up to which amount). */
export function canRecordDecisions(actor: Actor): AccessDecision {
  return anyRole(actor, ['DECISION_MAKER']);
}

/** Administrators set a round's delegation order (delegationsordning) and who holds which level. */
export function canManageDelegation(actor: Actor): AccessDecision {
  return anyRole(actor, ['ADMINISTRATOR']);
}
