import type { CombinedError } from 'urql';
import { readGraphQLError, type GraphQLFailure } from '@dp/web/data-access';

/** Why a calculation could not be saved: the common failures, or FORBIDDEN with the calculation's own reason. */
export type CalculationFailure = GraphQLFailure | { kind: 'calculation-frozen' };

/** Reads the API's error (FORBIDDEN with reason CALCULATION_FROZEN first, then the common contract). */
export function readCalculationError(error: CombinedError | undefined | null): CalculationFailure | null {
  const frozen = error?.graphQLErrors?.find((e) => e.extensions?.['code'] === 'FORBIDDEN' && e.extensions?.['reason'] === 'CALCULATION_FROZEN');
  if (frozen) return { kind: 'calculation-frozen' };
  return readGraphQLError(error);
}
