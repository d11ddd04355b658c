import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { MockHandler, SessionUser } from '@dp/web/data-access';
import { renderAuth } from '../testing/render';
import { LoginPage } from './login-page';

const sara: SessionUser = {
  id: 'u-1',
  email: 'sokande@demo.example',
  displayName: 'Sara Sökande',
  active: true,
  roles: [{ role: 'APPLICANT', department: { id: 'd-buf', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' } }],
};

function renderLogin(mutation?: MockHandler, { route = '/login', language = 'sv' }: { route?: string; language?: 'sv' | 'en' } = {}) {
  return renderAuth(<LoginPage />, { path: '/login', route, language, ...(mutation ? { mutation } : {}) });
}

const refuse = (extensions: Record<string, unknown>): MockHandler => () => ({ errors: [{ message: 'refused', extensions }] });

async function signIn(user: UserEvent, email = 'sokande@demo.example', password = 'fel') {
  await user.type(screen.getByLabelText(/E-postadress/), email);
  await user.type(screen.getByLabelText(/Lösenord/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('LoginPage', () => {
  it('has a heading and labelled fields with autocomplete, and checks them before asking the API', async () => {
    const user = userEvent.setup();
    const { calls } = renderLogin();
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(document.title).toBe('Logga in – Digitaliseringsportföljen');
    const email = screen.getByRole('textbox', { name: /E-postadress/ });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'username');
    const password = screen.getByLabelText(/Lösenord/, { selector: 'input' });
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');

    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Fyll i din e-postadress.')).toBeInTheDocument();
    expect(screen.getByText('Fyll i ditt lösenord.')).toBeInTheDocument();
    expect(email).toHaveFocus();
    await user.type(email, 'sara');
    expect(await screen.findByText('Skriv e-postadressen i formen namn@exempel.se.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('says plainly when the e-mail address or password is wrong, moves the focus there and keeps the e-mail address', async () => {
    const user = userEvent.setup();
    const { calls } = renderLogin(refuse({ code: 'INVALID_CREDENTIALS' }));
    await signIn(user, 'sokande@demo.example', 'fel');

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Inloggningen misslyckades');
    expect(summary).toHaveTextContent('Fel e-postadress eller lösenord. Kontrollera uppgifterna och försök igen.');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /E-postadress/ })).toHaveValue('sokande@demo.example');
    expect(screen.getByLabelText(/Lösenord/, { selector: 'input' })).toHaveValue('');
    expect(calls[0]).toMatchObject({ kind: 'mutation', operationName: 'Login', variables: { email: 'sokande@demo.example', password: 'fel' } });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
  });

  it('tells until when a locked account is locked, in Swedish time', async () => {
    const user = userEvent.setup();
    renderLogin(refuse({ code: 'ACCOUNT_LOCKED', lockedUntil: '2026-11-29T17:30:00.000Z' }));
    await signIn(user);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'Kontot är låst eftersom inloggningen misslyckades för många gånger i rad. Försök igen efter 2026-11-29 18:30.',
    );
    expect(summary).toHaveFocus();
  });

  it('tells how long to wait after too many attempts, in English too', async () => {
    const user = userEvent.setup();
    renderLogin(refuse({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 }), { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/E-mail address/), 'sokande@demo.example');
    await user.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'fel');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins from your connection. Wait 15 minutes, then try again.');
  });

  it('goes on to the page the user came from after signing in', async () => {
    const user = userEvent.setup();
    renderLogin(() => ({ data: { login: sara } }), { route: '/login?next=%2Finitiatives%2Fnew%3Fround%3Dr-1' });
    await signIn(user, 'sokande@demo.example', 'demo');
    await screen.findByText('/initiatives/new?round=r-1');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/initiatives/new?round=r-1'));
  });

  it('goes to the initiatives when there is no page to return to, or it is on another site', async () => {
    const user = userEvent.setup();
    renderLogin(() => ({ data: { login: sara } }), { route: '/login?next=%2F%2Fevil.example%2Fx' });
    await signIn(user, 'sokande@demo.example', 'demo');
    expect(await screen.findByText('/initiatives')).toBeInTheDocument();
  });
});
