import { describe, expect, it } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { analystUser, applicantUser, auditorUser, users } from '../testing/fixtures';
import { UsersPage } from './users-page';
import { adminNavItems } from './access';
import { actorOf } from '@dp/web/data-access';

function renderUsers({ route = '/admin/users', user, language }: { route?: string; user?: SessionUser; language?: 'sv' | 'en' } = {}) {
  return renderAdmin(<UsersPage />, {
    path: '/admin/users',
    route,
    ...(user ? { user } : {}),
    ...(language ? { language } : {}),
    query: (name) => (name === 'AdminUsers' ? { data: { users } } : undefined),
  });
}

describe('UsersPage', () => {
  it('lists the users with their roles and departments in Swedish, and whether they are active', async () => {
    renderUsers();
    expect(await screen.findByRole('heading', { level: 1, name: 'Användare och roller' })).toBeInTheDocument();
    expect(document.title).toBe('Användare och roller – Digitaliseringsportföljen');
    const table = screen.getByRole('table', { name: 'Användare med roller' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Namn', 'E-postadress', 'Roller', 'Delegation', 'Status', 'Åtgärder']);

    const sara = screen.getByTestId('user-u-sara');
    expect(within(sara).getByRole('rowheader')).toHaveTextContent('Sara Sökande');
    expect(within(sara).getByText('Sökande (Barn- och utbildningsförvaltningen)')).toBeInTheDocument();
    expect(within(sara).getByText('Förvaltningsledning (Socialförvaltningen)')).toBeInTheDocument();
    expect(within(screen.getByTestId('user-u-admin')).getByText('Administratör')).toBeInTheDocument();
    expect(within(screen.getByTestId('user-u-rolf')).getByText('Revisor')).toBeInTheDocument();
    expect(within(screen.getByTestId('user-u-rolf')).getByText('Inaktiverad')).toBeInTheDocument();
    expect(within(sara).getByRole('link', { name: 'Redigera Sara Sökande' })).toHaveAttribute('href', '/admin/users/u-sara');
    expect(screen.getByRole('link', { name: 'Ny användare' })).toHaveAttribute('href', '/admin/users/new');
  });

  it('filters by name, e-mail, role or department, and keeps the filter in the address', async () => {
    const user = userEvent.setup();
    renderUsers();
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Filtrera användare' }), 'social');
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(1);
    expect(screen.getByTestId('user-u-sara')).toBeInTheDocument();
    expect(screen.getByTestId('users-count')).toHaveTextContent('1 användare av 3');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/admin/users?q=social'));

    await user.clear(screen.getByRole('searchbox', { name: 'Filtrera användare' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filtrera användare' }), 'revisor');
    expect(screen.getByTestId('user-u-rolf')).toBeInTheDocument();
    expect(screen.queryByTestId('user-u-sara')).not.toBeInTheDocument();
  });

  it('names the roles in English too', async () => {
    renderUsers({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users and roles' })).toBeInTheDocument();
    expect(screen.getByText('Applicant (Barn- och utbildningsförvaltningen)')).toBeInTheDocument();
    expect(screen.getByText('Deactivated')).toBeInTheDocument();
  });

  it.each([
    ['an auditor', auditorUser],
    ['an analyst', analystUser],
  ])('explains to %s that only administrators manage users, and asks the API for nothing', (_who, who) => {
    const { calls } = renderUsers({ user: who });
    expect(screen.getByRole('heading', { level: 1, name: 'Användare och roller' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Bara administratörer kan hantera användare och roller.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ny användare' })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});

describe('adminNavItems', () => {
  it('offers each page only to the roles that may open it', () => {
    expect(adminNavItems(actorOf(analystUser))).toEqual([
      { path: '/calculation-parameters', labelKey: 'admin:nav.calculationParameters' },
      { path: '/criteria', labelKey: 'admin:nav.criteria' },
    ]);
    expect(adminNavItems(actorOf(auditorUser))).toEqual([{ path: '/audit', labelKey: 'admin:nav.audit' }]);
    expect(adminNavItems(actorOf(applicantUser))).toEqual([]);
    const admin = { ...analystUser, roles: [{ role: 'ADMINISTRATOR' as const, department: null }] };
    expect(adminNavItems(actorOf(admin)).map((i) => i.path)).toEqual(['/calculation-parameters', '/criteria', '/admin/users', '/audit']);
  });
});
