import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandler, SessionUser } from '@dp/web/data-access';
import { renderPage } from '../testing/render';
import { applicantUser, initiative } from '../testing/fixtures';
import { InitiativeComments } from './initiative-comments';

const withComments = {
  ...initiative,
  comments: [
    { id: 'c-1', authorName: 'Per Portföljkontor', text: 'Hur många ärenden per år gäller det?', createdAt: '2026-11-23T09:05:00.000Z' },
    { id: 'c-2', authorName: 'Alva Sökande', text: 'Cirka 3 000.', createdAt: '2026-11-23T10:00:00.000Z' },
  ],
};

const auditorUser: SessionUser = {
  id: 'u-auditor',
  email: 'revisor@demo.example',
  displayName: 'Rut Revisor',
  active: true,
  roles: [{ role: 'AUDITOR', department: null }],
};

function renderComments({ user, mutation, detail = withComments }: { user?: SessionUser; mutation?: MockHandler; detail?: typeof initiative } = {}) {
  return renderPage(<InitiativeComments initiative={detail} />, {
    path: '/initiatives/:id',
    route: '/initiatives/i-2',
    user: user ?? applicantUser,
    ...(mutation ? { mutation } : {}),
  });
}

describe('Kommentarer (the comments of an initiative)', () => {
  it('lists the comments oldest first with who wrote them and when', () => {
    renderComments();
    const section = screen.getByRole('region', { name: 'Kommentarer' });
    const items = within(within(section).getByRole('list', { name: 'Kommentarer, äldst först' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Per Portföljkontor, 2026-11-23 10:05Hur många ärenden per år gäller det?',
      'Alva Sökande, 2026-11-23 11:00Cirka 3 000.',
    ]);
  });

  it('says so when there are none', () => {
    renderComments({ detail: initiative });
    expect(screen.getByText('Inga kommentarer ännu.')).toBeInTheDocument();
  });

  it('will not send an empty comment, and sends a written one for the initiative', async () => {
    const user = userEvent.setup();
    const { calls } = renderComments({
      mutation: (name, variables) =>
        name === 'AddComment'
          ? { data: { addComment: { id: 'c-3', authorName: 'Alva Sökande', text: variables['text'], createdAt: '2026-11-24T08:00:00.000Z' } } }
          : undefined,
    });
    const field = screen.getByRole('textbox', { name: 'Ny kommentar' });
    await user.click(screen.getByRole('button', { name: 'Lägg till kommentar' }));
    expect(await screen.findByText('Skriv en kommentar.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    await user.type(field, 'Vi har bett IT om en uppskattning.');
    await user.click(screen.getByRole('button', { name: 'Lägg till kommentar' }));
    expect(await screen.findByText('Kommentaren har lagts till.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')?.variables).toEqual({ initiativeId: 'i-2', text: 'Vi har bett IT om en uppskattning.' });
    expect(field).toHaveValue('');
  });

  it('puts the server’s validation error on the field and keeps the text', async () => {
    const user = userEvent.setup();
    renderComments({
      mutation: () => ({ errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LONG' } }] }),
    });
    const field = screen.getByRole('textbox', { name: 'Ny kommentar' });
    await user.type(field, 'För lång enligt servern');
    await user.click(screen.getByRole('button', { name: 'Lägg till kommentar' }));
    expect(await screen.findByText(/^Skriv högst 5.000 tecken\.$/)).toBeInTheDocument();
    expect(field).toHaveValue('För lång enligt servern');
  });

  it('shows a refusal translated', async () => {
    const user = userEvent.setup();
    renderComments({
      mutation: () => ({ errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } }] }),
    });
    await user.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Hej');
    await user.click(screen.getByRole('button', { name: 'Lägg till kommentar' }));
    expect(await screen.findByText('Din roll ger inte behörighet att göra det här.')).toBeInTheDocument();
  });

  it('lets an auditor read but not write, and says why', () => {
    renderComments({ user: auditorUser });
    expect(screen.getByText('Cirka 3 000.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Ny kommentar' })).not.toBeInTheDocument();
    expect(screen.getByTestId('comments-read-only')).toHaveTextContent('Som revisor kan du läsa kommentarerna men inte skriva egna.');
  });
});
