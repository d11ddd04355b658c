import { Alert, Text } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { useMemo } from 'react';
import { Navigate, useParams } from 'react-router';
import { createRequest, useClient, useMutation, useQuery } from 'urql';
import { pipe, take, toPromise } from 'wonka';
import { readGraphQLError, useCurrentUser, type BoardScenarioFieldsFragment, type PortfolioBoardQuery as BoardData, defaultFundRound } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page } from '@dp/web/ui';
import { mayEditScenarios, mayViewPortfolio } from './access';
import type { BoardItem, BoardRound, ScenarioInputShape, SettingsInput } from './board-model';
import { usePortfolioTranslation } from './i18n';
import { BoardOptimiseQuery, BoardSaveScenarioMutation, PortfolioBoardQuery, PortfolioRoundsQuery } from './operations';
import { PORTFOLIO_PATHS } from './paths';
import { PortfolioBoard, type BoardScenario, type OptimiseOutcome } from './portfolio-board';
import { PortfolioNav } from './portfolio-nav';
import type { SaveScenarioFailure, SaveScenarioOutcome } from './save-scenario-panel';

/** The page's heading and why the signed-in user cannot see the prioritisation (the API refuses too). */
export function PortfolioNotAllowed({ title }: { title: string }) {
  const { t } = usePortfolioTranslation();
  return (
    <Page title={title}>
      <Alert color="blue" variant="light" title={t('notAllowed.title')} data-testid="not-allowed">
        <Text size="sm">{t('notAllowed.body')}</Text>
      </Alert>
    </Page>
  );
}

/** `/portfolio`: to the open round's board (the newest open one), else the newest round's. */
export function PortfolioRootPage() {
  const { t } = usePortfolioTranslation();
  const { actor } = useCurrentUser();
  const allowed = mayViewPortfolio(actor);
  const [result, reexecute] = useQuery({ query: PortfolioRoundsQuery, pause: !allowed });
  if (!allowed) return <PortfolioNotAllowed title={t('root.title')} />;
  const round = defaultFundRound(result.data?.fundRounds ?? []);
  if (round) return <Navigate to={PORTFOLIO_PATHS.board(round.id)} replace />;
  return (
    <Page title={t('root.title')}>
      {result.error && !result.data ? (
        <ErrorState onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <LoadingState label={t('root.loading')} />
      ) : (
        <Text>{t('root.noRounds')}</Text>
      )}
    </Page>
  );
}

/** `/portfolio/:roundId`: the ranking board of the round ("Prioritering – Digitaliseringspotten 2027"). */
export function PortfolioBoardPage() {
  const { t } = usePortfolioTranslation();
  const { roundId = '' } = useParams();
  const { actor } = useCurrentUser();
  if (!mayViewPortfolio(actor)) return <PortfolioNotAllowed title={t('board.titleLoading')} />;
  return <BoardLoader key={roundId} roundId={roundId} mayEdit={mayEditScenarios(actor)} />;
}

type PortfolioData = BoardData['portfolio'];

function toItems(portfolio: PortfolioData): BoardItem[] {
  return portfolio.items.map((item) => ({
    id: item.initiative.id,
    title: item.initiative.title,
    departmentName: item.initiative.department.name,
    requestedAmount: item.requestedAmount,
    amountsByYear: item.amountsByYear,
    staffHoursByYear: item.staffHoursByYear,
    score: item.score,
    npv: item.npv,
    npvPerKrona: item.npvPerKrona,
    eligibility: item.eligibility,
    failedRequirements: item.initiative.eligibility?.failed.map((f) => f.name) ?? [],
    unansweredRequirements: item.initiative.eligibility?.unanswered.map((u) => u.name) ?? [],
  }));
}

function toScenario(s: BoardScenarioFieldsFragment): BoardScenario {
  return { id: s.id, name: s.name, kind: s.kind, order: s.order, proposed: s.proposed, settings: s.settings };
}

/** Reads what went wrong saving a scenario (the API's field paths start with `input.`). */
export function readSaveFailure(error: CombinedError): SaveScenarioFailure {
  const errors = error.graphQLErrors ?? [];
  const fields: { field: string; reason: string }[] = [];
  for (const e of errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const field = e.extensions['field'];
    const reason = e.extensions['reason'];
    fields.push({ field: typeof field === 'string' ? field.replace(/^input\./, '') : '', reason: typeof reason === 'string' ? reason : 'INVALID' });
  }
  if (fields.length > 0) return { kind: 'validation', fields };
  const failure = readGraphQLError(error);
  switch (failure?.kind) {
    case 'forbidden':
    case 'conflict':
    case 'not-found':
    case 'network':
      return { kind: failure.kind };
    default:
      return { kind: 'unknown' };
  }
}

function BoardLoader({ roundId, mayEdit }: { roundId: string; mayEdit: boolean }) {
  const { t } = usePortfolioTranslation();
  const client = useClient();
  const [result, reexecute] = useQuery({ query: PortfolioBoardQuery, variables: { fundRoundId: roundId }, requestPolicy: 'cache-and-network' });
  const [, saveScenario] = useMutation(BoardSaveScenarioMutation);
  const portfolio = result.data?.portfolio;

  const round = useMemo<BoardRound | null>(
    () =>
      portfolio
        ? {
            id: portfolio.fundRound.id,
            name: portfolio.fundRound.name,
            budget: portfolio.budget,
            yearlyBudgets: portfolio.yearlyBudgets,
            staffCapacity: portfolio.staffCapacity,
          }
        : null,
    [portfolio],
  );
  const items = useMemo(() => (portfolio ? toItems(portfolio) : []), [portfolio]);
  const scenarios = useMemo(() => (portfolio ? portfolio.fundRound.scenarios.map(toScenario) : []), [portfolio]);

  const optimise = async (settings: SettingsInput): Promise<OptimiseOutcome> => {
    const request = createRequest(BoardOptimiseQuery, { fundRoundId: roundId, settings });
    const answer = await pipe(client.executeQuery(request, { requestPolicy: 'network-only' }), take(1), toPromise);
    const solved = answer.data?.optimisePortfolio;
    if (solved && !answer.error) return { ok: true, result: solved };
    return { ok: false, reason: readGraphQLError(answer.error)?.kind === 'forbidden' ? 'forbidden' : 'error' };
  };

  const save = async (input: ScenarioInputShape): Promise<SaveScenarioOutcome> => {
    const answer = await saveScenario({ input });
    const saved = answer.data?.saveScenario;
    if (saved && !answer.error) {
      // the round's list of scenarios has a new one: read it again
      reexecute({ requestPolicy: 'network-only' });
      return { ok: true, scenario: { id: saved.id, name: saved.name, result: saved.result } };
    }
    return { ok: false, failure: answer.error ? readSaveFailure(answer.error) : { kind: 'unknown' } };
  };

  if (!portfolio || !round) {
    const notFound = result.error && readGraphQLError(result.error)?.kind === 'not-found';
    return (
      <Page title={t('board.titleLoading')}>
        <PortfolioNav roundId={roundId} />
        {notFound ? (
          <Text>{t('board.notFound')}</Text>
        ) : result.error ? (
          <ErrorState onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <LoadingState label={t('board.loading')} />
        )}
      </Page>
    );
  }

  return (
    <Page title={t('board.title', { name: round.name })}>
      <PortfolioNav roundId={roundId} />
      <Text maw={860}>{t('board.intro')}</Text>
      <PortfolioBoard round={round} items={items} scenarios={scenarios} mayEdit={mayEdit} onOptimise={optimise} onSave={save} />
    </Page>
  );
}
