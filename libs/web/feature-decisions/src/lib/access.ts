import { canManageMeetings, canViewPrioritisation, type Actor } from '@dp/domain/workflow';
import { DECISIONS_PATHS } from './paths';

/** May the actor open the meeting pages? Those who see the prioritisation do (the API checks it too). */
export function mayViewMeetings(actor: Actor): boolean {
  return canViewPrioritisation(actor).ok;
}

/** May the actor create a meeting? The portfolio office and the decision makers (changing one follows the meeting's own `mayEdit`). */
export function mayCreateMeetings(actor: Actor): boolean {
  return canManageMeetings(actor).ok;
}

export interface DecisionsNavItem {
  path: string;
  /** an i18next key with its namespace; translate it with any `t` of the app's instance */
  labelKey: string;
}

/** The menu item "Ledningsgruppsmöten" for those who may open it (none for the others). */
export function decisionsNavItems(actor: Actor): DecisionsNavItem[] {
  return mayViewMeetings(actor) ? [{ path: DECISIONS_PATHS.meetings, labelKey: 'decisions:nav.menu' }] : [];
}
