import type { CombinedError } from '@urql/core';
import { readGraphQLError } from '@dp/web/data-access';

/** The API's FORBIDDEN reasons for scenario actions (stable codes), or UNKNOWN for one this client does not know. */
export const SCENARIO_REFUSALS = ['ROLE_REQUIRED', 'SCENARIO_PROPOSED', 'SCENARIO_OUTDATED', 'SCENARIO_NOT_PROPOSED'] as const;
export type ScenarioRefusal = (typeof SCENARIO_REFUSALS)[number] | 'UNKNOWN';

/** Why a scenario action (propose, withdraw, delete) failed, in the terms the page reacts to. */
export type ScenarioFailure =
  | { kind: 'conflict' }
  | { kind: 'forbidden'; reason: ScenarioRefusal }
  | { kind: 'not-found' }
  | { kind: 'network' }
  | { kind: 'unknown' };

/**
 * Reads the API's error of a scenario mutation: CONFLICT (the scenario or the proposal changed since
 * the page read it), FORBIDDEN (the role, or a proposed scenario that cannot be changed or deleted),
 * NOT_FOUND, the network, or anything else.
 */
export function readScenarioFailure(error: CombinedError | undefined | null): ScenarioFailure | null {
  const failure = readGraphQLError(error);
  if (!failure) return null;
  switch (failure.kind) {
    case 'conflict':
    case 'not-found':
    case 'network':
      return { kind: failure.kind };
    case 'forbidden': {
      // the scenario reasons are the API's own (not the domain's access refusals): read them from the error
      const raw = (error?.graphQLErrors ?? []).map((e) => e.extensions?.['reason']).find((r) => typeof r === 'string');
      const known = (SCENARIO_REFUSALS as readonly unknown[]).includes(raw) ? (raw as ScenarioRefusal) : 'UNKNOWN';
      return { kind: 'forbidden', reason: known };
    }
    default:
      return { kind: 'unknown' };
  }
}
