import { Button, Fieldset, Group, Paper, Progress, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { budgetSweep, type RoundItem } from '@dp/domain/prioritisation';
import { ErrorState } from '@dp/web/ui';
import { useAnalysisFormat } from './format';
import { FrontierView, type FrontierObjective } from './frontier-view';
import { useScenariosTranslation } from './i18n';
import type { FrontierJobPoint } from './frontier/frontier-job';
import { useFrontierRunner } from './frontier/frontier-runner';

/** Budget levels of the sweep (0 to twice the round's budget); the round's budget is the middle one. */
export const FRONTIER_STEPS = 12;

export interface FrontierSettings {
  objective: FrontierObjective;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
}

export interface FrontierSectionProps {
  /** the round's portfolio as the optimiser reads it */
  items: readonly RoundItem[];
  budget: number;
  yearlyBudgets: readonly { year: number; amount: number }[];
  staffCapacity: readonly { year: number; amount: number }[];
  /** the scenario shown as a point (the proposal by default) */
  scenario: { name: string; cost: number; scoreSum: number; npvSum: number; shareOfOptimum: number | null } | null;
}

const same = (a: FrontierSettings, b: FrontierSettings) =>
  a.objective === b.objective && a.useYearlyBudgets === b.useYearlyBudgets && a.useStaffCapacity === b.useStaffCapacity && a.onlyEligible === b.onlyEligible;

/**
 * Effektiv front: the settings (objective, yearly budgets, staff capacity, only eligible initiatives),
 * the frontier computed in a Web Worker with the exact optimiser (one budget after the other, with the
 * progress shown), and the result as chart, summary and table. It runs once with the defaults when
 * shown, and again on "Beräkna effektiv front".
 */
export function FrontierSection({ items, budget, yearlyBudgets, staffCapacity, scenario }: FrontierSectionProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const headingId = useId();
  const runner = useFrontierRunner();
  const hasYearlyBudgets = yearlyBudgets.length > 0;
  const hasStaffCapacity = staffCapacity.length > 0;
  const defaults: FrontierSettings = { objective: 'SCORE', useYearlyBudgets: hasYearlyBudgets, useStaffCapacity: hasStaffCapacity, onlyEligible: true };
  const [form, setForm] = useState<FrontierSettings>(defaults);
  const [applied, setApplied] = useState<FrontierSettings>(defaults);
  /** bumped by "Beräkna effektiv front" with unchanged settings: runs again */
  const [runCount, setRunCount] = useState(0);
  const [state, setState] = useState<{ points: FrontierJobPoint[] | null; progress: { done: number; total: number } | null; failed: boolean }>({
    points: null,
    progress: null,
    failed: false,
  });

  useEffect(() => {
    const run = runner(
      {
        items: [...items],
        budgets: budgetSweep(2 * budget, FRONTIER_STEPS),
        settings: {
          objective: applied.objective,
          budget,
          yearlyBudgets: [...yearlyBudgets],
          staffCapacity: [...staffCapacity],
          useYearlyBudgets: applied.useYearlyBudgets,
          useStaffCapacity: applied.useStaffCapacity,
          onlyEligible: applied.onlyEligible,
          forcedIn: [],
          forcedOut: [],
        },
      },
      (done, total) => setState((s) => ({ ...s, progress: { done, total } })),
    );
    setState((s) => ({ ...s, progress: { done: 0, total: FRONTIER_STEPS + 1 }, failed: false }));
    let current = true;
    run.result.then(
      (points) => current && setState({ points, progress: null, failed: false }),
      () => current && setState((s) => ({ ...s, progress: null, failed: true })),
    );
    return () => {
      current = false;
      run.cancel();
    };
  }, [runner, items, budget, yearlyBudgets, staffCapacity, applied, runCount]);

  const run = () => {
    if (same(form, applied)) setRunCount((n) => n + 1);
    else setApplied(form);
  };
  const set = <K extends keyof FrontierSettings>(key: K, value: FrontierSettings[K]) => setForm((f) => ({ ...f, [key]: value }));

  const points = state.points;
  const running = state.progress !== null;
  const point = useMemo(
    () =>
      scenario
        ? { name: scenario.name, cost: scenario.cost, value: applied.objective === 'SCORE' ? scenario.scoreSum : scenario.npvSum, shareOfOptimum: scenario.shareOfOptimum }
        : null,
    [scenario, applied.objective],
  );

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="frontier">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('frontier.title')}
        </Title>
        <Text size="sm">{t('frontier.intro')}</Text>
        <Fieldset legend={t('frontier.settings')}>
          <Stack gap="sm">
            <Radio.Group label={t('frontier.objective')} value={form.objective} onChange={(v) => set('objective', v === 'NPV' ? 'NPV' : 'SCORE')}>
              <Group gap="md" mt={4}>
                <Radio value="SCORE" label={t('frontier.objectives.SCORE')} />
                <Radio value="NPV" label={t('frontier.objectives.NPV')} />
              </Group>
            </Radio.Group>
            <Switch
              label={t('frontier.useYearlyBudgets')}
              description={hasYearlyBudgets ? undefined : t('frontier.noYearlyBudgets')}
              checked={form.useYearlyBudgets}
              disabled={!hasYearlyBudgets}
              onChange={(e) => set('useYearlyBudgets', e.currentTarget.checked)}
            />
            <Switch
              label={t('frontier.useStaffCapacity')}
              description={hasStaffCapacity ? undefined : t('frontier.noStaffCapacity')}
              checked={form.useStaffCapacity}
              disabled={!hasStaffCapacity}
              onChange={(e) => set('useStaffCapacity', e.currentTarget.checked)}
            />
            <Switch label={t('frontier.onlyEligible')} checked={form.onlyEligible} onChange={(e) => set('onlyEligible', e.currentTarget.checked)} />
            <Group>
              <Button onClick={run} loading={running}>
                {t('frontier.run')}
              </Button>
            </Group>
            {!same(form, applied) && !running ? (
              <Text size="sm" fw={600} data-testid="frontier-stale">
                {t('frontier.stale')}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        {state.progress ? (
          <Stack gap={4} data-testid="frontier-progress">
            <Text size="sm" role="status">
              {t('frontier.running', { steps: FRONTIER_STEPS, max: format.money(2 * budget) })} {t('frontier.progress', { done: state.progress.done, total: state.progress.total })}
            </Text>
            <Progress value={(100 * state.progress.done) / Math.max(1, state.progress.total)} aria-hidden="true" />
          </Stack>
        ) : null}
        {state.failed && !running ? <ErrorState title={t('frontier.failedTitle')} onRetry={() => setRunCount((n) => n + 1)} /> : null}
        {points && !running ? <FrontierView points={points} objective={applied.objective} budget={budget} scenario={point} /> : null}
      </Stack>
    </Paper>
  );
}
