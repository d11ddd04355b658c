import { useTranslation } from 'react-i18next';
import { ErrorState, useValidationMessage } from '@dp/web/ui';
import type { GraphQLFailure, ServerFieldError } from '@dp/web/data-access';
import { failureText } from './failure-text';

/** A failed save that belongs to no single field: what happened, and a retry (submitting again). */
export function SaveError({ failure, unplaced, onRetry }: { failure: GraphQLFailure | null; unplaced: ServerFieldError[]; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  if (unplaced.length > 0) {
    return <ErrorState message={unplaced.map((e) => `${e.field}: ${message(e.reason, e.field)}`).join(' ')} />;
  }
  if (!failure || failure.kind === 'validation' || failure.kind === 'conflict') return null;
  const { retryable, ...text } = failureText(t, failure);
  return <ErrorState {...text} {...(retryable ? { onRetry } : {})} />;
}
