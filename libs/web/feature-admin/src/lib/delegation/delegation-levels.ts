import { useMemo } from 'react';
import { useQuery } from 'urql';
import { defaultFundRound } from '@dp/web/data-access';
import { levelLabel, type DelegationRuleData } from './delegation-model';
import { DelegationLevelsQuery } from './operations';

/** A level of the delegation order a user may hold. */
export interface DelegationLevel {
  signatory: string;
  label: string;
  /** false for a level the user holds that the default round's order does not name */
  known: boolean;
}

/** The levels of a delegation order, lowest first, with their names. */
export function levelsOf(rules: readonly DelegationRuleData[]): DelegationLevel[] {
  return rules.map((r) => ({ signatory: r.signatory, label: levelLabel(r.signatory, r.label), known: true }));
}

/** The choices of the user form: the order's levels, then any level the user holds that it does not name. */
export function levelChoices(levels: readonly DelegationLevel[], held: readonly string[]): DelegationLevel[] {
  const known = new Set(levels.map((l) => l.signatory));
  const extra = [...new Set(held)].filter((s) => !known.has(s)).map((s) => ({ signatory: s, label: levelLabel(s, null), known: false }));
  return [...levels, ...extra];
}

/**
 * The levels of the default round's delegation order (the open round with the highest year, else the
 * latest): what a user can be given. Cached by graphcache like the departments.
 */
export function useDelegationLevels() {
  const [result, reexecute] = useQuery({ query: DelegationLevelsQuery });
  const data = useMemo(() => {
    const rounds = result.data?.fundRounds;
    if (!rounds) return undefined;
    return levelsOf(defaultFundRound(rounds)?.delegation ?? []);
  }, [result.data]);
  return {
    data,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
