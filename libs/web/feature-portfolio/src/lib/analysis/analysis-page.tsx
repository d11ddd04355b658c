import { Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { RoundItem } from '@dp/domain/prioritisation';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { canViewPrioritisation } from '@dp/domain/workflow';
import { readGraphQLError, useCurrentUser } from '@dp/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page } from '@dp/web/ui';
import { PortfolioNav } from '../portfolio-nav';
import { categoryStyle } from './charts/palette';
import { DistributionSection } from './distribution-section';
import { FrontierSection } from './frontier-section';
import { useScenariosTranslation } from './i18n';
import { AnalysisPortfolioQuery } from './operations';
import { NotAllowed, loadFailureText } from './shared';
import { ValueCostSection } from './value-cost-section';

/** The scenario compared with the portfolio: `?scenario=<id>`, `none` for none; the proposal by default. */
export const SCENARIO_PARAM = 'scenario';
const NO_SCENARIO = 'none';

/**
 * Analys (`/portfolio/:roundId/analysis`): Värde mot kostnad, Effektiv front and Fördelning of a round's
 * portfolio, each chart with a text summary and a table of its figures. A scenario (the proposal by
 * default) is drawn as a point at the frontier and compared in the distribution.
 */
export function AnalysisPage() {
  const { t } = useScenariosTranslation();
  const { actor } = useCurrentUser();
  const { roundId = '' } = useParams();
  if (!canViewPrioritisation(actor).ok) return <NotAllowed title={t('analysis.title')} />;
  return <Analysis roundId={roundId} />;
}

function Analysis({ roundId }: { roundId: string }) {
  const { t } = useScenariosTranslation();
  const [params, setParams] = useSearchParams();
  const [result, reexecute] = useQuery({ query: AnalysisPortfolioQuery, variables: { fundRoundId: roundId }, requestPolicy: 'cache-and-network' });
  const portfolio = result.data?.portfolio;

  // the portfolio as the optimiser reads it (the efficient frontier is computed in the browser)
  const roundItems = useMemo<RoundItem[]>(
    () =>
      (portfolio?.items ?? []).map((i) => ({
        id: i.initiative.id,
        requestedAmount: i.requestedAmount,
        amountsByYear: i.amountsByYear,
        staffHoursByYear: i.staffHoursByYear,
        score: i.score,
        npv: i.npv,
        npvPerKrona: i.npvPerKrona,
        eligibility: i.eligibility,
      })),
    [portfolio],
  );
  const departments = useMemo(() => {
    const byId = new Map<string, string>();
    for (const item of portfolio?.items ?? []) byId.set(item.initiative.department.id, item.initiative.department.name);
    return [...byId.entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((d, i) => ({ ...d, style: categoryStyle(i) }));
  }, [portfolio]);

  const scenarios = portfolio?.fundRound.scenarios ?? [];
  const wanted = params.get(SCENARIO_PARAM);
  const scenario =
    wanted === NO_SCENARIO
      ? null
      : (scenarios.find((s) => s.id === wanted) ?? scenarios.find((s) => s.id === portfolio?.fundRound.proposal?.id) ?? scenarios.find((s) => s.proposed) ?? null);
  const selection = useMemo(() => (scenario ? { name: scenario.name, selected: scenario.result.selected } : null), [scenario]);
  const point = useMemo(
    () =>
      scenario
        ? {
            name: scenario.name,
            cost: scenario.result.totalCost,
            scoreSum: scenario.result.scoreSum,
            npvSum: scenario.result.npvSum,
            shareOfOptimum: scenario.result.shareOfOptimum,
          }
        : null,
    [scenario],
  );

  let content;
  if (result.error && !portfolio) {
    const failure = readGraphQLError(result.error);
    const text = loadFailureText(t, failure);
    content = <ErrorState {...text} {...(failure?.kind === 'forbidden' || failure?.kind === 'not-found' ? {} : { onRetry: () => reexecute({ requestPolicy: 'network-only' }) })} />;
  } else if (!portfolio) {
    content = <LoadingState label={t('analysis.loading')} />;
  } else if (portfolio.items.length === 0) {
    content = <EmptyState message={t('analysis.empty')} />;
  } else {
    content = (
      <>
        <Select
          label={t('analysis.scenario')}
          description={t('analysis.scenarioHelp')}
          data={[
            { value: NO_SCENARIO, label: t('analysis.scenarioNone') },
            ...scenarios.map((s) => ({
              value: s.id,
              label: s.proposed ? t('analysis.proposalOption', { name: s.name }) : t('analysis.scenarioOption', { name: s.name, kind: t(`kinds.${s.kind}`) }),
            })),
          ]}
          value={scenario?.id ?? NO_SCENARIO}
          onChange={(value) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set(SCENARIO_PARAM, value ?? NO_SCENARIO);
                return next;
              },
              { replace: true },
            )
          }
          allowDeselect={false}
          maw={520}
        />
        <ValueCostSection items={portfolio.items} departments={departments} />
        <FrontierSection
          items={roundItems}
          budget={portfolio.budget}
          yearlyBudgets={portfolio.yearlyBudgets}
          staffCapacity={portfolio.staffCapacity}
          scenario={point}
        />
        <DistributionSection items={portfolio.items} scenario={selection} />
      </>
    );
  }

  return (
    <Page title={t('analysis.title')}>
      <PortfolioNav roundId={roundId} />
      {portfolio ? <Text maw={760}>{t('analysis.intro', { round: portfolio.fundRound.name })}</Text> : null}
      {content}
    </Page>
  );
}
