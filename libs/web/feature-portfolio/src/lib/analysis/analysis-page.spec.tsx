import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@dp/web/data-access';
import { budgetSweep, evaluateSelection, roundProblem } from '@dp/domain/prioritisation';
import { AnalysisPage } from './analysis-page';
import type { FrontierJob } from './frontier/frontier-job';
import { inProcessFrontierRunner, type FrontierRunner } from './frontier/frontier-runner';
import { fixedFrontierRunner, renderAnalysisPage } from './testing/render';
import { ROUND_ID, YEARLY_BUDGETS, analysisItems, analysisPortfolio, analystUser, applicantUser, auditorUser } from './testing/fixtures';

/** the figure as sv-SE writes it: no-break spaces in numbers and before the unit */
const nb = (text: string) => text.replace(/(\d) (?=\d)/g, '$1\u00a0').replace(/ (kr|%)/g, '\u00a0$1');

function renderAnalysis({
  user = analystUser,
  route = `/portfolio/${ROUND_ID}/analysis`,
  language = 'sv',
  proposal = true,
  frontierRunner,
}: { user?: SessionUser; route?: string; language?: 'sv' | 'en'; proposal?: boolean; frontierRunner?: FrontierRunner } = {}) {
  return renderAnalysisPage(<AnalysisPage />, {
    path: '/portfolio/:roundId/analysis',
    route,
    user,
    language,
    ...(frontierRunner ? { frontierRunner } : {}),
    query: (name) => (name === 'AnalysisPortfolio' ? { data: analysisPortfolio({ proposal }) } : undefined),
  });
}

/** The rows of a table as the text of their cells (header row included). */
const cells = (table: HTMLElement) => within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('AnalysisPage', () => {
  it('shows the value against cost of every initiative in a table, with the department, and a summary', async () => {
    renderAnalysis({ user: auditorUser });
    expect(await screen.findByRole('heading', { level: 1, name: 'Analys' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Prioritering' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Värde mot kostnad' })).toBeInTheDocument();
    // the chart is one labelled image; jsdom cannot draw it, its data is the table
    expect(screen.getByRole('img', { name: /Bubbeldiagram: viktad poäng mot sökt belopp för 3 initiativ/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Initiativ med förvaltning, sökt belopp, viktad poäng och nettonuvärde' });
    expect(cells(table)).toEqual([
      ['Initiativ', 'Förvaltning', 'Sökt belopp', 'Viktad poäng', 'Nettonuvärde'],
      ['E-tjänst för bygglov', 'Stadsbyggnadsförvaltningen', nb('1 200 000 kr'), '78,5', nb('2 500 000 kr')],
      ['Digital signering', 'Kommunstyrelsens förvaltning', nb('800 000 kr'), '64', nb('900 000 kr')],
      ['Chattbot för socialtjänsten', 'Socialförvaltningen', nb('2 000 000 kr'), '55,3', '−300\u00a0000\u00a0kr'],
      ['Skolplattform', 'Barn- och utbildningsförvaltningen', nb('3 500 000 kr'), 'saknas', 'saknas'],
    ]);
    const summary = screen.getByTestId('value-cost-summary');
    expect(summary).toHaveTextContent('4 initiativ söker sammanlagt 7 500 000 kr.');
    expect(summary).toHaveTextContent('1 initiativ saknar viktad poäng och visas bara i tabellen.');
    expect(summary).toHaveTextContent('Högst viktad poäng: E-tjänst för bygglov (78,5 för 1 200 000 kr).');
  });

  it('switches the value to NPV', async () => {
    const user = userEvent.setup();
    renderAnalysis();
    await user.click(within(await screen.findByTestId('value-cost')).getByRole('radio', { name: 'Nettonuvärde' }));
    expect(screen.getByRole('img', { name: /Bubbeldiagram: nettonuvärde mot sökt belopp/ })).toBeInTheDocument();
    expect(screen.getByTestId('value-cost-summary')).toHaveTextContent('Högst nettonuvärde: E-tjänst för bygglov (2 500 000 kr för 1 200 000 kr).');
  });

  it('computes the efficient frontier with the default settings and shows its points, the round’s budget and the proposal', async () => {
    const jobs: FrontierJob[] = [];
    renderAnalysis({ frontierRunner: fixedFrontierRunner(jobs) });
    const table = await screen.findByRole('table', { name: 'Högsta möjliga viktad poäng per budgetnivå' });
    // the portfolio as the optimiser reads it, 13 budgets from 0 to twice the round's budget, every constraint the round has
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.items.map((i) => i.id)).toEqual(analysisItems.map((i) => i.initiative.id));
    expect(jobs[0]?.budgets).toEqual(budgetSweep(10_000_000, 12));
    expect(jobs[0]?.settings).toEqual({
      objective: 'SCORE',
      budget: 5_000_000,
      yearlyBudgets: YEARLY_BUDGETS,
      staffCapacity: [],
      useYearlyBudgets: true,
      useStaffCapacity: false,
      onlyEligible: true,
      forcedIn: [],
      forcedOut: [],
    });
    expect(cells(table)).toEqual([
      ['Budget', 'Högsta värde', 'Antal initiativ', 'Lösning'],
      ['0\u00a0kr', '0', '0', 'Bevisat optimal'],
      [nb('2 500 000 kr'), '142,5', '2', 'Bevisat optimal'],
      [nb('5 000 000 kr (omgångens budget)'), '197,8', '3', 'Bevisat optimal'],
      [nb('7 500 000 kr'), '197,8', '3', 'Bästa hittade inom tidsgränsen'],
      [nb('10 000 000 kr'), '197,8', '3', 'Bevisat optimal'],
    ]);
    const summary = screen.getByTestId('frontier-summary');
    expect(summary).toHaveTextContent('Med omgångens budget, 5 000 000 kr, går det att nå 197,8.');
    expect(summary).toHaveTextContent('”Optimerat urval” når 197,8 för 4 000 000 kr: 100 % av det högsta värde som går att nå med samma budget och villkor.');
    expect(screen.getByRole('img', { name: /Linjediagram: högsta möjliga viktad poäng mot budget, från 0 kr till 10\u00a0000\u00a0000\u00a0kr/ })).toBeInTheDocument();
    // the staff capacity is not set for the round: the switch says why it is off
    const staff = screen.getByRole('switch', { name: /^Ta hänsyn till personalkapacitet/ });
    expect(staff).toBeDisabled();
    expect(staff).toHaveAccessibleDescription('Ansökningsomgången har ingen personalkapacitet angiven.');
    expect(screen.getByRole('switch', { name: 'Ta hänsyn till budget per år' })).toBeChecked();
  });

  it('shows the progress per budget level while the frontier runs and runs it again with the chosen settings', async () => {
    const user = userEvent.setup();
    const jobs: FrontierJob[] = [];
    const fixed = fixedFrontierRunner(jobs);
    // with the NPV objective the worker has solved 3 of 13 budgets and is still at it
    const runner: FrontierRunner = (job, onProgress) => {
      if (job.settings.objective !== 'NPV') return fixed(job, onProgress);
      jobs.push(job);
      setTimeout(() => onProgress(3, 13), 0);
      return { result: new Promise(() => undefined), cancel: () => undefined };
    };
    renderAnalysis({ frontierRunner: runner });
    await screen.findByRole('table', { name: 'Högsta möjliga viktad poäng per budgetnivå' });
    const section = screen.getByTestId('frontier');

    await user.click(within(section).getByRole('radio', { name: 'Nettonuvärde' }));
    await user.click(within(section).getByRole('switch', { name: 'Bara initiativ som uppfyller ska-kraven' }));
    expect(screen.getByTestId('frontier-stale')).toHaveTextContent('Inställningarna har ändrats.');
    await user.click(within(section).getByRole('button', { name: 'Beräkna effektiv front' }));

    const progress = await screen.findByTestId('frontier-progress');
    expect(progress).toHaveTextContent('Beräknar den effektiva fronten, 12 budgetnivåer från 0 kr till 10 000 000 kr …');
    await waitFor(() => expect(progress).toHaveTextContent('3 av 13 budgetnivåer klara.'));
    expect(within(section).queryByRole('table')).toBeNull();
    expect(jobs.at(-1)?.settings).toMatchObject({ objective: 'NPV', useYearlyBudgets: true, useStaffCapacity: false, onlyEligible: false });
  });

  it('computes the frontier with the real optimiser: at every budget the best selection within the budget and the yearly budgets', async () => {
    const jobs: FrontierJob[] = [];
    const runner: FrontierRunner = (job, onProgress) => {
      jobs.push(job);
      return inProcessFrontierRunner(job, onProgress);
    };
    renderAnalysis({ frontierRunner: runner });
    const table = await screen.findByRole('table', { name: 'Högsta möjliga viktad poäng per budgetnivå' });
    const job = jobs[0]!;
    // the best value at each budget by trying every subset of the four initiatives
    const best = (budget: number) => {
      const { problem } = roundProblem(job.items, { ...job.settings, budget });
      let top = 0;
      for (let mask = 0; mask < 16; mask++) {
        const e = evaluateSelection(problem, job.items.filter((_, k) => mask & (1 << k)).map((i) => i.id));
        if (e.feasible) top = Math.max(top, e.objective);
      }
      return top;
    };
    const rows = cells(table).slice(1);
    expect(rows).toHaveLength(13);
    const format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
    job.budgets.forEach((budget, k) => expect(rows[k]?.[1]).toBe(format.format(best(budget))));
  });

  it('draws the distribution per department and per goal area for the portfolio and the proposal', async () => {
    const user = userEvent.setup();
    renderAnalysis();
    const table = await screen.findByRole('table', { name: 'Sökt belopp per förvaltning: hela portföljen och Optimerat urval' });
    expect(cells(table)).toEqual([
      ['', 'Hela portföljen', 'Optimerat urval'],
      ['Förvaltning', 'Belopp', 'Antal', 'Andel', 'Belopp', 'Antal', 'Andel'],
      ['Socialförvaltningen', nb('2 000 000 kr'), '1', nb('27 %'), nb('2 000 000 kr'), '1', nb('50 %')],
      ['Stadsbyggnadsförvaltningen', nb('1 200 000 kr'), '1', nb('16 %'), nb('1 200 000 kr'), '1', nb('30 %')],
      ['Kommunstyrelsens förvaltning', nb('800 000 kr'), '1', nb('11 %'), nb('800 000 kr'), '1', nb('20 %')],
      ['Barn- och utbildningsförvaltningen', nb('3 500 000 kr'), '1', nb('47 %'), '0\u00a0kr', '0', nb('0 %')],
    ]);
    const summary = screen.getByTestId('distribution-summary');
    expect(summary).toHaveTextContent('Störst andel av hela portföljen: Barn- och utbildningsförvaltningen, 47 % av det sökta beloppet.');
    expect(summary).toHaveTextContent('I ”Optimerat urval”: Socialförvaltningen, 50 % av scenariots belopp.');

    await user.click(screen.getByRole('radio', { name: 'Målområde' }));
    const goals = screen.getByRole('table', { name: 'Sökt belopp per målområde: hela portföljen och Optimerat urval' });
    expect(cells(goals).slice(2)).toEqual([
      // Chattbot counts under both of its goal areas
      ['Trygg och attraktiv stad', nb('3 200 000 kr'), '2', nb('43 %'), nb('3 200 000 kr'), '2', nb('80 %')],
      ['Effektiv organisation', nb('2 800 000 kr'), '2', nb('37 %'), nb('2 800 000 kr'), '2', nb('70 %')],
      ['Inget målområde', nb('3 500 000 kr'), '1', nb('47 %'), '0\u00a0kr', '0', nb('0 %')],
    ]);
    expect(screen.getByText(/Ett initiativ med flera målområden räknas under vart och ett av dem/)).toBeInTheDocument();
  });

  it('compares with a chosen scenario, in the link, and without a proposal with none', async () => {
    const user = userEvent.setup();
    renderAnalysis({ proposal: false });
    expect(await screen.findByRole('table', { name: 'Sökt belopp per förvaltning i hela portföljen' })).toBeInTheDocument();
    expect(screen.getByText(/Välj ett scenario ovan för att jämföra det med hela portföljen/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Scenario att jämföra med' }));
    await user.click(await screen.findByRole('option', { name: 'Ledningsgruppens rangordning (Manuell rangordning)' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?scenario=s-man'));
    const table = await screen.findByRole('table', { name: 'Sökt belopp per förvaltning: hela portföljen och Ledningsgruppens rangordning' });
    expect(cells(table)[2]).toEqual(['Barn- och utbildningsförvaltningen', nb('3 500 000 kr'), '1', nb('47 %'), nb('3 500 000 kr'), '1', nb('74 %')]);
    expect(screen.getByTestId('frontier-summary')).toHaveTextContent('”Ledningsgruppens rangordning” når 78,5 för 4 700 000 kr: 87 %');
  });

  it('tells an applicant that the page is not for them, without asking the API', () => {
    const { calls } = renderAnalysis({ user: applicantUser });
    expect(screen.getByTestId('not-allowed')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('renders in English', async () => {
    renderAnalysis({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Analysis' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Value against cost' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Efficient frontier' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Distribution' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Initiatives with department, requested amount, weighted score and net present value' });
    expect(cells(table)[1]).toEqual(['E-tjänst för bygglov', 'Stadsbyggnadsförvaltningen', '1,200,000\u00a0kr', '78.5', '2,500,000\u00a0kr']);
    expect(cells(table)[4]?.slice(3)).toEqual(['missing', 'missing']);
    expect(await screen.findByRole('table', { name: 'Highest possible weighted score per budget level' })).toBeInTheDocument();
    expect(within(screen.getByTestId('frontier-table')).getAllByText('Proven optimal')).toHaveLength(4);
    expect(screen.getByTestId('distribution-summary')).toHaveTextContent('Largest share of the whole portfolio: Barn- och utbildningsförvaltningen, 47% of the requested amount.');
  });

  it('explains a frontier that failed and tries again on request', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const failing: FrontierRunner = () => {
      attempts += 1;
      return { result: Promise.reject(new Error('the solver could not be loaded')), cancel: () => undefined };
    };
    renderAnalysis({ frontierRunner: failing });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fronten kunde inte beräknas');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(attempts).toBe(2));
  });
});
