import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { createMockClient, type ReferenceDataQuery } from '@dp/web/data-access';
import { LANGUAGE_STORAGE_KEY, createI18n } from '@dp/web/ui';
import { App, AppProviders } from './app';

const referenceData: ReferenceDataQuery = {
  departments: [{ id: 'd-1', code: 'SOC', name: 'Socialförvaltningen' }],
  goalAreas: [{ id: 'g-1', code: 'EFF', name: 'Effektiv och digital verksamhet' }],
  fundRounds: [{ id: 'r-1', code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000, status: 'OPEN' }],
};

function renderApp(route: string) {
  const { client } = createMockClient({
    query: (name) => {
      if (name === 'ReferenceData') return { data: referenceData };
      if (name === 'InitiativeList')
        return { data: { initiatives: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };
      return undefined;
    },
  });
  return render(
    <AppProviders client={client} i18n={createI18n()} env="test">
      <MemoryRouter initialEntries={[route]}>
        <App />
      </MemoryRouter>
    </AppProviders>,
  );
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
});
