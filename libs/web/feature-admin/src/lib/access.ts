import { hasRole, type Actor } from '@dp/domain/workflow';

/** Paths of the administration pages. */
export const ADMIN_PATHS = {
  users: '/admin/users',
  newUser: '/admin/users/new',
  user: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
  audit: '/audit',
  /** kalkylparametrar of a fund round: `?round=<id>` chooses the round */
  calculationParameters: '/calculation-parameters',
  /** bedömningskriterier, ska-krav, budget per år and personalkapacitet of a fund round: `?round=<id>` chooses the round */
  criteria: '/criteria',
} as const;

/** Administrators manage accounts and roles (the API checks it too). */
export function mayManageUsers(actor: Actor): boolean {
  return hasRole(actor, 'ADMINISTRATOR');
}

/** Auditors and administrators read the audit log (the API checks it too). */
export function mayReadAuditLog(actor: Actor): boolean {
  return hasRole(actor, 'AUDITOR') || hasRole(actor, 'ADMINISTRATOR');
}

/**
 * The portfolio office and administrators set a fund round's assessment criteria, must-requirements,
 * yearly budgets and staff capacity (the API checks it too).
 */
export function mayEditCriteria(actor: Actor): boolean {
  return hasRole(actor, 'PORTFOLIO_ANALYST') || hasRole(actor, 'ADMINISTRATOR');
}

/** The portfolio office and administrators set a fund round's calculation parameters (the API checks it too). */
export function mayEditCalculationParameters(actor: Actor): boolean {
  return hasRole(actor, 'PORTFOLIO_ANALYST') || hasRole(actor, 'ADMINISTRATOR');
}

export interface AdminNavItem {
  path: string;
  /** an i18next key with its namespace (`admin:nav.users`); translate it with any `t` of the app's instance */
  labelKey: string;
}

/** The menu items of the administration pages this actor may open (none for most roles). */
export function adminNavItems(actor: Actor): AdminNavItem[] {
  return [
    ...(mayEditCalculationParameters(actor) ? [{ path: ADMIN_PATHS.calculationParameters, labelKey: 'admin:nav.calculationParameters' }] : []),
    ...(mayEditCriteria(actor) ? [{ path: ADMIN_PATHS.criteria, labelKey: 'admin:nav.criteria' }] : []),
    ...(mayManageUsers(actor) ? [{ path: ADMIN_PATHS.users, labelKey: 'admin:nav.users' }] : []),
    ...(mayReadAuditLog(actor) ? [{ path: ADMIN_PATHS.audit, labelKey: 'admin:nav.audit' }] : []),
  ];
}
