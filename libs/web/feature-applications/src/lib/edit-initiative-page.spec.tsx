import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandler } from '@dp/web/data-access';
import { renderPage } from '../testing/render';
import { analystUser, bufApplicantUser, initiative, referenceData } from '../testing/fixtures';
import type { SessionUser } from '@dp/web/data-access';
import { AUTOSAVE_DELAY_MS, AutosaveDelayContext, EditInitiativePage } from './edit-initiative-page';

/** Someone else saved version 4 meanwhile: a new title and a higher amount. */
const latest = { ...initiative, version: 4, title: 'Automatiserad handläggning – etapp 1', requestedAmount: 1_500_000 };

/** The edit page; its autosave only where a test is about it (a timer firing on a slow machine would race the save button). */
function renderEdit(mutation: MockHandler, initiativeQuery?: MockHandler, { autosave = false }: { autosave?: boolean } = {}) {
  let reads = 0;
  const page = (
    <AutosaveDelayContext.Provider value={autosave ? AUTOSAVE_DELAY_MS : null}>
      <EditInitiativePage />
    </AutosaveDelayContext.Provider>
  );
  return renderPage(page, {
    path: '/initiatives/:id',
    route: '/initiatives/i-2',
    query: (name, variables) => {
      if (name === 'ReferenceData') return { data: referenceData };
      if (name === 'Initiative') {
        reads += 1;
        return initiativeQuery?.(name, variables) ?? { data: { initiative: reads === 1 ? initiative : latest } };
      }
      return undefined;
    },
    mutation,
  });
}

const conflict = { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT', currentVersion: 4 } }] };

describe('EditInitiativePage', () => {
  it('loads the initiative into the form and saves it with the version it was loaded at', async () => {
    const user = userEvent.setup();
    const { calls } = renderEdit((_name, variables) => ({
      data: { updateInitiative: { ...initiative, title: (variables['input'] as { title: string }).title, version: 4 } },
    }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /Titel/ });
    expect(title).toHaveValue(initiative.title);
    expect(screen.getByRole('checkbox', { name: 'Trygg vård och omsorg' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Sökt belopp/ })).toHaveValue('1\u00a0234\u00a0567\u00a0kr');

    await user.clear(title);
    await user.type(title, 'Automatiserad handläggning, version 2');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    expect(await screen.findByText('Ändringarna i ”Automatiserad handläggning, version 2” har sparats.')).toBeInTheDocument();
    const mutation = calls.find((c) => c.kind === 'mutation');
    expect(mutation?.variables).toMatchObject({ id: 'i-2', version: 3, input: { title: 'Automatiserad handläggning, version 2', requestedAmount: 1_234_567 } });
  });

  it('on CONFLICT keeps the user’s values and offers to load the latest version, showing what differs', async () => {
    const user = userEvent.setup();
    const { calls } = renderEdit((_name, variables) =>
      variables['version'] === 3 ? conflict : { data: { updateInitiative: { ...latest, title: 'Min titel', version: 5 } } },
    );
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    const title = screen.getByRole('textbox', { name: /Titel/ });
    await user.clear(title);
    await user.type(title, 'Min titel');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    const panel = (await screen.findByText('Någon annan har ändrat initiativet')).closest('[role="alert"]') as HTMLElement;
    expect(panel).toHaveTextContent('Dina ändringar är inte sparade, men de finns kvar i formuläret.');
    expect(title).toHaveValue('Min titel');

    await user.click(within(panel).getByRole('button', { name: 'Hämta den senaste versionen' }));
    const diff = await within(panel).findByRole('table');
    const rows = within(diff).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Titel', 'Sökt belopp']);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Min titel', 'Automatiserad handläggning – etapp 1']);
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1\u00a0234\u00a0567\u00a0kr', '1\u00a0500\u00a0000\u00a0kr']);
    const reload = calls.filter((c) => c.operationName === 'Initiative').at(-1);
    expect(reload?.variables).toEqual({ id: 'i-2' });

    // keep mine: the form is untouched and the next save is based on the latest version
    await user.click(within(panel).getByRole('button', { name: 'Behåll mina värden' }));
    expect(screen.queryByText('Någon annan har ändrat initiativet')).not.toBeInTheDocument();
    expect(title).toHaveValue('Min titel');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText('Ändringarna i ”Min titel” har sparats.')).toBeInTheDocument();
    const saves = calls.filter((c) => c.kind === 'mutation');
    expect(saves.map((c) => c.variables['version'])).toEqual([3, 4]);
  });

  it('can take the saved version into the form instead', async () => {
    const user = userEvent.setup();
    renderEdit(() => conflict);
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    const title = screen.getByRole('textbox', { name: /Titel/ });
    await user.clear(title);
    await user.type(title, 'Min titel');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
    await user.click(await screen.findByRole('button', { name: 'Använd den sparade versionen' }));

    expect(title).toHaveValue('Automatiserad handläggning – etapp 1');
    expect(screen.getByRole('textbox', { name: /Sökt belopp/ })).toHaveValue('1\u00a0500\u00a0000\u00a0kr');
  });

  it('says plainly when the initiative does not exist', async () => {
    renderEdit(() => undefined, () => ({ data: { initiative: null } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiativet finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till initiativen' })).toHaveAttribute('href', '/initiatives');
  });

  it.each([
    ['the portfolio office', analystUser, 'Bara förvaltningens sökande och förvaltningsledning kan ändra ett initiativ. Din roll ger rätt att läsa det.'],
    ['an applicant of another department', bufApplicantUser, 'Initiativet tillhör Socialförvaltningen. Bara den förvaltningens sökande och förvaltningsledning kan ändra det.'],
  ] as Array<[string, SessionUser, string]>)('is read-only for %s, and says why', async (_who, user, reason) => {
    renderPage(<EditInitiativePage />, {
      path: '/initiatives/:id',
      route: '/initiatives/i-2',
      user,
      query: (name) => (name === 'ReferenceData' ? { data: referenceData } : name === 'Initiative' ? { data: { initiative } } : undefined),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Visa initiativ' })).toBeInTheDocument();
    const notice = screen.getByTestId('read-only-notice');
    expect(notice).toHaveTextContent('Du kan läsa initiativet men inte ändra det');
    expect(notice).toHaveTextContent(reason);
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveValue(initiative.title);
    expect(screen.getByRole('textbox', { name: /Titel/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Sökt belopp/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Trygg vård och omsorg' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /Förvaltning/ })).toHaveValue('Socialförvaltningen');
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till initiativen' })).toHaveAttribute('href', '/initiatives');
  });

  it('is read-only for its own department once it has left the department, and names the status', async () => {
    renderPage(<EditInitiativePage />, {
      path: '/initiatives/:id',
      route: '/initiatives/i-2',
      query: (name) =>
        name === 'ReferenceData' ? { data: referenceData } : name === 'Initiative' ? { data: { initiative: { ...initiative, status: 'SUBMITTED' } } } : undefined,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Visa initiativ' })).toBeInTheDocument();
    expect(screen.getByTestId('read-only-notice')).toHaveTextContent('Initiativet har status Inskickad och kan inte ändras längre.');
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of a save translated', async () => {
    const user = userEvent.setup();
    renderEdit(() => ({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason: 'NOT_EDITABLE' } }] }));
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du har inte behörighet');
    expect(alert).toHaveTextContent('Initiativet kan inte ändras i sin nuvarande status.');
  });

  it('saves a valid draft on its own after a pause, only the changed fields with the version, and says when', async () => {
    const user = userEvent.setup();
    const { calls } = renderEdit(
      (_name, variables) => ({
        data: { updateInitiative: { ...initiative, ...(variables['input'] as object), version: (variables['version'] as number) + 1 } },
      }),
      undefined,
      { autosave: true },
    );
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    await user.type(screen.getByRole('textbox', { name: 'Problem' }), 'Handläggningen tar för lång tid.');

    const status = screen.getByTestId('autosave-status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toHaveTextContent(/^Sparat \d{2}:\d{2}$/));
    const mutations = calls.filter((c) => c.kind === 'mutation');
    expect(mutations).toHaveLength(1);
    expect(mutations[0]?.variables).toEqual({ id: 'i-2', version: 3, input: { problem: 'Handläggningen tar för lång tid.' } });
    expect(screen.queryByText(/har sparats/)).not.toBeInTheDocument();

    // the next save builds on the version the autosave left
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await screen.findByText(/har sparats/);
    expect(calls.filter((c) => c.kind === 'mutation').at(-1)?.variables).toMatchObject({ version: 4 });
  });

  it('does not save an invalid draft on its own', async () => {
    const user = userEvent.setup();
    const { calls } = renderEdit(() => ({ data: { updateInitiative: { ...initiative, version: 4 } } }), undefined, { autosave: true });
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    await user.type(screen.getByRole('textbox', { name: 'Kontaktperson, e-post' }), '-inte-en-adress');
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('');
  });

  it('shows the conflict panel when an autosave meets a newer version', async () => {
    const user = userEvent.setup();
    renderEdit(() => conflict, undefined, { autosave: true });
    await screen.findByRole('heading', { level: 1, name: 'Redigera initiativ' });
    await user.type(screen.getByRole('textbox', { name: 'Risker' }), 'Leverantören hinner inte.');
    expect(await screen.findByText('Någon annan har ändrat initiativet')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Risker' })).toHaveValue('Leverantören hinner inte.');
  });
});
