import type { CombinedError } from 'urql';
import { readGraphQLError, type GraphQLFailure } from '@dp/web/data-access';

/** Why a save failed: the common failures, with a refusal's own reason kept as the API sent it. */
export type AssessmentFailure = Exclude<GraphQLFailure, { kind: 'forbidden' }> | { kind: 'forbidden'; reason: string };

/** Reads the API's error contract; FORBIDDEN keeps its `reason` (e.g. NOT_EDITABLE, ROLE_REQUIRED) for the translation. */
export function readAssessmentError(error: CombinedError | undefined | null): AssessmentFailure | null {
  const failure = readGraphQLError(error);
  if (failure?.kind !== 'forbidden') return failure;
  const raw = error?.graphQLErrors?.find((e) => e.extensions?.['code'] === 'FORBIDDEN')?.extensions?.['reason'];
  return { kind: 'forbidden', reason: typeof raw === 'string' && raw !== '' ? raw : failure.reason };
}
