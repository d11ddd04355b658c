import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { DelegationLevelsQuery, MockHandler, MockResponse } from '@dp/web/data-access';
import { renderAdmin } from '../../testing/render';
import { departments, users } from '../../testing/fixtures';
import { CreateUserPage } from '../create-user-page';
import { EditUserPage } from '../edit-user-page';
import { UsersPage } from '../users-page';


/** the open 2027 round is the default: its levels are offered; the closed 2026 round names another one */
const levels: DelegationLevelsQuery = {
  fundRounds: [
    { id: 'r-2026', year: 2026, status: 'CLOSED', delegation: [{ upTo: null, signatory: 'OLD_DIRECTOR', label: 'Gammal direktör' }] },
    {
      id: 'r-2027',
      year: 2027,
      status: 'OPEN',
      delegation: [
        { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
        { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
      ],
    },
  ],
};

const withDelegations = users.map((u) =>
  u.id === 'u-sara' ? { ...u, delegations: ['DIGITALISATION_MANAGER', 'RETIRED_LEVEL'] } : u.id === 'u-admin' ? { ...u, delegations: ['MUNICIPAL_DIRECTOR'] } : u,
);

function queries(levelsAnswer: () => MockResponse | undefined = () => ({ data: levels })): MockHandler {
  return (name) => {
    if (name === 'AdminUsers') return { data: { users: withDelegations } };
    if (name === 'AdminDepartments') return { data: { departments } };
    if (name === 'DelegationLevels') return levelsAnswer();
    return undefined;
  };
}

const delegationGroup = () => screen.getByRole('group', { name: /^Delegation/ });

async function fillAccount(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: /E-postadress/ }), 'karin@demo.example');
  await user.type(screen.getByRole('textbox', { name: /Namn/ }), 'Karin Kommundirektör');
  await user.type(screen.getByLabelText(/Lösenord/, { selector: 'input' }), 'ett-langt-losenord');
}

describe('the delegation levels of a user', () => {
  it('are offered from the default round’s delegation order when creating a user, and sent', async () => {
    const user = userEvent.setup();
    const { calls } = renderAdmin(<CreateUserPage />, {
      path: '/admin/users/new',
      route: '/admin/users/new',
      query: queries(),
      mutation: (name) => (name === 'CreateUser' ? { data: { createUser: { ...users[0]!, id: 'u-new', displayName: 'Karin Kommundirektör', delegations: ['MUNICIPAL_DIRECTOR'] } } } : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Ny användare' });
    const group = await waitFor(() => delegationGroup());
    expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['DIGITALISATION_MANAGER', 'MUNICIPAL_DIRECTOR']);
    expect(within(group).queryByText('Gammal direktör')).not.toBeInTheDocument();
    await fillAccount(user);
    // a user without roles is allowed: remove the empty role row
    await user.click(screen.getByRole('button', { name: 'Ta bort roll 1' }));
    await user.click(within(group).getByRole('checkbox', { name: /Kommundirektör/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));

    expect(await screen.findByText('Användaren Karin Kommundirektör har skapats.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'CreateUser',
      variables: { input: { email: 'karin@demo.example', roles: [], delegations: ['MUNICIPAL_DIRECTOR'] } },
    });
  });

  it('shows the levels the user holds, a level the order no longer names too, and saves the change', async () => {
    const user = userEvent.setup();
    const { calls } = renderAdmin(<EditUserPage />, {
      path: '/admin/users/:id',
      route: '/admin/users/u-sara',
      query: queries(),
      mutation: (name, variables) => (name === 'UpdateUser' ? { data: { updateUser: { ...withDelegations[1]!, ...(variables['input'] as object), version: 5 } } } : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Redigera användare: Sara Sökande' });
    const group = await waitFor(() => delegationGroup());
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((c) => c.getAttribute('value'))).toEqual(['DIGITALISATION_MANAGER', 'MUNICIPAL_DIRECTOR', 'RETIRED_LEVEL']);
    expect(boxes.map((c) => (c as HTMLInputElement).checked)).toEqual([true, false, true]);
    expect(within(group).getByRole('checkbox', { name: 'RETIRED_LEVEL (finns inte i delegationsordningen)' })).toBeChecked();

    await user.click(within(group).getByRole('checkbox', { name: /RETIRED_LEVEL/ }));
    await user.click(within(group).getByRole('checkbox', { name: /Kommundirektör/ }));
    // the unknown level stays a choice after it is unchecked
    expect(within(group).getByRole('checkbox', { name: /RETIRED_LEVEL/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    expect(await screen.findByText('Ändringarna för Sara Sökande har sparats.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'UpdateUser',
      variables: { id: 'u-sara', version: 4, input: { delegations: ['DIGITALISATION_MANAGER', 'MUNICIPAL_DIRECTOR'] } },
    });
  });

  it('puts the API’s error about a level on the field, and keeps the user’s levels when the order cannot be loaded', async () => {
    const user = userEvent.setup();
    renderAdmin(<EditUserPage />, {
      path: '/admin/users/:id',
      route: '/admin/users/u-sara',
      query: queries(() => ({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })),
      mutation: () => ({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'input.delegations.1', reason: 'UNKNOWN_REFERENCE' } }] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Redigera användare: Sara Sökande' });
    expect(await screen.findByText('Delegationsordningens nivåer kunde inte hämtas.')).toBeInTheDocument();
    const group = delegationGroup();
    expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['DIGITALISATION_MANAGER', 'RETIRED_LEVEL']);
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    const error = await screen.findByText('Nivån finns inte i delegationsordningen.');
    // the group is described by its error
    expect(group.getAttribute('aria-describedby')?.split(/\s+/)).toContain(error.id);
  });

  it('are listed per user on the users page, by the levels’ names', async () => {
    renderAdmin(<UsersPage />, { path: '/admin/users', route: '/admin/users', query: queries() });
    await screen.findByRole('table');
    expect(within(screen.getByTestId('user-delegations-u-admin')).getByText('Kommundirektör')).toBeInTheDocument();
    const sara = screen.getByTestId('user-delegations-u-sara');
    expect(within(sara).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Digitaliseringschef', 'RETIRED_LEVEL']);
    expect(screen.getByTestId('user-delegations-u-rolf')).toHaveTextContent('Ingen');
  });

  it('can be searched for on the users page', async () => {
    const user = userEvent.setup();
    renderAdmin(<UsersPage />, { path: '/admin/users', route: '/admin/users', query: queries() });
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Filtrera användare' }), 'kommundirektör');
    expect(screen.getByTestId('user-u-admin')).toBeInTheDocument();
    expect(screen.queryByTestId('user-u-sara')).not.toBeInTheDocument();
  });
});
