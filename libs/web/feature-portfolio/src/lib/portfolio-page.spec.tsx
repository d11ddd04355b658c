import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BoardOptimiseQuery, BoardSaveScenarioMutation, PortfolioBoardQuery, PortfolioRoundsQuery } from '@dp/web/data-access';
import { PortfolioBoardPage, PortfolioRootPage } from './portfolio-page';
import { applicantUser, auditorUser, items, optimalResult, round } from './testing/fixtures';
import { renderPortfolio } from './testing/render';


const rounds: PortfolioRoundsQuery = {
  fundRounds: [
    { id: 'r-2026', name: 'Digitaliseringspotten 2026', year: 2026, status: 'CLOSED' },
    { id: 'r-2027', name: 'Digitaliseringspotten 2027', year: 2027, status: 'OPEN' },
    { id: 'r-2028', name: 'Digitaliseringspotten 2028', year: 2028, status: 'CLOSED' },
  ],
};

const savedScenario: BoardSaveScenarioMutation['saveScenario'] = {
  id: 's-1',
  name: 'Ledningsgruppens rangordning',
  kind: 'MANUAL',
  order: items.map((i) => i.id),
  proposed: false,
  version: 1,
  settings: {
    rankingKey: null,
    objective: null,
    blendWeight: null,
    budget: 12_000_000,
    useYearlyBudgets: false,
    useStaffCapacity: false,
    onlyEligible: true,
    forcedIn: [],
    forcedOut: [],
  },
  result: { selected: ['i-a', 'i-b', 'i-c'], value: 525, totalCost: 11_820_000, optimumValue: 570, shareOfOptimum: 525 / 570, status: null },
};

const portfolio: PortfolioBoardQuery = {
  portfolio: {
    budget: round.budget,
    yearlyBudgets: [],
    staffCapacity: [],
    fundRound: { id: round.id, name: round.name, year: 2027, status: 'OPEN', scenarios: [] },
    items: items.map((i) => ({
      requestedAmount: i.requestedAmount,
      amountsByYear: [...i.amountsByYear],
      staffHoursByYear: [],
      score: i.score,
      npv: i.npv,
      npvPerKrona: i.npvPerKrona,
      eligibility: i.eligibility,
      initiative: {
        id: i.id,
        title: i.title,
        department: { id: `d-${i.id}`, name: i.departmentName ?? '' },
        eligibility: {
          status: i.eligibility,
          failed: i.failedRequirements.map((name, k) => ({ requirementId: `m-${k}`, name })),
          unanswered: i.unansweredRequirements.map((name, k) => ({ requirementId: `u-${k}`, name })),
        },
      },
    })),
  },
};

const optimised: BoardOptimiseQuery = {
  optimisePortfolio: {
    ...optimalResult,
    selected: [...optimalResult.selected],
    conflicts: [],
    constraints: optimalResult.constraints.map((c) => ({ ...c })),
    explanations: optimalResult.explanations.map((e) => ({ ...e, blockingConstraints: [...e.blockingConstraints] })),
  },
};

const queries = (name: string) => {
  if (name === 'PortfolioRounds') return { data: rounds };
  if (name === 'PortfolioBoard') return { data: portfolio };
  if (name === 'BoardOptimise') return { data: optimised };
  return undefined;
};

describe('/portfolio', () => {
  it('goes to the open round’s board', async () => {
    renderPortfolio(<PortfolioRootPage />, { path: '/portfolio', route: '/portfolio', query: queries });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/portfolio/r-2027'));
  });

  it('goes to the newest round when none is open', async () => {
    const closed = { fundRounds: rounds.fundRounds.map((r) => ({ ...r, status: 'CLOSED' as const })) };
    renderPortfolio(<PortfolioRootPage />, { path: '/portfolio', route: '/portfolio', query: (name) => (name === 'PortfolioRounds' ? { data: closed } : undefined) });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/portfolio/r-2028'));
  });

  it('explains to an applicant that the prioritisation is not for them', () => {
    const { calls } = renderPortfolio(<PortfolioRootPage />, { path: '/portfolio', route: '/portfolio', query: queries, user: applicantUser });
    expect(screen.getByRole('heading', { level: 1, name: 'Prioritering' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Du har inte behörighet till sidan');
    expect(calls).toEqual([]);
  });
});

describe('/portfolio/:roundId', () => {
  it('shows the round’s board with its sub-navigation, and runs the optimiser with the board’s settings', async () => {
    const user = userEvent.setup();
    const { calls } = renderPortfolio(<PortfolioBoardPage />, { query: queries });
    expect(await screen.findByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ operationName: 'PortfolioBoard', variables: { fundRoundId: 'r-2027' } });
    const nav = screen.getByRole('navigation', { name: 'Prioritering' });
    expect(within(nav).getByRole('link', { name: 'Rangordning' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Scenarier' })).toHaveAttribute('href', '/portfolio/r-2027/scenarios');
    expect(within(nav).getByRole('link', { name: 'Analys' })).not.toHaveAttribute('aria-current');

    const rows = screen.getAllByTestId('ranking-row');
    expect(rows).toHaveLength(11);
    expect(within(rows[0]!).getByRole('link', { name: 'Automatiserad fakturahantering' })).toHaveAttribute('href', '/initiatives/i-a');
    expect(within(rows[0]!).getByText('Kommunledningsförvaltningen')).toBeInTheDocument();
    expect(screen.getByTestId('budget-line')).toHaveTextContent('Budgeten räcker hit – 11 820 000 kr av 12 000 000 kr');
    expect(within(rows[9]!).getByText('Ej uppfyllt: Finansiering av driften')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    await waitFor(() => expect(screen.getByTestId('optimisation-status')).toHaveTextContent('Bevisat optimalt'));
    expect(calls.find((c) => c.operationName === 'BoardOptimise')?.variables).toEqual({
      fundRoundId: 'r-2027',
      settings: { objective: 'SCORE', budget: 12_000_000, useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] },
    });
    expect(screen.getByText('Rangordningen efter viktad poäng når 92 % av det uppnåeliga värdet inom samma budget.')).toBeInTheDocument();
  });

  it('saves the board as a scenario with saveScenario and reads the round again', async () => {
    const user = userEvent.setup();
    const mutation = jest.fn((name: string, _variables: unknown) => (name === 'BoardSaveScenario' ? { data: { saveScenario: savedScenario } } : undefined));
    const { calls } = renderPortfolio(<PortfolioBoardPage />, { query: queries, mutation });
    await screen.findByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' });
    await user.click(screen.getByRole('radio', { name: 'Manuell' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Ledningsgruppens rangordning');
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(await screen.findByTestId('scenario-saved')).toHaveTextContent('Det når 92 % av det uppnåeliga värdet.');
    expect(mutation).toHaveBeenCalledWith('BoardSaveScenario', {
      input: {
        fundRoundId: 'r-2027',
        name: 'Ledningsgruppens rangordning',
        kind: 'MANUAL',
        order: ['i-a', 'i-b', 'i-c', 'i-d', 'i-e', 'i-f', 'i-g', 'i-h', 'i-i', 'i-j', 'i-k'],
        settings: { budget: 12_000_000, useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] },
      },
    });
    expect(calls.filter((c) => c.operationName === 'PortfolioBoard').length).toBeGreaterThanOrEqual(2);
  });

  it('translates what the API refuses, and keeps the name typed', async () => {
    const user = userEvent.setup();
    renderPortfolio(<PortfolioBoardPage />, {
      query: queries,
      mutation: () => ({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } }] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' });
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Mitt förslag');
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har inte behörighet att spara scenarier.');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Mitt förslag');
  });

  it('lets an auditor read the board but not save', async () => {
    renderPortfolio(<PortfolioBoardPage />, { query: queries, user: auditorUser });
    await screen.findByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' });
    expect(screen.getByText('Bara portföljkontoret och ledningsgruppen kan spara scenarier.')).toBeInTheDocument();
  });

  it('says when the round does not exist', async () => {
    renderPortfolio(<PortfolioBoardPage />, {
      route: '/portfolio/r-x',
      query: () => ({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(await screen.findByText('Ansökningsomgången finns inte, eller så får du inte se den.')).toBeInTheDocument();
  });

  it('explains to an applicant that the prioritisation is not for them', () => {
    renderPortfolio(<PortfolioBoardPage />, { query: queries, user: applicantUser });
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Prioriteringen visas för portföljkontoret, ledningsgruppen');
  });

  it('is in English when the user chose English', async () => {
    renderPortfolio(<PortfolioBoardPage />, { query: queries, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Prioritisation – Digitaliseringspotten 2027' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Prioritisation' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Ranking of the prepared applications, order: Weighted score' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Automatiserad fakturahantering, rank 1 of 11' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimise' })).toBeInTheDocument();
  });
});
