import { hasRole, type Actor, type Role } from '@dp/domain/workflow';
import { PORTFOLIO_PATHS } from './paths';

/** The roles that see a round's prioritisation (portfolio, optimisation, scenarios); the API checks it too. */
export const PORTFOLIO_VIEWER_ROLES: readonly Role[] = ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP', 'DECISION_MAKER', 'AUDITOR', 'ADMINISTRATOR'];

/** May the actor open the prioritisation pages? */
export function mayViewPortfolio(actor: Actor): boolean {
  return PORTFOLIO_VIEWER_ROLES.some((role) => hasRole(actor, role));
}

/** The portfolio office and the management group save scenarios (the API checks it too). */
export function mayEditScenarios(actor: Actor): boolean {
  return hasRole(actor, 'PORTFOLIO_ANALYST') || hasRole(actor, 'MANAGEMENT_GROUP');
}

export interface PortfolioNavItem {
  path: string;
  /** an i18next key with its namespace; translate it with any `t` of the app's instance */
  labelKey: string;
}

/** The menu item "Prioritering" for those who may open it (none for the others). */
export function portfolioNavItems(actor: Actor): PortfolioNavItem[] {
  return mayViewPortfolio(actor) ? [{ path: PORTFOLIO_PATHS.root, labelKey: 'portfolio:nav.menu' }] : [];
}
