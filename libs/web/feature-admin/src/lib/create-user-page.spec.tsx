import { describe, expect, it } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { MockHandler } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { applicantUser, departments, users } from '../testing/fixtures';
import { CreateUserPage } from './create-user-page';

function renderCreate(mutation?: MockHandler, user = undefined as typeof applicantUser | undefined) {
  return renderAdmin(<CreateUserPage />, {
    path: '/admin/users/new',
    route: '/admin/users/new',
    ...(user ? { user } : {}),
    query: (name) => (name === 'AdminDepartments' ? { data: { departments } } : undefined),
    ...(mutation ? { mutation } : {}),
  });
}

/** The text that describes a field (its help and error), as a screen reader announces it. */
function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function chooseRole(user: UserEvent, row: HTMLElement, role: string) {
  await user.click(within(row).getByRole('combobox', { name: /Roll/ }));
  await user.click(await screen.findByRole('option', { name: role }));
}

async function fillAccount(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: /E-postadress/ }), 'Ny.Person@demo.example');
  await user.type(screen.getByRole('textbox', { name: /Namn/ }), 'Nina Ny');
  await user.type(screen.getByLabelText(/Lösenord/, { selector: 'input' }), 'ett-langt-losenord');
}

describe('CreateUserPage', () => {
  it('has a heading, labelled fields and one role row to start with', async () => {
    renderCreate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny användare' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /E-postadress/ })).toBeRequired();
    expect(screen.getByLabelText(/Lösenord/, { selector: 'input' })).toHaveAttribute('autocomplete', 'new-password');
    const row = screen.getByRole('group', { name: 'Roll 1' });
    expect(within(row).getByRole('combobox', { name: /Roll/ })).toBeInTheDocument();
    // no department until a department-scoped role is chosen
    expect(within(row).queryByRole('combobox', { name: /Förvaltning/ })).not.toBeInTheDocument();
  });

  it('requires a department for an applicant role (the domain rule), and none for an auditor', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate();
    await screen.findByRole('heading', { level: 1 });
    await fillAccount(user);
    const row = screen.getByRole('group', { name: 'Roll 1' });
    await chooseRole(user, row, 'Sökande');
    const department = within(row).getByRole('combobox', { name: /Förvaltning/ });
    expect(department).toBeRequired();

    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(await screen.findByText('Välj förvaltning för rollen.')).toBeInTheDocument();
    expect(descriptionOf(department)).toContain('Välj förvaltning för rollen.');
    expect(screen.getByRole('alert')).toHaveTextContent('Formuläret innehåller fel.');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    // an auditor belongs to no department: the select goes away with its error
    await chooseRole(user, row, 'Revisor');
    expect(within(row).queryByRole('combobox', { name: /Förvaltning/ })).not.toBeInTheDocument();
  });

  it('checks the password length and duplicate roles before asking the API', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate();
    await screen.findByRole('heading', { level: 1 });
    await user.type(screen.getByRole('textbox', { name: /E-postadress/ }), 'nina@demo.example');
    await user.type(screen.getByRole('textbox', { name: /Namn/ }), 'Nina Ny');
    const password = screen.getByLabelText(/Lösenord/, { selector: 'input' });
    await user.type(password, 'kort');
    await chooseRole(user, screen.getByRole('group', { name: 'Roll 1' }), 'Revisor');
    await user.click(screen.getByRole('button', { name: 'Lägg till roll' }));
    await chooseRole(user, screen.getByRole('group', { name: 'Roll 2' }), 'Revisor');
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));

    expect(await screen.findByText('Skriv minst 12 tecken.')).toBeInTheDocument();
    expect(descriptionOf(password)).toContain('Skriv minst 12 tecken.');
    expect(screen.getByText('Samma roll finns flera gånger. Ta bort dubbletten.')).toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Ta bort roll 2' }));
    expect(screen.queryByRole('group', { name: 'Roll 2' })).not.toBeInTheDocument();
  });

  it('shows the server’s TAKEN error next to the e-mail address and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate(() => ({
      errors: [{ message: 'taken', extensions: { code: 'BAD_USER_INPUT', field: 'email', reason: 'TAKEN' } }],
    }));
    await screen.findByRole('heading', { level: 1 });
    await fillAccount(user);
    const row = screen.getByRole('group', { name: 'Roll 1' });
    await chooseRole(user, row, 'Sökande');
    await user.click(within(row).getByRole('combobox', { name: /Förvaltning/ }));
    await user.click(await screen.findByRole('option', { name: 'Socialförvaltningen' }));
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));

    const email = screen.getByRole('textbox', { name: /E-postadress/ });
    expect(await screen.findByText('Det finns redan en användare med den här e-postadressen.')).toBeInTheDocument();
    expect(descriptionOf(email)).toContain('Det finns redan en användare med den här e-postadressen.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(email).toHaveValue('Ny.Person@demo.example');
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'CreateUser',
      variables: {
        input: {
          email: 'ny.person@demo.example',
          displayName: 'Nina Ny',
          password: 'ett-langt-losenord',
          roles: [{ role: 'APPLICANT', departmentId: 'd-soc' }],
        },
      },
    });
  });

  it('puts a server error of a role row on its department, and says when the server cannot be reached', async () => {
    const user = userEvent.setup();
    let answer: 'field' | 'network' = 'field';
    renderCreate(() =>
      answer === 'field'
        ? { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'roles.0.departmentId', reason: 'UNKNOWN_REFERENCE' } }] }
        : { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    );
    await screen.findByRole('heading', { level: 1 });
    await fillAccount(user);
    const row = screen.getByRole('group', { name: 'Roll 1' });
    await chooseRole(user, row, 'Förvaltningsledning');
    await user.click(within(row).getByRole('combobox', { name: /Förvaltning/ }));
    await user.click(await screen.findByRole('option', { name: 'Barn- och utbildningsförvaltningen' }));
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(await screen.findByText('Förvaltningen finns inte längre. Välj en annan.')).toBeInTheDocument();

    answer = 'network';
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(await screen.findByText('Något gick fel')).toBeInTheDocument();
  });

  it('creates the user, says so and goes back to the list', async () => {
    const user = userEvent.setup();
    renderCreate((name) =>
      name === 'CreateUser' ? { data: { createUser: { ...users[2]!, id: 'u-new', displayName: 'Nina Ny', email: 'nina@demo.example' } } } : undefined,
    );
    await screen.findByRole('heading', { level: 1 });
    await fillAccount(user);
    await chooseRole(user, screen.getByRole('group', { name: 'Roll 1' }), 'Revisor');
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(await screen.findByText('Användaren Nina Ny har skapats.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/users$/));
  });

  it('explains to a non-administrator why there is no form', () => {
    const { calls } = renderCreate(undefined, applicantUser);
    expect(screen.getByRole('heading', { level: 1, name: 'Ny användare' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Du har inte behörighet till sidan');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
