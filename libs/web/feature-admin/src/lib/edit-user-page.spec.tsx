import { describe, expect, it } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandler } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { departments, users } from '../testing/fixtures';
import { EditUserPage } from './edit-user-page';

function renderEdit(mutation?: MockHandler, usersHandler: () => typeof users = () => users, id = 'u-sara') {
  return renderAdmin(<EditUserPage />, {
    path: '/admin/users/:id',
    route: `/admin/users/${id}`,
    query: (name) => {
      if (name === 'AdminUsers') return { data: { users: usersHandler() } };
      if (name === 'AdminDepartments') return { data: { departments } };
      return undefined;
    },
    ...(mutation ? { mutation } : {}),
  });
}

const refuse = (extensions: Record<string, unknown>): MockHandler => () => ({ errors: [{ message: 'refused', extensions }] });

describe('EditUserPage', () => {
  it('fills in the user, and saves name, active and roles with the version it was opened on', async () => {
    const user = userEvent.setup();
    const { calls } = renderEdit((name, variables) =>
      name === 'UpdateUser' && variables['version'] === 4 ? { data: { updateUser: { ...users[1]!, displayName: 'Sara Ny', active: false, version: 5 } } } : undefined,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera användare: Sara Sökande' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /E-postadress/ })).not.toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /Namn/ });
    expect(name).toHaveValue('Sara Sökande');
    const active = screen.getByRole('switch', { name: /Kontot är aktivt/ });
    expect(active).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Roll 1' })).getByRole('combobox', { name: /Förvaltning/ })).toHaveValue(
      'Barn- och utbildningsförvaltningen',
    );
    expect(within(screen.getByRole('group', { name: 'Roll 2' })).getByRole('combobox', { name: /Roll/ })).toHaveValue('Förvaltningsledning');

    await user.clear(name);
    await user.type(name, 'Sara Ny');
    await user.click(active);
    await user.click(screen.getByRole('button', { name: 'Ta bort roll 2' }));
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    expect(await screen.findByText('Ändringarna för Sara Ny har sparats.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'UpdateUser',
      variables: { id: 'u-sara', version: 4, input: { displayName: 'Sara Ny', active: false, roles: [{ role: 'APPLICANT', departmentId: 'd-buf' }] } },
    });
    // no new password typed: none sent
    expect((calls.find((c) => c.kind === 'mutation')?.variables['input'] as Record<string, unknown>)['password']).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/users$/));
  });

  it('explains that the last active administrator cannot lose the role', async () => {
    const user = userEvent.setup();
    renderEdit(refuse({ code: 'FORBIDDEN', reason: 'LAST_ADMINISTRATOR' }), () => users, 'u-admin');
    await screen.findByRole('heading', { level: 1, name: 'Redigera användare: Anna Administratör' });
    await user.click(screen.getByRole('switch', { name: /Kontot är aktivt/ }));
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText(/Det måste finnas minst en aktiv administratör\./)).toBeInTheDocument();
  });

  it('offers to load the latest version after a conflict, keeping what was typed', async () => {
    const user = userEvent.setup();
    let loads = 0;
    const { calls } = renderEdit(
      (name, variables) =>
        variables['version'] === 4
          ? { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 5 } }] }
          : name === 'UpdateUser'
            ? { data: { updateUser: { ...users[1]!, displayName: 'Sara Ändrad', version: 6 } } }
            : undefined,
      () => {
        loads += 1;
        return loads === 1 ? users : users.map((u) => (u.id === 'u-sara' ? { ...u, displayName: 'Sara Annan', version: 5 } : u));
      },
    );
    const name = await screen.findByRole('textbox', { name: /Namn/ });
    await user.clear(name);
    await user.type(name, 'Sara Ändrad');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    const conflict = await screen.findByTestId('user-conflict');
    expect(conflict).toHaveTextContent('Någon annan har ändrat användaren');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(await within(conflict).findByText(/Den senaste versionen är hämtad\./)).toBeInTheDocument();
    expect(name).toHaveValue('Sara Ändrad');

    await user.click(within(conflict).getByRole('button', { name: 'Behåll mina värden' }));
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText('Ändringarna för Sara Ändrad har sparats.')).toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.variables['version'])).toEqual([4, 5]);
  });

  it('says so when there is no such user', async () => {
    renderEdit(undefined, () => users, 'u-finns-inte');
    expect(await screen.findByText('Användaren finns inte')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till användarna' })).toHaveAttribute('href', '/admin/users');
  });
});
