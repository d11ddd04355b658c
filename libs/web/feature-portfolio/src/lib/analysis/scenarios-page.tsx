import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManageScenarios, canViewPrioritisation } from '@dp/domain/workflow';
import { readGraphQLError, useCurrentUser } from '@dp/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { PortfolioNav } from '../portfolio-nav';
import { useScenariosTranslation } from './i18n';
import { ScenarioDeleteMutation, ScenarioListQuery, ScenarioProposeMutation, ScenarioWithdrawProposalMutation } from './operations';
import { ScenarioActionDialog, type PendingAction } from './scenario-action-dialog';
import { ScenarioComparison } from './scenario-comparison';
import { readScenarioFailure, type ScenarioFailure } from './scenario-errors';
import { ScenarioList, type ScenarioAction } from './scenario-list';
import { COMPARE_PARAM, MAX_COMPARED, comparedScenarios, compareParam, parseCompareParam } from './scenario-model';
import { NotAllowed, loadFailureText } from './shared';
import type { ScenarioView } from './types';

/**
 * Scenarier (`/portfolio/:roundId/scenarios`): the round's saved scenarios with their figures, the
 * proposal marked "Förslag till prioritering"; two or three compared side by side (`?compare=a,b`);
 * the portfolio office and the management group mark the proposal, withdraw it and delete scenarios.
 */
export function ScenariosPage() {
  const { t } = useScenariosTranslation();
  const { actor } = useCurrentUser();
  const { roundId = '' } = useParams();
  if (!canViewPrioritisation(actor).ok) return <NotAllowed title={t('list.title')} />;
  return <Scenarios roundId={roundId} mayManage={canManageScenarios(actor).ok} />;
}

function Scenarios({ roundId, mayManage }: { roundId: string; mayManage: boolean }) {
  const { t } = useScenariosTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const compareKey = compareParam(parseCompareParam(params.get(COMPARE_PARAM)));
  const [chosen, setChosen] = useState<string[]>(() => parseCompareParam(compareKey));
  // the link (or the browser's history) says what is compared: the checkboxes follow it
  useEffect(() => {
    if (compareKey) setChosen(parseCompareParam(compareKey));
  }, [compareKey]);

  const [result, reexecute] = useQuery({ query: ScenarioListQuery, variables: { fundRoundId: roundId }, requestPolicy: 'cache-and-network' });
  const [, propose] = useMutation(ScenarioProposeMutation);
  const [, withdraw] = useMutation(ScenarioWithdrawProposalMutation);
  const [, remove] = useMutation(ScenarioDeleteMutation);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<ScenarioFailure | null>(null);
  const comparisonHeading = useRef<HTMLHeadingElement>(null);
  const focusComparison = useRef(false);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const portfolio = result.data?.portfolio;
  const scenarios: readonly ScenarioView[] = useMemo(() => portfolio?.fundRound.scenarios ?? [], [portfolio]);
  const items = useMemo(() => (portfolio?.items ?? []).map((i) => ({ id: i.initiative.id, title: i.initiative.title })), [portfolio]);
  const compared = useMemo(() => comparedScenarios(scenarios, parseCompareParam(compareKey)), [scenarios, compareKey]);
  const showComparison = compared.length >= 2;

  useEffect(() => {
    if (showComparison && focusComparison.current) {
      focusComparison.current = false;
      comparisonHeading.current?.focus();
    }
  }, [showComparison, compareKey]);

  const setCompare = (ids: readonly string[]) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (ids.length) next.set(COMPARE_PARAM, compareParam(ids));
      else next.delete(COMPARE_PARAM);
      return next;
    });

  const toggle = (id: string) =>
    setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length >= MAX_COMPARED ? ids : [...ids, id]));

  const onAction = (action: ScenarioAction, scenario: ScenarioView) => {
    setFailure(null);
    setPending({ action, scenario });
  };

  const confirm = async () => {
    if (!pending) return;
    const { action, scenario } = pending;
    const variables = { id: scenario.id, version: scenario.version };
    setBusyId(scenario.id);
    const response = action === 'propose' ? await propose(variables) : action === 'withdraw' ? await withdraw(variables) : await remove(variables);
    setBusyId(null);
    setPending(null);
    if (response.error || !response.data) {
      setFailure(readScenarioFailure(response.error) ?? { kind: 'unknown' });
      return;
    }
    notify({ message: t(action === 'propose' ? 'actions.proposed' : action === 'withdraw' ? 'actions.withdrawn' : 'actions.deleted', { name: scenario.name }) });
    if (action === 'delete') {
      setChosen((ids) => ids.filter((x) => x !== scenario.id));
      const remaining = parseCompareParam(compareKey).filter((x) => x !== scenario.id);
      if (remaining.length !== parseCompareParam(compareKey).length) setCompare(remaining);
    }
    // the other scenarios of the round lose the mark, the criteria set is frozen, a scenario is gone: read them again
    reload();
  };

  let content;
  if (result.error && !portfolio) {
    const loadFailure = readGraphQLError(result.error);
    content = (
      <ErrorState
        {...loadFailureText(t, loadFailure)}
        {...(loadFailure?.kind === 'forbidden' || loadFailure?.kind === 'not-found' ? {} : { onRetry: reload })}
      />
    );
  } else if (!portfolio) {
    content = <LoadingState label={t('list.loading')} />;
  } else if (scenarios.length === 0) {
    content = <EmptyState message={t('list.empty')} hint={t('list.emptyHint')} />;
  } else {
    const proposal = portfolio.fundRound.proposal;
    content = (
      <>
        {!mayManage ? (
          <Text size="sm" data-testid="read-only">
            {t('list.readOnly')}
          </Text>
        ) : null}
        {failure ? (
          <FailurePanel
            failure={failure}
            onReload={() => {
              setFailure(null);
              reload();
            }}
          />
        ) : null}
        <ScenarioList roundName={portfolio.fundRound.name} scenarios={scenarios} chosen={chosen} onToggle={toggle} onAction={mayManage ? onAction : null} busyId={busyId} />
        <Stack gap={4} align="flex-start">
          <Button
            disabled={chosen.length < 2}
            onClick={() => {
              focusComparison.current = true;
              setCompare(chosen);
            }}
          >
            {chosen.length > 0 ? t('list.compareCount', { count: chosen.length }) : t('list.compare')}
          </Button>
          <Text size="sm" c="dimmed">
            {chosen.length >= MAX_COMPARED ? t('list.maxChosen') : t('list.compareHelp')}
          </Text>
        </Stack>
        {compareKey && !showComparison && !result.fetching ? (
          <Alert color="orange" variant="light" role="status" data-testid="compare-too-few">
            <Text size="sm">{t('compare.tooFew')}</Text>
          </Alert>
        ) : null}
        {showComparison ? (
          <ScenarioComparison
            scenarios={compared}
            items={items}
            budget={portfolio.budget}
            yearlyBudgets={portfolio.yearlyBudgets}
            onClose={() => setCompare([])}
            headingRef={comparisonHeading}
          />
        ) : null}
        <ScenarioActionDialog
          pending={pending}
          currentProposal={proposal ?? null}
          criteriaSet={portfolio.fundRound.criteriaSet}
          busy={busyId !== null}
          onConfirm={() => void confirm()}
          onCancel={() => {
            if (busyId === null) setPending(null);
          }}
        />
      </>
    );
  }

  return (
    <Page title={t('list.title')}>
      <PortfolioNav roundId={roundId} />
      {portfolio ? <Text maw={760}>{t('list.intro', { round: portfolio.fundRound.name })}</Text> : null}
      {content}
    </Page>
  );
}

/** A failed action, translated: a conflict or a scenario that is gone (with a reload), a refusal, the network. */
function FailurePanel({ failure, onReload }: { failure: ScenarioFailure; onReload: () => void }) {
  const { t } = useScenariosTranslation();
  if (failure.kind === 'conflict' || failure.kind === 'not-found') {
    return (
      <Alert color="orange" variant="light" title={failure.kind === 'conflict' ? t('errors.conflictTitle') : t('errors.failedTitle')} role="alert" data-testid="scenario-conflict">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{failure.kind === 'conflict' ? t('errors.conflictBody') : t('errors.notFound')}</Text>
          <Button onClick={onReload}>{t('errors.reload')}</Button>
        </Stack>
      </Alert>
    );
  }
  if (failure.kind === 'forbidden') return <ErrorState title={t('errors.forbiddenTitle')} message={t(`errors.${failure.reason}`)} />;
  return <ErrorState title={t('errors.failedTitle')} message={failure.kind === 'network' ? t('errors.network') : t('errors.failed')} />;
}
