import { describe, expect, it } from '@jest/globals';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { createMockClient, createUrqlClient, type MockHandler, type ReferenceDataQuery, type SessionUser } from '@dp/web/data-access';
import { LANGUAGE_STORAGE_KEY, createI18n } from '@dp/web/ui';
import { App, AppProviders } from './app';

const referenceData: ReferenceDataQuery = {
  departments: [
    { id: 'd-1', code: 'SOC', name: 'Socialförvaltningen' },
    { id: 'd-2', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' },
  ],
  goalAreas: [{ id: 'g-1', code: 'EFF', name: 'Effektiv och digital verksamhet' }],
  fundRounds: [{ id: 'r-1', code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000, status: 'OPEN' }],
};

const applicant: SessionUser = {
  id: 'u-1',
  email: 'sokande@demo.example',
  displayName: 'Sara Sökande',
  active: true,
  roles: [{ role: 'APPLICANT', department: { id: 'd-2', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' } }],
};

const analyst: SessionUser = {
  id: 'u-2',
  email: 'portfoljkontor@demo.example',
  displayName: 'Per Portföljkontor',
  active: true,
  roles: [{ role: 'PORTFOLIO_ANALYST', department: null }],
};

const emptyList = { initiatives: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } };

/** Shows the current location, so a test can see where the app navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderApp(route: string, { me = applicant, mutation, query }: { me?: SessionUser | null; mutation?: MockHandler; query?: MockHandler } = {}) {
  const mock = createMockClient({
    query: (name, variables) => {
      const answer = query?.(name, variables);
      if (answer) return answer;
      if (name === 'Me') return { data: { me } };
      if (name === 'ReferenceData') return { data: referenceData };
      if (name === 'InitiativeList') return { data: emptyList };
      return undefined;
    },
    ...(mutation ? { mutation } : {}),
  });
  const view = render(
    <AppProviders createClient={() => mock.client} i18n={createI18n()} env="test">
      <MemoryRouter initialEntries={[route]}>
        <App />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, ...mock };
}

describe('App shell', () => {
  it('sends / to the initiatives, with landmarks, a skip link and the current page marked', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiativ' })).toBeInTheDocument();
    expect(document.title).toBe('Initiativ – Digitaliseringsportföljen');
    expect(document.documentElement.lang).toBe('sv');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Digitaliseringsportföljen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Initiativ' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Nytt initiativ' })).not.toHaveAttribute('aria-current');

    const main = screen.getByRole('main');
    const skip = screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    expect(skip).toHaveAttribute('href', `#${main.id}`);
  });

  it('switches the whole interface to English, remembers the choice and sets <html lang>', async () => {
    const user = userEvent.setup();
    renderApp('/initiatives');
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    const switcher = screen.getByRole('group', { name: 'Språk' });
    expect(within(switcher).getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Initiatives' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Initiatives', 'New initiative']);
    expect(screen.getByText('No initiatives match the filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Initiatives – Digitaliseringsportföljen');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language chosen before', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderApp('/initiatives/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New initiative' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New initiative' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a translated 404 page for an unknown address', async () => {
    renderApp('/finns/inte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till initiativen' })).toHaveAttribute('href', '/initiatives');
    expect(document.title).toBe('Sidan finns inte – Digitaliseringsportföljen');
  });

  it('sends a visitor who is not signed in to the sign-in page, remembering the page', async () => {
    const { calls } = renderApp('/initiatives/new?x=1', { me: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Finitiatives%2Fnew%3Fx%3D1'));
    expect(document.title).toBe('Logga in – Digitaliseringsportföljen');
    // no user and nothing protected asked for; the only link is the public portfolio (no sign-in needed)
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Beviljade initiativ', '/public']]);
    expect(screen.queryByTestId('current-user')).not.toBeInTheDocument();
    expect(calls.map((c) => c.operationName)).toEqual(['Me']);
  });

  it('shows the signed-in user’s name and Swedish role in the header, and signs out to /login', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/initiatives', { mutation: (name) => (name === 'Logout' ? { data: { logout: true } } : undefined) });
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    const banner = screen.getByRole('banner');
    const who = within(banner).getByTestId('current-user');
    expect(who).toHaveTextContent('Sara Sökande');
    expect(who).toHaveTextContent('Sökande (Barn- och utbildningsförvaltningen)');

    await user.click(within(banner).getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/login$/));
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.operationName)).toEqual(['Logout']);
  });

  it('names the roles in English too', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderApp('/initiatives', { me: analyst });
    await screen.findByRole('heading', { level: 1, name: 'Initiatives' });
    expect(screen.getByTestId('current-user')).toHaveTextContent('Per Portföljkontor');
    expect(screen.getByTestId('current-user')).toHaveTextContent('Portfolio office');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('hides "Nytt initiativ" from a user without an applicant role, and explains on the form’s address', async () => {
    renderApp('/initiatives', { me: analyst });
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    expect(screen.getByTestId('current-user')).toHaveTextContent('Portföljkontoret');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links.slice(0, 4)).toEqual(['Initiativ', 'Prioritering', 'Ledningsgruppsmöten', 'Kalkylparametrar']);
    expect(screen.queryByRole('link', { name: 'Nytt initiativ' })).not.toBeInTheDocument();
  });

  it('offers "Prioritering" to the management group: /portfolio opens the open round’s ranking board, marked as current', async () => {
    const user = userEvent.setup();
    const member: SessionUser = { ...analyst, id: 'u-3', displayName: 'Lena Ledningsgrupp', roles: [{ role: 'MANAGEMENT_GROUP', department: null }] };
    renderApp('/initiatives', {
      me: member,
      query: (name) =>
        name === 'PortfolioRounds'
          ? { data: { fundRounds: [{ id: 'r-1', name: 'Digitaliseringspotten 2027', year: 2027, status: 'OPEN' }] } }
          : name === 'PortfolioBoard'
            ? {
                data: {
                  portfolio: {
                    budget: 12_000_000,
                    yearlyBudgets: [],
                    staffCapacity: [],
                    fundRound: { id: 'r-1', name: 'Digitaliseringspotten 2027', year: 2027, status: 'OPEN', scenarios: [] },
                    items: [],
                  },
                },
              }
            : undefined,
    });
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    await user.click(within(nav).getByRole('link', { name: 'Prioritering' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/portfolio\/r-1$/));
    expect(within(nav).getByRole('link', { name: 'Prioritering' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Det finns inga beredda ansökningar i omgången ännu.')).toBeInTheDocument();
  });

  it('shows an applicant no "Ledningsgruppsmöten", and explains at its address', async () => {
    renderApp('/meetings');
    expect(await screen.findByText('Ledningsgruppens möten visas för portföljkontoret, ledningsgruppen, beslutsfattare, revisorer och administratörer. Kontakta portföljkontoret om du behöver se dem.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).queryByRole('link', { name: 'Ledningsgruppsmöten' })).not.toBeInTheDocument();
  });

  it('shows an applicant no "Prioritering", and explains at its address', async () => {
    renderApp('/portfolio/r-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Prioritering' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Prioriteringen visas för portföljkontoret, ledningsgruppen');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).queryByRole('link', { name: 'Prioritering' })).not.toBeInTheDocument();
  });

  it('offers the portfolio office "Kalkylparametrar" in the menu, and opens the page marked as current', async () => {
    const user = userEvent.setup();
    renderApp('/initiatives', { me: analyst });
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    await user.click(within(nav).getByRole('link', { name: 'Kalkylparametrar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/calculation-parameters$/));
    expect(within(nav).getByRole('link', { name: 'Kalkylparametrar' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Initiativ' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Kalkylparametrar – Digitaliseringsportföljen');
  });

  it('shows an applicant no "Kalkylparametrar", and the translated not-allowed page at its address', async () => {
    renderApp('/initiatives');
    await screen.findByRole('heading', { level: 1, name: 'Initiativ' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).queryByRole('link', { name: 'Kalkylparametrar' })).not.toBeInTheDocument();

    renderApp('/calculation-parameters');
    expect(await screen.findByText('Du har inte behörighet till sidan')).toBeInTheDocument();
    expect(screen.getByText(/Bara portföljkontoret och administratörer kan ändra kalkylparametrarna\./)).toBeInTheDocument();
  });

  it('sends the user to the sign-in page with a notice when the session has expired', async () => {
    let signedIn = true;
    const fetch = (async (_url: unknown, init?: RequestInit) => {
      const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
      let body: unknown;
      if (operationName === 'Me') {
        const roles = applicant.roles.map((g) => ({ __typename: 'RoleGrant', ...g, department: g.department && { __typename: 'Department', ...g.department } }));
        body = { data: { me: signedIn ? { __typename: 'User', ...applicant, roles } : null } };
      } else if (operationName === 'ReferenceData') {
        body = {
          data: {
            departments: referenceData.departments.map((d) => ({ __typename: 'Department', ...d })),
            goalAreas: referenceData.goalAreas.map((g) => ({ __typename: 'GoalArea', ...g })),
            fundRounds: referenceData.fundRounds.map((r) => ({ __typename: 'FundRound', ...r })),
          },
        };
      } else {
        // the session ended on the server meanwhile
        signedIn = false;
        body = { data: null, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] };
      }
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;

    render(
      <AppProviders createClient={(options) => createUrqlClient({ url: 'http://api.test/graphql', fetch, ...options })} i18n={createI18n()} env="test">
        <MemoryRouter initialEntries={['/initiatives']}>
          <App />
          <LocationProbe />
        </MemoryRouter>
      </AppProviders>,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByText('Du har loggats ut')).toBeInTheDocument();
    expect(screen.getByText('Din inloggning har gått ut. Logga in igen för att fortsätta där du var.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Finitiatives'));
  });
});
