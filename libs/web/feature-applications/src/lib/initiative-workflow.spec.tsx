import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandler, SessionUser } from '@dp/web/data-access';
import type { Language } from '@dp/web/ui';
import { renderPage } from '../testing/render';
import { analystUser, applicantUser, initiative, referenceData } from '../testing/fixtures';
import { EditInitiativePage } from './edit-initiative-page';

type Detail = typeof initiative;

/** The initiative under preparation, as the portfolio office sees it. */
const inPreparation: Detail = {
  ...initiative,
  status: 'IN_PREPARATION',
  anchoredAt: '2026-11-21T08:00:00.000Z',
  availableActions: [
    { action: 'REQUEST_COMPLETION', to: 'AWAITING_COMPLETION', allowed: true, reasons: [] },
    { action: 'MARK_PREPARED', to: 'PREPARED', allowed: false, reasons: ['MANDATORY_FIELDS_MISSING'] },
    { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: false, reasons: ['ROLE_REQUIRED'] },
  ],
};

/** Waiting for the applicant's completion, with its history. */
const awaitingCompletion: Detail = {
  ...initiative,
  status: 'AWAITING_COMPLETION',
  version: 7,
  anchoredAt: '2026-11-21T08:00:00.000Z',
  availableActions: [
    { action: 'COMPLETE', to: 'IN_PREPARATION', allowed: true, reasons: [] },
    { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: true, reasons: [] },
  ],
  statusHistory: [
    { status: 'DRAFT', enteredAt: '2026-11-20T09:00:00.000Z', leftAt: '2026-11-20T10:30:00.000Z', actorName: 'Alva Sökande', reason: null },
    { status: 'AWAITING_ANCHORING', enteredAt: '2026-11-20T10:30:00.000Z', leftAt: '2026-11-21T08:00:00.000Z', actorName: 'Alva Sökande', reason: null },
    { status: 'SUBMITTED', enteredAt: '2026-11-21T08:00:00.000Z', leftAt: '2026-11-23T08:00:00.000Z', actorName: 'Frida Förvaltningschef', reason: null },
    { status: 'IN_PREPARATION', enteredAt: '2026-11-23T08:00:00.000Z', leftAt: '2026-11-23T09:05:00.000Z', actorName: 'Per Portföljkontor', reason: null },
    {
      status: 'AWAITING_COMPLETION',
      enteredAt: '2026-11-23T09:05:00.000Z',
      leftAt: null,
      actorName: 'Per Portföljkontor',
      reason: 'Beskriv hur många ärenden per år som berörs.',
    },
  ],
  history: [
    {
      id: 'a-1',
      occurredAt: '2026-11-20T09:00:00.000Z',
      actorName: 'Alva Sökande',
      operation: 'CREATE',
      changes: [
        { field: 'id', before: null, after: '"i-2"' },
        { field: 'title', before: null, after: '"Automatiserad handläggning av försörjningsstöd"' },
        { field: 'department', before: null, after: '"d-soc"' },
        { field: 'goalAreas', before: null, after: '["g-2","g-3"]' },
        { field: 'requestedAmount', before: null, after: '1234567' },
        { field: 'status', before: null, after: '"DRAFT"' },
        { field: 'version', before: null, after: '1' },
      ],
    },
    {
      id: 'a-2',
      occurredAt: '2026-11-23T09:05:00.000Z',
      actorName: 'Per Portföljkontor',
      operation: 'UPDATE',
      changes: [{ field: 'status', before: '"IN_PREPARATION"', after: '"AWAITING_COMPLETION"' }],
    },
  ],
};

function renderInitiative(detail: Detail, { user, mutation, language }: { user?: SessionUser; mutation?: MockHandler; language?: Language } = {}) {
  return renderPage(<EditInitiativePage />, {
    path: '/initiatives/:id',
    route: '/initiatives/i-2',
    ...(user ? { user } : {}),
    ...(mutation ? { mutation } : {}),
    ...(language ? { language } : {}),
    query: (name) => (name === 'ReferenceData' ? { data: referenceData } : name === 'Initiative' ? { data: { initiative: detail } } : undefined),
  });
}

async function processPanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Ärendets gång' });
}

describe('Ärendets gång (the process panel)', () => {
  it('shows the status, a button for each allowed step and the translated reasons of the others', async () => {
    renderInitiative(inPreparation, { user: analystUser });
    const panel = await processPanel();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Ärendets gång' })).toBeInTheDocument();
    expect(within(panel).getByTestId('current-status')).toHaveTextContent('Under beredning');
    expect(panel).toHaveTextContent('Förankrad 2026-11-21 09:00');

    expect(within(panel).getByRole('button', { name: 'Begär komplettering' })).toBeEnabled();
    const blocked = within(panel).getByRole('button', { name: 'Markera som beredd' });
    expect(blocked).toBeDisabled();
    expect(blocked).toHaveAccessibleDescription('Alla obligatoriska fält är inte ifyllda.');
    expect(within(panel).getByTestId('blocked-steps')).toHaveTextContent('Alla obligatoriska fält är inte ifyllda.');
    // a step only other roles take is not a disabled button but said in a line of its own
    expect(within(panel).queryByRole('button', { name: 'Återta ansökan' })).not.toBeInTheDocument();
    expect(within(panel).getByTestId('others-steps')).toHaveTextContent('Återta ansökan (Sökande, Förvaltningsledning)');
  });

  it('says why nothing can be done when no step is allowed, and who takes the next one', async () => {
    renderInitiative(
      {
        ...initiative,
        status: 'AWAITING_ANCHORING',
        availableActions: [
          { action: 'DECLINE_ANCHORING', to: 'DRAFT', allowed: false, reasons: ['ROLE_REQUIRED'] },
          { action: 'ANCHOR', to: 'SUBMITTED', allowed: false, reasons: ['ROLE_REQUIRED'] },
          { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: false, reasons: ['ROLE_REQUIRED'] },
        ],
      },
      { user: analystUser },
    );
    const panel = await processPanel();
    expect(within(panel).getByTestId('nothing-allowed')).toHaveTextContent('Du kan inte ta något steg i ärendet just nu.');
    expect(within(panel).getByTestId('others-steps')).toHaveTextContent('Förankra och skicka in (Förvaltningsledning)');
    expect(within(panel).queryAllByRole('button')).toHaveLength(0);
  });

  it('asks for the reason of a completion request in a dialog and will not send it without one', async () => {
    const user = userEvent.setup();
    const { calls } = renderInitiative(inPreparation, {
      user: analystUser,
      mutation: () => ({ data: { transitionInitiative: { ...inPreparation, status: 'AWAITING_COMPLETION', version: 4, availableActions: [] } } }),
    });
    const panel = await processPanel();
    await user.click(within(panel).getByRole('button', { name: 'Begär komplettering' }));

    const dialog = await screen.findByRole('dialog', { name: 'Begär komplettering' });
    const reason = within(dialog).getByRole('textbox', { name: /Vad ska sökande komplettera\?/ });
    expect(reason).toHaveFocus();
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Begär komplettering' }));
    expect(await within(dialog).findByText('Skriv en motivering.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.kind === 'mutation')).toEqual([]);

    await user.type(reason, 'Beskriv hur många ärenden per år som berörs.');
    await user.click(within(dialog).getByRole('button', { name: 'Begär komplettering' }));
    expect(await screen.findByText('Initiativet har nu status Komplettering begärd.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.variables)).toEqual([
      { id: 'i-2', version: 3, action: 'REQUEST_COMPLETION', reason: 'Beskriv hur många ärenden per år som berörs.' },
    ]);
  });

  it('sends a step without a reason at once, with the version it shows', async () => {
    const user = userEvent.setup();
    const { calls } = renderInitiative(initiative, {
      user: applicantUser,
      mutation: () => ({ data: { transitionInitiative: { ...initiative, status: 'AWAITING_ANCHORING', version: 4, availableActions: [] } } }),
    });
    const panel = await processPanel();
    await user.click(within(panel).getByRole('button', { name: 'Skicka för förankring' }));
    expect(await screen.findByText('Initiativet har nu status Väntar på förankring.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')?.variables).toEqual({ id: 'i-2', version: 3, action: 'REQUEST_ANCHORING' });
    // the page is read again from the server (steps, status history, audit entries)
    expect(calls.filter((c) => c.operationName === 'Initiative').length).toBeGreaterThan(1);
  });

  it('translates the reasons of a refusal (TRANSITION_REFUSED)', async () => {
    const user = userEvent.setup();
    renderInitiative(initiative, {
      mutation: () => ({
        errors: [
          {
            message: 'REQUEST_ANCHORING is not possible now',
            extensions: { code: 'TRANSITION_REFUSED', action: 'REQUEST_ANCHORING', reasons: ['MANDATORY_FIELDS_MISSING', 'NOT_ANCHORED'] },
          },
        ],
      }),
    });
    const panel = await processPanel();
    await user.click(within(panel).getByRole('button', { name: 'Skicka för förankring' }));
    const alert = await within(panel).findByTestId('transition-refused');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Steget kunde inte tas');
    expect(alert).toHaveTextContent('Alla obligatoriska fält är inte ifyllda.');
    expect(alert).toHaveTextContent('Initiativet är inte förankrat med förvaltningsledningen.');
  });

  it('translates a refusal in English too', async () => {
    const user = userEvent.setup();
    renderInitiative(initiative, {
      language: 'en',
      mutation: () => ({ errors: [{ message: 'refused', extensions: { code: 'TRANSITION_REFUSED', reasons: ['ROLE_REQUIRED'] } }] }),
    });
    const panel = await screen.findByRole('region', { name: 'Progress of the case' });
    await user.click(within(panel).getByRole('button', { name: 'Send for anchoring' }));
    expect(await within(panel).findByTestId('transition-refused')).toHaveTextContent('Your role may not take this step.');
  });

  it('offers to load the latest version when the step met a newer one (CONFLICT)', async () => {
    const user = userEvent.setup();
    const { calls } = renderInitiative(initiative, {
      mutation: () => ({ errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT', currentVersion: 4 } }] }),
    });
    const panel = await processPanel();
    await user.click(within(panel).getByRole('button', { name: 'Skicka för förankring' }));
    expect(await within(panel).findByText('Någon annan har ändrat initiativet')).toBeInTheDocument();
    const reads = calls.filter((c) => c.operationName === 'Initiative').length;
    await user.click(within(panel).getByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(calls.filter((c) => c.operationName === 'Initiative').length).toBe(reads + 1);
    expect(within(panel).queryByText('Någon annan har ändrat initiativet')).not.toBeInTheDocument();
  });
});

describe('Historik (the timeline)', () => {
  it('shows the completion request with its reason, to the applicant above all', async () => {
    renderInitiative(awaitingCompletion);
    const panel = await processPanel();
    const request = within(panel).getByTestId('completion-request');
    expect(request).toHaveTextContent('Begäran om komplettering');
    expect(request).toHaveTextContent('Per Portföljkontor på portföljkontoret begärde komplettering 2026-11-23 10:05:');
    expect(request).toHaveTextContent('Beskriv hur många ärenden per år som berörs.');
    expect(request).toHaveTextContent('välj sedan ”Skicka kompletteringen”');
    expect(within(panel).getByRole('button', { name: 'Skicka kompletteringen' })).toBeEnabled();

    const timeline = screen.getByRole('region', { name: 'Historik' });
    const row = within(timeline).getByTestId('completion-request-row');
    expect(row).toHaveTextContent('Komplettering begärd');
    expect(row).toHaveTextContent('Begäran om komplettering:');
    expect(row).toHaveTextContent('Beskriv hur många ärenden per år som berörs.');
    expect(row).toHaveTextContent('Per Portföljkontor');
    expect(row).toHaveTextContent('(pågår)');
  });

  it('lists every status with its time, who and how long, and the changes readably', async () => {
    renderInitiative(awaitingCompletion);
    const timeline = await screen.findByRole('region', { name: 'Historik' });
    const statusRows = within(within(timeline).getByTestId('status-history')).getAllByRole('row').slice(1);
    expect(statusRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Utkast',
      'Väntar på förankring',
      'Inskickad',
      'Under beredning',
      'Komplettering begärd',
    ]);
    expect(within(statusRows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2026-11-20 10:00', '1 timme 30 minuter', 'Alva Sökande', '']);
    expect(within(statusRows[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2026-11-21 09:00', '2 dagar', 'Frida Förvaltningschef', '']);

    const changes = within(timeline).getByTestId('change-history');
    const rows = within(changes).getAllByRole('row').slice(1);
    const text = rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').map((c) => c.textContent)]);
    // technical fields (id, version) are left out; ids become names, amounts kronor, statuses words
    expect(text).toEqual([
      ['Titel', '2026-11-20 10:00', 'Alva Sökande', 'Skapat', '(tomt)', 'Automatiserad handläggning av försörjningsstöd'],
      ['Förvaltning', '2026-11-20 10:00', 'Alva Sökande', 'Skapat', '(tomt)', 'Socialförvaltningen'],
      ['Målområden', '2026-11-20 10:00', 'Alva Sökande', 'Skapat', '(tomt)', 'Trygg vård och omsorg, Effektiv och digital verksamhet'],
      ['Sökt belopp', '2026-11-20 10:00', 'Alva Sökande', 'Skapat', '(tomt)', '1\u00a0234\u00a0567\u00a0kr'],
      ['Status', '2026-11-20 10:00', 'Alva Sökande', 'Skapat', '(tomt)', 'Utkast'],
      ['Status', '2026-11-23 10:05', 'Per Portföljkontor', 'Ändrat', 'Under beredning', 'Komplettering begärd'],
    ]);
  });

  it('lists the fields anchoring still needs, by their labels, as links that move the focus to the field', async () => {
    const user = userEvent.setup();
    renderInitiative({
      ...initiative,
      missingMandatoryFields: ['problem', 'plannedEnd', 'handlesPersonalData'],
      availableActions: [
        { action: 'REQUEST_ANCHORING', to: 'AWAITING_ANCHORING', allowed: false, reasons: ['MANDATORY_FIELDS_MISSING'] },
        { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: true, reasons: [] },
      ],
    });
    const panel = await processPanel();
    expect(within(panel).getByRole('button', { name: 'Skicka för förankring' })).toBeDisabled();
    const missing = within(panel).getByTestId('missing-fields');
    expect(missing).toHaveTextContent('Fyll i de här fälten innan du skickar för förankring:');
    const links = within(missing).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Problem', 'Planerat slut', 'Hanterar initiativet personuppgifter?']);

    await user.click(links[1]!);
    expect(screen.getByRole('textbox', { name: 'Planerat slut' })).toHaveFocus();
    await user.click(links[2]!);
    expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
  });

  it('names the application’s new fields in the history and shows their values readably', async () => {
    renderInitiative({
      ...initiative,
      history: [
        {
          id: 'a-9',
          occurredAt: '2026-11-24T09:00:00.000Z',
          actorName: 'Alva Sökande',
          operation: 'UPDATE',
          changes: [
            { field: 'coFinancing', before: null, after: '50000' },
            { field: 'handlesPersonalData', before: null, after: 'true' },
            { field: 'confidentialityLevel', before: null, after: '3' },
            { field: 'dpiaStatus', before: '"NOT_STARTED"', after: '"DONE"' },
            { field: 'plannedEnd', before: null, after: '"2027-12-31"' },
          ],
        },
      ],
    });
    const timeline = await screen.findByRole('region', { name: 'Historik' });
    const rows = within(within(timeline).getByTestId('change-history')).getAllByRole('row').slice(1);
    const text = rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').slice(3).map((c) => c.textContent)]);
    expect(text).toEqual([
      ['Medfinansiering', '(tomt)', '50\u00a0000\u00a0kr'],
      ['Hanterar personuppgifter', '(tomt)', 'Ja'],
      ['Konfidentialitet (K)', '(tomt)', '3 – Hög'],
      ['Konsekvensbedömning (DPIA)', 'Inte påbörjad', 'Klar'],
      ['Planerat slut', '(tomt)', '2027-12-31'],
    ]);
  });
});
