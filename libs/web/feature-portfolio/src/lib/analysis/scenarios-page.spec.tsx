import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandler, SessionUser } from '@dp/web/data-access';
import { ScenariosPage } from './scenarios-page';
import { renderAnalysisPage } from './testing/render';
import { ROUND_ID, analystUser, applicantUser, auditorUser, decisionMakerUser, managementUser, manual, optimised, scenarioList } from './testing/fixtures';

/** the figure as sv-SE (and en-GB) writes it: no-break spaces in numbers and before the unit */
const nb = (text: string) => text.replace(/(\d) (?=\d)/g, '$1\u00a0').replace(/ (kr|%)/g, '\u00a0$1');

function renderScenarios({
  user = analystUser,
  route = `/portfolio/${ROUND_ID}/scenarios`,
  mutation,
  language = 'sv',
  data = scenarioList(),
}: { user?: SessionUser; route?: string; mutation?: MockHandler; language?: 'sv' | 'en'; data?: ReturnType<typeof scenarioList> } = {}) {
  return renderAnalysisPage(<ScenariosPage />, {
    path: '/portfolio/:roundId/scenarios',
    route,
    user,
    language,
    query: (name) => (name === 'ScenarioList' ? { data } : undefined),
    ...(mutation ? { mutation } : {}),
  });
}

const row = (id: string) => screen.getByTestId(`scenario-${id}`);

describe('ScenariosPage', () => {
  it('lists the scenarios with their figures in Swedish formats and marks the proposal', async () => {
    const { calls } = renderScenarios();
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenarier' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ operationName: 'ScenarioList', variables: { fundRoundId: ROUND_ID } });
    expect(screen.getByRole('navigation', { name: 'Prioritering' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scenarier för Digitaliseringspotten 2027, nyast först' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    const man = row('s-man');
    expect(within(man).getByText('Manuell rangordning')).toBeInTheDocument();
    expect(within(man).getByTestId('funded')).toHaveTextContent('2');
    expect(within(man).getByTestId('total-cost').textContent).toBe(nb('4 700 000 kr'));
    expect(within(man).getByTestId('value').textContent).toBe('78,5');
    expect(within(man).getByTestId('npv').textContent).toBe(nb('2 500 000 kr'));
    expect(within(man).getByTestId('optimum').textContent).toBe(nb('87 % av optimum'));
    expect(within(man).getByText('Maria Ledningsgrupp, 2026-11-19')).toBeInTheDocument();
    expect(within(man).queryByTestId('proposal-badge')).toBeNull();

    const opt = row('s-opt');
    expect(within(opt).getByText('Optimerad')).toBeInTheDocument();
    expect(within(opt).getByTestId('value').textContent).toBe('197,8');
    expect(within(opt).getByTestId('optimum').textContent).toBe(nb('100 % av optimum'));
    expect(within(opt).getByTestId('proposal-badge')).toHaveTextContent('Förslag till prioritering');
    expect(within(opt).getByText('Markerat av Maria Ledningsgrupp 2026-11-20')).toBeInTheDocument();

    expect(within(row('s-npv')).getByTestId('optimum')).toHaveTextContent('Inte beräknad');
  });

  it('offers to mark, withdraw and delete to the portfolio office, but never to delete the proposal', async () => {
    renderScenarios();
    await screen.findByRole('heading', { level: 1, name: 'Scenarier' });
    expect(within(row('s-man')).getByRole('button', { name: 'Markera som förslag: Ledningsgruppens rangordning' })).toBeInTheDocument();
    expect(within(row('s-man')).getByRole('button', { name: 'Ta bort: Ledningsgruppens rangordning' })).toBeInTheDocument();
    expect(within(row('s-opt')).getByRole('button', { name: 'Dra tillbaka förslag: Optimerat urval' })).toBeInTheDocument();
    expect(within(row('s-opt')).queryByRole('button', { name: /Ta bort/ })).toBeNull();
    expect(screen.queryByTestId('read-only')).toBeNull();
  });

  it.each([
    ['an auditor', auditorUser],
    ['a decision maker', decisionMakerUser],
  ])('shows %s the scenarios without any action', async (_, user) => {
    renderScenarios({ user });
    await screen.findByRole('table', { name: /Scenarier för/ });
    expect(screen.queryByRole('button', { name: /Markera som förslag|Dra tillbaka|Ta bort/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Åtgärder' })).toBeNull();
    expect(screen.getByTestId('read-only')).toHaveTextContent('Du kan läsa scenarierna men inte ändra dem.');
    // comparing is reading: still possible
    expect(within(row('s-man')).getByRole('checkbox', { name: 'Jämför Ledningsgruppens rangordning' })).toBeEnabled();
  });

  it('tells an applicant that the page is not for them, without asking the API', () => {
    const { calls } = renderScenarios({ user: applicantUser });
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Scenarier och analyser av portföljen visas för portföljkontoret');
    expect(calls).toHaveLength(0);
  });

  it('compares two chosen scenarios: the link, the figures, the budget use per year and the differences', async () => {
    const user = userEvent.setup();
    renderScenarios({ user: managementUser });
    const compare = await screen.findByRole('button', { name: 'Jämför' });
    expect(compare).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Jämför Optimerat urval' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jämför Ledningsgruppens rangordning' }));
    await user.click(screen.getByRole('button', { name: 'Jämför (2)' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/portfolio/${ROUND_ID}/scenarios?compare=s-opt%2Cs-man`));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Jämförelse' });
    await waitFor(() => expect(heading).toHaveFocus());

    const figures = screen.getByRole('table', { name: 'Nyckeltal per scenario' });
    const headers = within(figures).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Nyckeltal', 'A: Optimerat urval', 'B: Ledningsgruppens rangordning']);
    expect(within(screen.getByTestId('figure-value')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['197,8 (högst)', '78,5']);
    expect(within(screen.getByTestId('figure-totalCost')).getAllByRole('cell').map((c) => c.textContent)).toEqual([nb('4 000 000 kr'), nb('4 700 000 kr')]);
    expect(within(screen.getByTestId('figure-budgetShare')).getByRole('rowheader').textContent).toBe(nb('Andel av budgeten (5 000 000 kr)'));
    expect(within(screen.getByTestId('figure-budgetShare')).getAllByRole('cell').map((c) => c.textContent)).toEqual([nb('80 %'), nb('94 %')]);
    expect(within(screen.getByTestId('figure-shareOfOptimum')).getAllByRole('cell').map((c) => c.textContent)).toEqual([nb('100 % (högst)'), nb('87 %')]);

    const years = screen.getByRole('table', { name: 'Kostnad per år och scenario' });
    expect(within(years).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['År', 'A: Optimerat urval', 'B: Ledningsgruppens rangordning', 'Budget för året'],
      ['2027', nb('3 000 000 kr'), nb('4 200 000 kr (över budget)'), nb('4 000 000 kr')],
      ['2028', nb('1 000 000 kr'), nb('500 000 kr'), nb('2 000 000 kr')],
    ]);
    expect(screen.getByRole('img', { name: /Stapeldiagram: kostnad per år för A: Optimerat urval, B: Ledningsgruppens rangordning/ })).toBeInTheDocument();

    const items = screen.getByRole('table', { name: 'Initiativ per scenario, skillnaderna först' });
    const rows = within(items)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Digital signering', 'Med', '–Inte med', 'Bara i A'],
      ['Chattbot för socialtjänsten', 'Med', '–Inte med', 'Bara i A'],
      ['Skolplattform', '–Inte med', 'Med', 'Bara i B'],
      ['E-tjänst för bygglov', 'Med', 'Med', 'I alla'],
    ]);
    expect(screen.getByTestId('comparison-summary')).toHaveTextContent('3 initiativ skiljer mellan scenarierna och 1 finns i alla.');
  });

  it('opens the comparison from the link, with the scenarios chosen, and closes it', async () => {
    const user = userEvent.setup();
    renderScenarios({ route: `/portfolio/${ROUND_ID}/scenarios?compare=s-man,s-npv` });
    expect(await screen.findByRole('heading', { level: 2, name: 'Jämförelse' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Jämför Ledningsgruppens rangordning' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Jämför Nettonuvärde först' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Jämför Optimerat urval' })).not.toBeChecked();
    expect(within(screen.getByTestId('compare-row-i-2')).getByTestId('difference')).toHaveTextContent('Bara i B');
    await user.click(screen.getByRole('button', { name: 'Stäng jämförelsen' }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Jämförelse' })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/scenarios$/));
  });

  it('says so when the link names scenarios that no longer exist', async () => {
    renderScenarios({ route: `/portfolio/${ROUND_ID}/scenarios?compare=s-man,s-gone` });
    expect(await screen.findByTestId('compare-too-few')).toHaveTextContent('Välj minst två scenarier att jämföra.');
  });

  it('lets at most three scenarios be chosen', async () => {
    const user = userEvent.setup();
    const extra = { ...manual, id: 's-4', name: 'Fjärde', proposed: false };
    renderScenarios({ data: scenarioList({ scenarios: [extra, manual, optimised, { ...manual, id: 's-5', name: 'Femte' }] }) });
    await user.click(await screen.findByRole('checkbox', { name: 'Jämför Fjärde' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jämför Ledningsgruppens rangordning' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jämför Optimerat urval' }));
    expect(screen.getByRole('checkbox', { name: 'Jämför Femte' })).toBeDisabled();
    expect(screen.getByText(/Du har valt tre scenarier/)).toBeInTheDocument();
  });

  it('marks a scenario as the proposal after a confirmation that explains the freeze, with the scenario’s version', async () => {
    const user = userEvent.setup();
    const mutation: MockHandler = (name) => (name === 'ScenarioPropose' ? { data: { proposeScenario: { ...manual, proposed: true, version: 4 } } } : undefined);
    const { calls } = renderScenarios({ mutation, data: scenarioList({ criteriaStatus: 'DRAFT' }) });
    await user.click(await screen.findByRole('button', { name: 'Markera som förslag: Ledningsgruppens rangordning' }));

    const dialog = await screen.findByRole('dialog', { name: 'Markera som förslag till prioritering?' });
    expect(dialog).toHaveTextContent('”Ledningsgruppens rangordning” blir ansökningsomgångens förslag till prioritering för ledningsgruppen.');
    expect(dialog).toHaveTextContent('”Optimerat urval” är förslag i dag och slutar vara det.');
    expect(dialog).toHaveTextContent('Bedömningskriterierna (version 2) låses när förslaget markeras.');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Markera som förslag' }));
    await waitFor(() => expect(calls.filter((c) => c.kind === 'mutation')).toEqual([{ kind: 'mutation', operationName: 'ScenarioPropose', variables: { id: 's-man', version: 3 } }]));
    expect(await screen.findByText('”Ledningsgruppens rangordning” är nu förslag till prioritering.')).toBeInTheDocument();
    // the other scenarios lost the mark: the list is read again
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'ScenarioList').length).toBeGreaterThanOrEqual(2));
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const { calls } = renderScenarios({ mutation: () => ({ data: { deleteScenario: true } }) });
    await user.click(await screen.findByRole('button', { name: 'Ta bort: Ledningsgruppens rangordning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort scenariot?' });
    expect(dialog).toHaveTextContent('”Ledningsgruppens rangordning” tas bort. Det går inte att ångra.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
  });

  it('withdraws the proposal and deletes a scenario with their versions', async () => {
    const user = userEvent.setup();
    const mutation: MockHandler = (name) =>
      name === 'ScenarioWithdrawProposal' ? { data: { withdrawProposal: { ...optimised, proposed: false } } } : name === 'ScenarioDelete' ? { data: { deleteScenario: true } } : undefined;
    const { calls } = renderScenarios({ mutation, route: `/portfolio/${ROUND_ID}/scenarios?compare=s-man,s-opt` });
    await user.click(await screen.findByRole('button', { name: 'Dra tillbaka förslag: Optimerat urval' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Dra tillbaka förslaget?' })).getByRole('button', { name: 'Dra tillbaka förslaget' }));
    expect(await screen.findByText('Förslaget ”Optimerat urval” har dragits tillbaka.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort: Ledningsgruppens rangordning' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Ta bort scenariot?' })).getByRole('button', { name: 'Ta bort scenariot' }));
    expect(await screen.findByText('Scenariot ”Ledningsgruppens rangordning” har tagits bort.')).toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => [c.operationName, c.variables])).toEqual([
      ['ScenarioWithdrawProposal', { id: 's-opt', version: 4 }],
      ['ScenarioDelete', { id: 's-man', version: 3 }],
    ]);
    // the deleted scenario leaves the comparison
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/compare=s-opt$/));
  });

  it('explains a conflict and reads the scenarios again on request', async () => {
    const user = userEvent.setup();
    const mutation: MockHandler = () => ({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 5 } }] });
    const { calls } = renderScenarios({ mutation });
    await user.click(await screen.findByRole('button', { name: 'Markera som förslag: Ledningsgruppens rangordning' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Markera som förslag' }));
    const alert = await screen.findByTestId('scenario-conflict');
    expect(alert).toHaveTextContent('Scenarierna har ändrats');
    expect(alert).toHaveTextContent('Någon annan har ändrat scenariot eller förslaget sedan du öppnade sidan, så ingenting ändrades.');
    const reads = calls.filter((c) => c.operationName === 'ScenarioList').length;
    await user.click(within(alert).getByRole('button', { name: 'Hämta de senaste scenarierna' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'ScenarioList').length).toBeGreaterThan(reads));
    expect(screen.queryByTestId('scenario-conflict')).toBeNull();
  });

  it('translates a refusal to delete the proposal', async () => {
    const user = userEvent.setup();
    const mutation: MockHandler = () => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'SCENARIO_PROPOSED' } }] });
    renderScenarios({ mutation });
    await user.click(await screen.findByRole('button', { name: 'Ta bort: Ledningsgruppens rangordning' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort scenariot' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ändringen gick inte att göra');
    expect(alert).toHaveTextContent('Ett scenario som är förslag till prioritering kan inte ändras eller tas bort. Dra tillbaka förslaget först.');
  });

  it('explains that a scenario scored with older criteria must be saved again before it is proposed', async () => {
    const user = userEvent.setup();
    const mutation: MockHandler = () => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'SCENARIO_OUTDATED' } }] });
    renderScenarios({ mutation });
    await user.click(await screen.findByRole('button', { name: 'Markera som förslag: Ledningsgruppens rangordning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markera som förslag till prioritering?' });
    await user.click(within(dialog).getByRole('button', { name: 'Markera som förslag' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bedömningskriterierna har ändrats sedan scenariot sparades.');
  });

  it('renders in English', async () => {
    renderScenarios({ language: 'en', route: `/portfolio/${ROUND_ID}/scenarios?compare=s-opt,s-man` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
    const man = row('s-man');
    expect(within(man).getByText('Manual ranking')).toBeInTheDocument();
    expect(within(man).getByTestId('total-cost').textContent).toBe('4,700,000\u00a0kr');
    expect(within(man).getByTestId('optimum').textContent).toBe('87% of optimum');
    expect(within(row('s-opt')).getByTestId('proposal-badge')).toHaveTextContent('Proposal for prioritisation');
    expect(screen.getByRole('button', { name: 'Mark as proposal: Ledningsgruppens rangordning' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Comparison' })).toBeInTheDocument();
    expect(within(screen.getByTestId('compare-row-i-4')).getByTestId('difference')).toHaveTextContent('Only in B');
    expect(within(screen.getByTestId('compare-row-i-1')).getByTestId('difference')).toHaveTextContent('In all');
  });
});
