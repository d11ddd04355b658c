import type { TFunction } from 'i18next';
import type { GraphQLFailure } from '@dp/web/data-access';
import type { ErrorStateProps } from '@dp/web/ui';

/**
 * The heading and text of an ErrorState for a failed load or save: the network, a refusal (FORBIDDEN
 * with its reason) or the generic text. Whether a retry makes sense too (not after a refusal).
 */
export function failureText(t: TFunction, failure: GraphQLFailure | null): Pick<ErrorStateProps, 'title' | 'message'> & { retryable: boolean } {
  if (failure?.kind === 'network') return { message: t('common.networkError'), retryable: true };
  if (failure?.kind === 'forbidden') return { title: t('forbidden.title'), message: t(`forbidden.${failure.reason}`), retryable: false };
  return { retryable: true };
}
