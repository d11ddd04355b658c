import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { transitionRule, type Action } from '@dp/domain/workflow';
import { readGraphQLError, type GraphQLFailure } from '@dp/web/data-access';

/** What went wrong with a step: the API's TRANSITION_REFUSED with its reason codes, or any other failure. */
export type TransitionFailure = { kind: 'transition-refused'; reasons: string[] } | GraphQLFailure;

/** Reads `extensions.code = 'TRANSITION_REFUSED'` with `extensions.reasons`, else the common error contract. */
export function readTransitionError(error: CombinedError | undefined | null): TransitionFailure | null {
  const refused = error?.graphQLErrors?.find((e) => e.extensions?.['code'] === 'TRANSITION_REFUSED');
  if (refused) {
    const reasons = refused.extensions?.['reasons'];
    return { kind: 'transition-refused', reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [] };
  }
  return readGraphQLError(error);
}

/** A refusal code in the UI language (an unknown code gets a general text). */
export function refusalText(t: TFunction, code: string): string {
  return t([`workflow.refusals.${code}`, 'workflow.refusals.UNKNOWN']);
}

/** The roles that may take an action, translated and joined: `Förvaltningsledning`, `Sökande, Förvaltningsledning`. */
export function actionRolesText(t: TFunction, action: Action): string {
  return transitionRule(action)
    .roles.map((role) => t(`roles.${role}`))
    .join(', ');
}

const MINUTE = 60_000;

/** A time span as people say it: `under en minut`, `5 minuter`, `3 timmar 20 minuter`, `2 dagar 4 timmar`. */
export function formatDuration(t: TFunction, milliseconds: number): string {
  const minutes = Math.floor(Math.max(0, milliseconds) / MINUTE);
  if (minutes < 1) return t('workflow.duration.lessThanMinute');
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: Array<['days' | 'hours' | 'minutes', number]> =
    days > 0
      ? [
          ['days', days],
          ['hours', hours],
        ]
      : [
          ['hours', hours],
          ['minutes', rest],
        ];
  const texts = parts.filter(([, n]) => n > 0).map(([unit, n]) => t(`workflow.duration.${unit}`, { count: n }));
  return texts.length === 2 ? t('workflow.duration.join', { first: texts[0], second: texts[1] }) : (texts[0] ?? '');
}
