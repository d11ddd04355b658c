import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import { publicRoutes } from './routes';

const nbsp = '\u00a0';
const kr = (text: string) => text.replace(/ /g, nbsp);

const rounds = [
  { code: 'DP2026', name: 'Digitaliseringspotten 2026', year: 2026, budget: 10_000_000, granted: 4_000_000, decidedCount: 2 },
  { code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000, granted: 2_350_000, decidedCount: 4 },
  { code: 'DP2028', name: 'Digitaliseringspotten 2028', year: 2028, budget: 15_000_000, granted: 0, decidedCount: 0 },
];

/** what a careless server might add: none of it may reach the page */
const personalData = {
  contactName: 'Alva Sökande',
  contactEmail: 'alva.sokande@kommun.example',
  decidedByName: 'Karin Kommundirektör',
  createdByName: 'Sara Sökande',
  applicant: { name: 'Per Persson', email: 'per.persson@kommun.example', personalIdentityNumber: '19800101-1234' },
};

const decisions2027 = {
  round: { code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000 },
  decisions: [
    {
      initiativeId: 'i-1',
      title: 'E-tjänst för skolskjuts',
      department: 'Barn- och utbildningsförvaltningen',
      object: null,
      outcome: 'GRANTED',
      grantedAmount: 450_000,
      amountsByYear: [
        { year: 2027, amount: 300_000 },
        { year: 2028, amount: 150_000 },
      ],
      expectedEffects: 'Färre samtal till skolskjutshandläggarna.',
      status: 'GRANTED',
      decidedOn: '2027-03-12',
      registrationNumber: 'KS 2027/101',
      ...personalData,
    },
    {
      initiativeId: 'i-2',
      title: 'Automatiserad handläggning av försörjningsstöd',
      department: { id: 'd-soc', name: 'Socialförvaltningen' },
      object: { id: 'o-1', name: 'Försörjningsstöd' },
      outcome: 'GRANTED',
      grantedAmount: 1_900_000,
      amountsByYear: [{ year: 2027, amount: 1_900_000 }],
      expectedEffects: null,
      status: 'IN_PROGRESS',
      decidedOn: '2027-03-12',
      registrationNumber: 'KS 2027/102',
      ...personalData,
    },
    {
      initiativeId: 'i-3',
      title: 'Digitala läromedel i åk 4–6',
      department: 'Barn- och utbildningsförvaltningen',
      object: null,
      outcome: 'REJECTED',
      grantedAmount: null,
      amountsByYear: null,
      expectedEffects: 'Bättre läsförståelse.',
      status: 'REJECTED',
      decidedOn: '2027-03-12',
      registrationNumber: 'KS 2027/103',
      reason: 'Ryms inte i budgeten.',
      ...personalData,
    },
    {
      initiativeId: 'i-4',
      title: 'Chattbot för bygglov',
      department: 'Samhällsbyggnadsförvaltningen',
      object: null,
      outcome: 'DEFERRED',
      grantedAmount: null,
      amountsByYear: null,
      expectedEffects: null,
      status: 'DEFERRED',
      decidedOn: '2027-03-11',
      registrationNumber: 'KS 2027/104',
      ...personalData,
    },
  ],
};

const decisions2026 = {
  round: { code: 'DP2026', name: 'Digitaliseringspotten 2026', year: 2026, budget: 10_000_000 },
  decisions: [
    {
      initiativeId: 'i-9',
      title: 'Digital signering av avtal',
      department: 'Kommunstyrelsens förvaltning',
      object: 'Avtalshantering',
      outcome: 'GRANTED',
      grantedAmount: 4_000_000,
      amountsByYear: [],
      expectedEffects: 'Kortare ledtider.',
      status: 'COMPLETED',
      decidedOn: '2026-03-10',
      registrationNumber: 'KS 2026/55',
    },
  ],
};

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Answer = Response | 'pending' | 'network-error';

/** a stand-in `fetch`: answers by path; records each call */
function stubFetch(answers: Record<string, () => Answer>) {
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const answer = answers[path]?.() ?? json({ message: 'Not Found' }, 404);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'pending') {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return answer;
  });
  globalThis.fetch = fetchMock;
  return fetchMock;
}

const standardAnswers = () => ({
  '/api/open-data/fund-rounds.json': () => json(rounds),
  '/api/open-data/fund-rounds/DP2027/decisions.json': () => json(decisions2027),
  '/api/open-data/fund-rounds/DP2026/decisions.json': () => json(decisions2026),
});

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

function renderPublic(route: string, language: Language = 'sv') {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <TestUiProvider>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            {publicRoutes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </TestUiProvider>
    </I18nextProvider>,
  );
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('the public page (Beviljade initiativ)', () => {
  it('shows the newest round with decisions: the granted initiatives with their figures, the sum against the budget', async () => {
    const fetchMock = stubFetch(standardAnswers());
    renderPublic('/public');

    expect(await screen.findByRole('heading', { level: 1, name: 'Beviljade initiativ' })).toBeInTheDocument();
    // 2028 has no decisions yet: 2027 is shown
    expect(await screen.findByRole('heading', { level: 2, name: 'Digitaliseringspotten 2027' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ansökningsomgång' })).toHaveValue('DP2027');

    const table = screen.getByRole('table', { name: 'Beviljade initiativ i Digitaliseringspotten 2027' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // by title, as in the CSV file
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Automatiserad handläggning av försörjningsstöd', 'E-tjänst för skolskjuts']);
    const first = within(rows[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(first).toEqual([
      'Barn- och utbildningsförvaltningen',
      '–',
      kr('450 000 kr'),
      `2027: ${kr('300 000 kr')}2028: ${kr('150 000 kr')}`,
      'Färre samtal till skolskjutshandläggarna.',
      'Beviljad',
      '2027-03-12',
      'KS 2027/101',
    ]);
    const second = within(rows[0]!).getAllByRole('cell').map((c) => c.textContent);
    expect(second).toEqual(['Socialförvaltningen', 'Försörjningsstöd', kr('1 900 000 kr'), `2027: ${kr('1 900 000 kr')}`, '–', 'Pågår', '2027-03-12', 'KS 2027/102']);

    expect(screen.getByTestId('public-summary')).toHaveTextContent(`Beviljat 2 350 000 kr av budgeten 12 000 000 kr. Kvar att fördela: 9 650 000 kr.`);
    expect(screen.getByTestId('public-by-year')).toHaveTextContent(`Beviljat per år: 2027: 2 200 000 kr, 2028: 150 000 kr.`);
    expect(screen.getByRole('progressbar', { name: 'Andel av budgeten som är beviljad' })).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByText('Beviljade initiativ: 2. Övriga beslut: 2.')).toBeInTheDocument();

    expect(fetchMock).toHaveBeenCalledWith('/api/open-data/fund-rounds.json', expect.objectContaining({ credentials: 'omit' }));
    expect(fetchMock).toHaveBeenCalledWith('/api/open-data/fund-rounds/DP2027/decisions.json', expect.anything());
  });

  it('lists the other decisions (avslag, bordlagd) in a table of their own', async () => {
    stubFetch(standardAnswers());
    renderPublic('/public/DP2027');
    const table = await screen.findByRole('table', { name: 'Övriga beslut i Digitaliseringspotten 2027: avslag och bordlagda ansökningar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Chattbot för bygglov', 'Digitala läromedel i åk 4–6']);
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Barn- och utbildningsförvaltningen', 'Avslag', 'Avslag', '2027-03-12', 'KS 2027/103']);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Samhällsbyggnadsförvaltningen', 'Bordlagd', 'Bordlagd', '2027-03-11', 'KS 2027/104']);
    // the granted table holds neither
    expect(within(screen.getByRole('table', { name: /^Beviljade initiativ i/ })).queryByText('Chattbot för bygglov')).not.toBeInTheDocument();
  });

  it('renders no personal data, even when the JSON holds some', async () => {
    stubFetch(standardAnswers());
    const { container } = renderPublic('/public/DP2027');
    await screen.findByRole('table', { name: /^Beviljade initiativ i/ });
    const text = container.textContent ?? '';
    for (const value of ['Alva Sökande', 'alva.sokande@kommun.example', 'Karin Kommundirektör', 'Sara Sökande', 'Per Persson', 'per.persson@kommun.example', '19800101-1234', 'Ryms inte i budgeten.']) {
      expect(text).not.toContain(value);
    }
    expect(container.innerHTML).not.toContain('@kommun.example');
  });

  it('links to the open data files with the note on reuse and personal data', async () => {
    stubFetch(standardAnswers());
    renderPublic('/public/DP2027');
    const section = await screen.findByRole('region', { name: 'Öppna data' });
    expect(within(section).getByText('Uppgifterna är allmänna handlingar och får återanvändas fritt. Inga personuppgifter ingår.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Besluten i Digitaliseringspotten 2027 som JSON' })).toHaveAttribute('href', '/api/open-data/fund-rounds/DP2027/decisions.json');
    const csv = within(section).getByRole('link', { name: 'Besluten i Digitaliseringspotten 2027 som CSV (öppnas i Excel)' });
    expect(csv).toHaveAttribute('href', '/api/open-data/fund-rounds/DP2027/decisions.csv');
    expect(csv).toHaveAttribute('download');
    expect(within(section).getByRole('link', { name: 'Alla ansökningsomgångar som JSON' })).toHaveAttribute('href', '/api/open-data/fund-rounds.json');
  });

  it('switches the round with the round picker: the address and the decisions follow', async () => {
    const fetchMock = stubFetch(standardAnswers());
    const user = userEvent.setup();
    renderPublic('/public');
    await screen.findByRole('heading', { level: 2, name: 'Digitaliseringspotten 2027' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ansökningsomgång' }), 'DP2026');
    expect(await screen.findByRole('heading', { level: 2, name: 'Digitaliseringspotten 2026' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/public/DP2026'));
    const table = screen.getByRole('table', { name: 'Beviljade initiativ i Digitaliseringspotten 2026' });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Digital signering av avtal');
    expect(within(table).getByText('Avtalshantering')).toBeInTheDocument();
    expect(screen.queryByText('E-tjänst för skolskjuts')).not.toBeInTheDocument();
    expect(screen.getByTestId('public-summary')).toHaveTextContent(`Beviljat 4 000 000 kr av budgeten 10 000 000 kr.`);
    expect(screen.getByText('Det finns inga avslag eller bordlagda ansökningar i ansökningsomgången.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/open-data/fund-rounds/DP2026/decisions.json', expect.anything());
  });

  it('says so while loading, and offers to try again after an error', async () => {
    let decisionsAnswer: () => Answer = () => 'network-error';
    stubFetch({ ...standardAnswers(), '/api/open-data/fund-rounds/DP2027/decisions.json': () => decisionsAnswer() });
    const user = userEvent.setup();
    renderPublic('/public/DP2027');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta besluten. Försök igen om en stund.');
    decisionsAnswer = () => 'pending';
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Laddar besluten …')).toBeInTheDocument();
  });

  it('recovers from a failed load when tried again', async () => {
    let fail = true;
    stubFetch({ ...standardAnswers(), '/api/open-data/fund-rounds.json': () => (fail ? json({ message: 'boom' }, 500) : json(rounds)) });
    const user = userEvent.setup();
    renderPublic('/public');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta ansökningsomgångarna. Försök igen om en stund.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Digitaliseringspotten 2027' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the rounds loading while the list is on its way', async () => {
    stubFetch({ '/api/open-data/fund-rounds.json': () => 'pending' });
    renderPublic('/public');
    expect(await screen.findByText('Laddar ansökningsomgångarna …')).toBeInTheDocument();
  });

  it('treats a malformed answer as an error rather than showing half of it', async () => {
    stubFetch({ ...standardAnswers(), '/api/open-data/fund-rounds/DP2027/decisions.json': () => json({ round: decisions2027.round, decisions: [{ title: 'Utan id' }] }) });
    renderPublic('/public/DP2027');
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att hämta besluten.');
  });

  it('says when there is nothing to show: no rounds, a round without decisions, an unknown round', async () => {
    stubFetch({ '/api/open-data/fund-rounds.json': () => json([]) });
    const first = renderPublic('/public');
    expect(await screen.findByText('Det finns inga beslut att visa ännu.')).toBeInTheDocument();
    first.unmount();

    stubFetch({
      ...standardAnswers(),
      '/api/open-data/fund-rounds/DP2028/decisions.json': () => json({ round: { code: 'DP2028', name: 'Digitaliseringspotten 2028', year: 2028, budget: 15_000_000 }, decisions: [] }),
    });
    const second = renderPublic('/public/DP2028');
    expect(await screen.findByText('Inga beslut är fattade i ansökningsomgången ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // the open data links are there even so
    expect(screen.getByRole('link', { name: 'Besluten i Digitaliseringspotten 2028 som JSON' })).toBeInTheDocument();
    second.unmount();

    stubFetch(standardAnswers());
    const user = userEvent.setup();
    renderPublic('/public/NOPE');
    expect(await screen.findByText('Ansökningsomgången ”NOPE” finns inte.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Visa den senaste ansökningsomgången' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Digitaliseringspotten 2027' })).toBeInTheDocument();
  });

  it('is in English when English is chosen', async () => {
    stubFetch(standardAnswers());
    renderPublic('/public/DP2027', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Granted initiatives' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Granted initiatives in Digitaliseringspotten 2027' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Initiative',
      'Department',
      'Management object',
      'Granted amount',
      'Per year',
      'Expected effects',
      'Status',
      'Decision date',
      'Registration number',
    ]);
    expect(within(table).getByText('450,000 kr')).toBeInTheDocument();
    expect(screen.getByText('The information is public record and may be reused freely. No personal data is included.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Granted initiatives – Digitaliseringsportföljen'));
  });
});
