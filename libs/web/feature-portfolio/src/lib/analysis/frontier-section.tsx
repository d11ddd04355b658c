import { Button, Fieldset, Group, Paper, Progress, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { readGraphQLError } from '@dp/web/data-access';
import { ErrorState, LoadingState } from '@dp/web/ui';
import { useAnalysisFormat } from './format';
import { FrontierView, type FrontierObjective } from './frontier-view';
import { useScenariosTranslation } from './i18n';
import { AnalysisFrontierQuery } from './operations';

/** Budget levels of the sweep (0 to twice the round's budget); the round's budget is the middle one. */
export const FRONTIER_STEPS = 12;

export interface FrontierSettings {
  objective: FrontierObjective;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
}

export interface FrontierSectionProps {
  fundRoundId: string;
  budget: number;
  hasYearlyBudgets: boolean;
  hasStaffCapacity: boolean;
  /** the scenario shown as a point (the proposal by default) */
  scenario: { name: string; cost: number; scoreSum: number; npvSum: number; shareOfOptimum: number | null } | null;
}

const same = (a: FrontierSettings, b: FrontierSettings) =>
  a.objective === b.objective && a.useYearlyBudgets === b.useYearlyBudgets && a.useStaffCapacity === b.useStaffCapacity && a.onlyEligible === b.onlyEligible;

/**
 * Effektiv front: the settings (objective, yearly budgets, staff capacity, only eligible initiatives),
 * the API's `efficientFrontier` with its progress while it runs, and the result as chart, summary and
 * table. It runs once with the defaults when shown, and again on "Beräkna effektiv front".
 */
export function FrontierSection({ fundRoundId, budget, hasYearlyBudgets, hasStaffCapacity, scenario }: FrontierSectionProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const headingId = useId();
  const defaults: FrontierSettings = { objective: 'SCORE', useYearlyBudgets: hasYearlyBudgets, useStaffCapacity: hasStaffCapacity, onlyEligible: true };
  const [form, setForm] = useState<FrontierSettings>(defaults);
  const [applied, setApplied] = useState<FrontierSettings>(defaults);
  const [result, reexecute] = useQuery({
    query: AnalysisFrontierQuery,
    variables: { fundRoundId, steps: FRONTIER_STEPS, settings: { ...applied, forcedIn: [], forcedOut: [] } },
  });

  const run = () => {
    if (same(form, applied)) reexecute({ requestPolicy: 'network-only' });
    else setApplied(form);
  };
  const set = <K extends keyof FrontierSettings>(key: K, value: FrontierSettings[K]) => setForm((f) => ({ ...f, [key]: value }));

  const points = result.data?.efficientFrontier;
  const failure = result.error ? readGraphQLError(result.error) : null;
  const running = result.fetching;
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
        {running ? (
          <Stack gap={4} data-testid="frontier-progress">
            <Progress value={100} striped animated aria-hidden="true" />
            <LoadingState label={t('frontier.running', { steps: FRONTIER_STEPS, max: format.money(2 * budget) })} />
          </Stack>
        ) : null}
        {failure && !running ? (
          <ErrorState
            title={t('frontier.failedTitle')}
            message={
              failure.kind === 'network'
                ? t('errors.network')
                : failure.kind === 'forbidden'
                  ? t('notAllowed.body')
                  : undefined
            }
            {...(failure.kind === 'forbidden' ? {} : { onRetry: () => reexecute({ requestPolicy: 'network-only' }) })}
          />
        ) : null}
        {points && !running ? <FrontierView points={points} objective={applied.objective} budget={budget} scenario={point} /> : null}
      </Stack>
    </Paper>
  );
}
