import { describe, expect, it } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createUrqlClient } from '@dp/web/data-access';
import { renderPage } from '../testing/render';
import { analystUser, listNodes, listPage, referenceData } from '../testing/fixtures';
import { InitiativeListPage } from './initiative-list-page';

const nbsp = '\u00a0';
/** Intl's minus sign in sv-SE */
const minus = '\u2212';

function renderList(route = '/initiatives', language: 'sv' | 'en' = 'sv') {
  return renderPage(<InitiativeListPage />, {
    path: '/initiatives',
    route,
    language,
    query: (name) => {
      if (name === 'ReferenceData') return { data: referenceData };
      if (name === 'InitiativeList') return { data: listPage() };
      return undefined;
    },
  });
}

/** The list with these rows (the signed-in user is the portfolio office by default here). */
function renderRows(nodes: typeof listNodes, language: 'sv' | 'en' = 'sv') {
  return renderPage(<InitiativeListPage />, {
    path: '/initiatives',
    route: '/initiatives',
    language,
    user: analystUser,
    query: (name) => (name === 'ReferenceData' ? { data: referenceData } : name === 'InitiativeList' ? { data: listPage(nodes) } : undefined),
  });
}

/** the cells of the row whose title is given, by column header */
function cellsOf(title: string): Record<string, HTMLElement> {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => within(th).getByRole('button').textContent?.replace(/[▲▼↕]/g, '').trim() ?? '');
  const row = within(table).getByRole('link', { name: title }).closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]!]));
}

function titlesInOrder(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

describe('InitiativeListPage', () => {
  it('lists the open round with the highest year, with Swedish amounts and dates and the totals', async () => {
    const { calls } = renderList();

    expect(await screen.findByRole('heading', { level: 1, name: 'Initiativ' })).toBeInTheDocument();
    const list = calls.find((c) => c.operationName === 'InitiativeList');
    expect(list?.variables).toEqual({ filter: { fundRoundId: 'r-2027' }, first: 100, after: null });

    const table = screen.getByRole('table');
    // testing-library folds the non-breaking spaces into plain ones when matching text …
    expect(within(table).getByText('450 000 kr')).toBeInTheDocument();
    // … so check the real characters: digits and 'kr' never wrap apart
    expect(within(table).getByText('1 234 567 kr').textContent).toBe(`1${nbsp}234${nbsp}567${nbsp}kr`);
    expect(within(table).getByText('2026-11-22')).toBeInTheDocument();
    expect(within(table).getAllByText('Utkast')).toHaveLength(3);
    expect(screen.getByTestId('initiatives-summary').textContent).toBe(
      `3 initiativ · sökt 1${nbsp}769${nbsp}567${nbsp}kr av budget 12${nbsp}000${nbsp}000${nbsp}kr`,
    );
    expect(within(table).getByRole('link', { name: 'Digitala läromedel i åk 4–6' })).toHaveAttribute('href', '/initiatives/i-3');
  });

  it('sorts by requested amount when its header button is pressed, and tells assistive technology', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('table');
    expect(titlesInOrder()).toEqual([
      'E-tjänst för skolskjuts',
      'Automatiserad handläggning av försörjningsstöd',
      'Digitala läromedel i åk 4–6',
    ]);

    const amountHeader = screen.getByRole('columnheader', { name: /Sökt belopp/ });
    expect(amountHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(amountHeader).getByRole('button'));
    expect(amountHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(titlesInOrder()).toEqual([
      'Digitala läromedel i åk 4–6',
      'E-tjänst för skolskjuts',
      'Automatiserad handläggning av försörjningsstöd',
    ]);

    // keyboard: focus the button and press Enter to reverse
    within(amountHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
    expect(titlesInOrder()[0]).toBe('Automatiserad handläggning av försörjningsstöd');
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('shows nettonuvärde in whole kronor and nyttokvot with two decimals, and says when there is no calculation', async () => {
    renderList();
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: /Nettonuvärde/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Nyttokvot/ })).toHaveAttribute('aria-sort', 'none');

    // 1 250 000.4 kr → whole kronor, digits and 'kr' held together by non-breaking spaces
    const withCalculation = cellsOf('E-tjänst för skolskjuts');
    expect(withCalculation['Nettonuvärde']!.textContent).toBe(`1${nbsp}250${nbsp}000${nbsp}kr`);
    expect(withCalculation['Nyttokvot']!.textContent).toBe('2,35');

    // a negative NPV with the Swedish minus sign, rounded to whole kronor
    const negative = cellsOf('Automatiserad handläggning av försörjningsstöd');
    expect(negative['Nettonuvärde']!.textContent).toBe(`${minus}3${nbsp}988${nbsp}kr`);
    expect(negative['Nyttokvot']!.textContent).toBe('0,96');

    // no calculation: said in words under Nettonuvärde; an en dash under the ratio, named for screen readers
    const without = cellsOf('Digitala läromedel i åk 4–6');
    expect(without['Nettonuvärde']).toHaveTextContent(/^Saknar kalkyl$/);
    const ratio = without['Nyttokvot']!;
    expect(within(ratio).getByText('–')).toHaveAttribute('aria-hidden', 'true');
    expect(within(ratio).getByText('Saknar kalkyl')).toBeInTheDocument();
  });

  it('says why a calculation without costs has no nyttokvot', async () => {
    renderRows([{ ...listNodes[0]!, npv: 120_000, benefitCostRatio: null }]);
    await screen.findByRole('table');
    const cells = cellsOf('E-tjänst för skolskjuts');
    expect(cells['Nettonuvärde']!.textContent).toBe(`120${nbsp}000${nbsp}kr`);
    expect(cells['Nyttokvot']).toHaveTextContent('–Ingen kvot: kalkylen saknar kostnader');
  });

  it('sorts by nettonuvärde in both directions with the initiatives without a calculation last', async () => {
    const user = userEvent.setup();
    const base = listNodes[0]!;
    const row = (id: string, npv: number | null, benefitCostRatio: number | null) => ({ ...base, id, title: `Initiativ ${id}`, npv, benefitCostRatio });
    renderRows([
      row('A', 500_000, 1.8),
      row('B', null, null),
      row('C', -20_000, 0.9),
      row('D', 0, 1),
      row('E', null, null),
      row('F', 1_200_000, null), // a calculation without costs: an NPV but no ratio
    ]);
    await screen.findByRole('table');
    const npvHeader = screen.getByRole('columnheader', { name: /Nettonuvärde/ });

    await user.click(within(npvHeader).getByRole('button', { name: 'Nettonuvärde' }));
    expect(npvHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(titlesInOrder()).toEqual(['Initiativ C', 'Initiativ D', 'Initiativ A', 'Initiativ F', 'Initiativ B', 'Initiativ E']);

    within(npvHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(npvHeader).toHaveAttribute('aria-sort', 'descending');
    expect(titlesInOrder()).toEqual(['Initiativ F', 'Initiativ A', 'Initiativ D', 'Initiativ C', 'Initiativ B', 'Initiativ E']);

    // nyttokvot: F has no ratio and joins the ones without a calculation at the end, both ways
    const ratioHeader = screen.getByRole('columnheader', { name: /Nyttokvot/ });
    await user.click(within(ratioHeader).getByRole('button', { name: 'Nyttokvot' }));
    expect(ratioHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(npvHeader).toHaveAttribute('aria-sort', 'none');
    expect(titlesInOrder()).toEqual(['Initiativ C', 'Initiativ D', 'Initiativ A', 'Initiativ B', 'Initiativ E', 'Initiativ F']);
    await user.click(within(ratioHeader).getByRole('button'));
    expect(ratioHeader).toHaveAttribute('aria-sort', 'descending');
    expect(titlesInOrder()).toEqual(['Initiativ A', 'Initiativ D', 'Initiativ C', 'Initiativ B', 'Initiativ E', 'Initiativ F']);
  });

  it('lets a keyboard user scroll the wide table sideways: a focusable region named like the table', async () => {
    renderList();
    const table = await screen.findByRole('table');
    const region = screen.getByRole('region', { name: 'Initiativ i Digitaliseringspotten 2027' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('reads the round, department and status filters from the URL', async () => {
    const { calls } = renderList('/initiatives?round=r-2026&department=d-soc&status=DRAFT');
    await screen.findByRole('table');
    const list = calls.find((c) => c.operationName === 'InitiativeList');
    expect(list?.variables).toEqual({
      filter: { fundRoundId: 'r-2026', departmentId: 'd-soc', status: 'DRAFT' },
      first: 100,
      after: null,
    });
    expect(screen.getByRole('combobox', { name: 'Förvaltning' })).toHaveValue('Socialförvaltningen');
  });

  it('puts a chosen department filter into the URL and asks for that department only', async () => {
    const user = userEvent.setup();
    const { calls } = renderList();
    await screen.findByRole('table');

    await user.click(screen.getByRole('combobox', { name: 'Förvaltning' }));
    await user.click(await screen.findByRole('option', { name: 'Kommunstyrelsens förvaltning' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/initiatives?department=d-ksf'));
    const last = calls.filter((c) => c.operationName === 'InitiativeList').at(-1);
    expect(last?.variables).toEqual({ filter: { fundRoundId: 'r-2027', departmentId: 'd-ksf' }, first: 100, after: null });
  });

  it('says so when no initiative matches, and shows a loading state before data arrives', async () => {
    renderPage(<InitiativeListPage />, {
      path: '/initiatives',
      route: '/initiatives',
      query: (name) => (name === 'ReferenceData' ? { data: referenceData } : { data: listPage([]) }),
    });
    expect(await screen.findByText('Inga initiativ matchar urvalet.')).toBeInTheDocument();

    renderPage(<InitiativeListPage />, { path: '/initiatives', route: '/initiatives', query: () => 'pending' });
    expect(screen.getByText('Laddar initiativ …')).toBeInTheDocument();
  });

  it('offers a retry when loading fails', async () => {
    renderPage(<InitiativeListPage />, {
      path: '/initiatives',
      route: '/initiatives',
      query: (name) =>
        name === 'ReferenceData'
          ? { data: referenceData }
          : { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att hämta eller spara uppgifterna');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('shows English texts and amounts in English', async () => {
    renderList('/initiatives', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiatives' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Requested amount/ })).toBeInTheDocument();
    expect(screen.getByText('1,234,567 kr')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Net present value/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Benefit–cost ratio/ })).toBeInTheDocument();
    expect(cellsOf('E-tjänst för skolskjuts')['Net present value']!.textContent).toBe(`1,250,000${nbsp}kr`);
    expect(cellsOf('E-tjänst för skolskjuts')['Benefit–cost ratio']!.textContent).toBe('2.35');
    expect(cellsOf('Digitala läromedel i åk 4–6')['Net present value']).toHaveTextContent('No calculation');
    expect(screen.getByTestId('initiatives-summary')).toHaveTextContent('3 initiatives · requested 1,769,567 kr of budget 12,000,000 kr');
  });

  it('reads every page of the round (graphcache merges them) so sorting covers the whole round', async () => {
    const user = userEvent.setup();
    // 230 initiatives: three pages of at most 100, served by a fake API behind the real client
    const rows = Array.from({ length: 230 }, (_, i) => ({
      ...listNodes[i % 3]!,
      id: `i-${i + 1}`,
      title: `Initiativ ${String(i + 1).padStart(3, '0')}`,
      requestedAmount: (i + 1) * 1000,
    }));
    const pagesAsked: Array<string | null> = [];
    const fetch = (async (_url: unknown, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: { after?: string | null; first?: number } };
      let data: unknown;
      if (body.operationName === 'ReferenceData') {
        data = {
          departments: referenceData.departments.map((d) => ({ __typename: 'Department', ...d })),
          goalAreas: referenceData.goalAreas.map((g) => ({ __typename: 'GoalArea', ...g })),
          fundRounds: referenceData.fundRounds.map((r) => ({ __typename: 'FundRound', ...r })),
        };
      } else {
        const after = body.variables.after ?? null;
        pagesAsked.push(after);
        const start = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
        const page = rows.slice(start, start + (body.variables.first ?? 50));
        data = {
          initiatives: {
            __typename: 'InitiativeConnection',
            totalCount: rows.length,
            edges: page.map((r) => ({
              __typename: 'InitiativeEdge',
              cursor: r.id,
              node: {
                __typename: 'Initiative',
                ...r,
                department: { __typename: 'Department', ...r.department },
                goalAreas: r.goalAreas.map((g) => ({ __typename: 'GoalArea', ...g })),
              },
            })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: start + page.length < rows.length, endCursor: page.at(-1)?.id ?? null },
          },
        };
      }
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;

    renderPage(<InitiativeListPage />, { path: '/initiatives', route: '/initiatives', client: createUrqlClient({ url: 'http://api.test/graphql', fetch }) });

    expect(await screen.findByTestId('initiatives-summary')).toHaveTextContent(/^230 initiativ · sökt/);
    expect(pagesAsked).toEqual([null, 'i-100', 'i-200']);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(231);

    await user.click(within(screen.getByRole('columnheader', { name: /Sökt belopp/ })).getByRole('button'));
    await user.click(within(screen.getByRole('columnheader', { name: /Sökt belopp/ })).getByRole('button'));
    expect(titlesInOrder()[0]).toBe('Initiativ 230');
  });

  it('offers "Nytt initiativ" to an applicant, and only the departments they can see in the filter', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByRole('table');
    expect(screen.getByRole('link', { name: 'Nytt initiativ' })).toHaveAttribute('href', '/initiatives/new');
    await user.click(screen.getByRole('combobox', { name: 'Förvaltning' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Alla förvaltningar', 'Socialförvaltningen', 'Kommunstyrelsens förvaltning']);
  });

  it('offers no "Nytt initiativ" to the portfolio office, which sees every department', async () => {
    const user = userEvent.setup();
    renderPage(<InitiativeListPage />, {
      path: '/initiatives',
      route: '/initiatives',
      user: analystUser,
      query: (name) => (name === 'ReferenceData' ? { data: referenceData } : { data: listPage() }),
    });
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Nytt initiativ' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Förvaltning' }));
    expect(await screen.findAllByRole('option')).toHaveLength(1 + referenceData.departments.length);
  });
});
