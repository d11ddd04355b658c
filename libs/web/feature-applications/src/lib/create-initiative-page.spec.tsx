import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { MockHandler } from '@dp/web/data-access';
import { renderPage } from '../testing/render';
import { analystUser, bufApplicantUser, referenceData } from '../testing/fixtures';
import { CreateInitiativePage } from './create-initiative-page';

const nbsp = '\u00a0';

function renderCreate(mutation?: MockHandler, language: 'sv' | 'en' = 'sv') {
  return renderPage(<CreateInitiativePage />, {
    path: '/initiatives/new',
    route: '/initiatives/new',
    language,
    query: (name) => (name === 'ReferenceData' ? { data: referenceData } : undefined),
    ...(mutation ? { mutation } : {}),
  });
}

/** The text that describes a field (its help and error), as a screen reader announces it. */
function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillValidForm(user: UserEvent, title = 'E-arkiv för bygglovsärenden') {
  await user.type(screen.getByRole('textbox', { name: /Titel/ }), title);
  await user.type(screen.getByRole('textbox', { name: /Beskrivning/ }), 'Digital arkivering av alla bygglovsärenden.');
  await user.click(screen.getByRole('combobox', { name: /Förvaltning/ }));
  await user.click(await screen.findByRole('option', { name: 'Kommunstyrelsens förvaltning' }));
  await user.click(screen.getByRole('checkbox', { name: 'Effektiv och digital verksamhet' }));
  await user.type(screen.getByRole('textbox', { name: /Sökt belopp/ }), '1234567');
}

describe('CreateInitiativePage', () => {
  it('has a heading, marks mandatory fields and preselects the open round', async () => {
    renderCreate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt initiativ' })).toBeInTheDocument();
    expect(document.title).toBe('Nytt initiativ – Digitaliseringsportföljen');
    expect(screen.getByRole('textbox', { name: /Titel/ })).toBeRequired();
    expect(screen.getByRole('combobox', { name: /Ansökningsomgång/ })).toHaveValue('Digitaliseringspotten 2027 (Öppen)');
  });

  it('shows translated client-side errors next to the fields when submitted empty', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate();
    await screen.findByRole('heading', { level: 1, name: 'Nytt initiativ' });

    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    const title = screen.getByRole('textbox', { name: /Titel/ });
    await screen.findAllByText('Fyll i fältet.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(title)).toContain('Fyll i fältet.');
    expect(descriptionOf(screen.getByRole('combobox', { name: /Förvaltning/ }))).toContain('Välj en förvaltning.');
    expect(descriptionOf(screen.getByRole('textbox', { name: /Sökt belopp/ }))).toContain('Ange sökt belopp i kronor.');
    expect(screen.getByRole('group', { name: /Målområden/ })).toHaveAccessibleDescription(/Välj minst 1 målområde\./);
    // the first invalid field gets the focus, and nothing was sent
    expect(title).toHaveFocus();
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
  });

  it('uses the shared limits in the messages and reads amounts the way they are typed', async () => {
    const user = userEvent.setup();
    renderCreate();
    await screen.findByRole('heading', { level: 1 });
    const title = screen.getByRole('textbox', { name: /Titel/ });
    await user.type(title, 'ab');
    const amount = screen.getByRole('textbox', { name: /Sökt belopp/ });
    await user.type(amount, '12,5');
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    expect(descriptionOf(title)).toContain('Skriv minst 3 tecken.');
    expect(descriptionOf(amount)).toContain('Ange beloppet i hela kronor, utan ören.');

    await user.clear(amount);
    await user.type(amount, '20 000 000 kr');
    expect(descriptionOf(amount)).toContain('Beloppet får inte vara större än ansökningsomgångens budget.');

    await user.clear(amount);
    await user.type(amount, '1234567');
    await user.tab();
    expect(amount).toHaveValue(`1${nbsp}234${nbsp}567${nbsp}kr`);
  });

  it('creates the initiative, announces it and returns to the list of its round', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate((name, variables) =>
      name === 'CreateInitiative'
        ? { data: { createInitiative: { id: 'i-new', title: (variables['input'] as { title: string }).title, version: 1 } } }
        : undefined,
    );
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    expect(await screen.findByText('Initiativet ”E-arkiv för bygglovsärenden” har skapats.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/initiatives?round=r-2027'));
    const mutation = calls.find((c) => c.kind === 'mutation');
    expect(mutation?.variables).toEqual({
      input: {
        title: 'E-arkiv för bygglovsärenden',
        description: 'Digital arkivering av alla bygglovsärenden.',
        departmentId: 'd-ksf',
        fundRoundId: 'r-2027',
        goalAreaIds: ['g-3'],
        requestedAmount: 1_234_567,
      },
    });
  });

  it('puts the server’s validation errors next to the right field and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderCreate(() => ({
      errors: [
        { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG' } },
        { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', field: 'departmentId', reason: 'UNKNOWN_REFERENCE' } },
      ],
    }));
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user, 'Samma titel som förut');
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    const title = screen.getByRole('textbox', { name: /Titel/ });
    expect(await screen.findByText('Skriv högst 200 tecken.')).toBeInTheDocument();
    expect(descriptionOf(title)).toContain('Skriv högst 200 tecken.');
    expect(descriptionOf(screen.getByRole('combobox', { name: /Förvaltning/ }))).toContain('Valet finns inte längre. Välj ett annat.');
    expect(descriptionOf(screen.getByRole('textbox', { name: /Beskrivning/ }))).not.toMatch(/Fyll i|Skriv högst/);
    // nothing the user typed is lost, and the page stays
    expect(title).toHaveValue('Samma titel som förut');
    expect(screen.getByRole('textbox', { name: /Sökt belopp/ })).toHaveValue(`1${nbsp}234${nbsp}567${nbsp}kr`);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/initiatives/new'));
  });

  it('shows a generic error with a retry when saving fails for another reason', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderCreate(() => {
      attempts += 1;
      return attempts === 1
        ? { errors: [{ message: 'database down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
        : { data: { createInitiative: { id: 'i-new', title: 'E-arkiv för bygglovsärenden', version: 1 } } };
    });
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta eller spara uppgifterna');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Initiativet ”E-arkiv för bygglovsärenden” har skapats.')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    renderCreate(undefined, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'New initiative' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(descriptionOf(screen.getByRole('textbox', { name: /Title/ }))).toContain('Fill in this field.');
  });

  it('offers only the departments the user is an applicant of', async () => {
    const user = userEvent.setup();
    renderCreate();
    await screen.findByRole('heading', { level: 1 });
    const department = screen.getByRole('combobox', { name: /Förvaltning/ });
    expect(department).toHaveValue('');
    await user.click(department);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Socialförvaltningen', 'Kommunstyrelsens förvaltning']);
  });

  it('preselects the department when the user is an applicant of one', async () => {
    renderPage(<CreateInitiativePage />, {
      path: '/initiatives/new',
      route: '/initiatives/new',
      user: bufApplicantUser,
      query: (name) => (name === 'ReferenceData' ? { data: referenceData } : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Nytt initiativ' });
    expect(screen.getByRole('combobox', { name: /Förvaltning/ })).toHaveValue('Barn- och utbildningsförvaltningen');
  });

  it('explains instead of showing the form to a user who may not create initiatives', async () => {
    const { calls } = renderPage(<CreateInitiativePage />, {
      path: '/initiatives/new',
      route: '/initiatives/new',
      user: analystUser,
      query: (name) => (name === 'ReferenceData' ? { data: referenceData } : undefined),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt initiativ' })).toBeInTheDocument();
    expect(screen.getByText('Du kan inte skapa initiativ')).toBeInTheDocument();
    expect(screen.getByText(/Bara sökande kan skapa nya initiativ/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skapa initiativ' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till initiativen' })).toHaveAttribute('href', '/initiatives');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
  });

  it('shows the server’s refusal translated, without a retry', async () => {
    const user = userEvent.setup();
    renderCreate(() => ({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' } }] }));
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du har inte behörighet');
    expect(alert).toHaveTextContent('Det här gäller en annan förvaltning än din, och där har du inte behörighet.');
    expect(within(alert).queryByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveValue('E-arkiv för bygglovsärenden');
  });

  it('shows the application in sections and marks the fields anchoring needs', async () => {
    renderCreate();
    await screen.findByRole('heading', { level: 1, name: 'Nytt initiativ' });
    for (const section of [
      'Om initiativet',
      'Nuläge och önskat läge',
      'Effekter och målområden',
      'Kostnader och finansiering',
      'Tidplan',
      'Risker och beroenden',
      'Personuppgifter och informationssäkerhet',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
      expect(screen.getByRole('group', { name: section })).toBeInTheDocument();
    }
    const problem = screen.getByRole('textbox', { name: 'Problem' });
    expect(problem).not.toBeRequired();
    expect(descriptionOf(problem)).toContain('Krävs innan förankring.');
    expect(descriptionOf(screen.getByRole('textbox', { name: 'Risker' }))).not.toContain('Krävs innan förankring.');
    expect(screen.getByRole('radiogroup', { name: 'Hanterar initiativet personuppgifter?' })).toHaveAccessibleDescription(/Krävs innan förankring\./);
    // the classification is asked for only when personal data is handled
    expect(screen.queryByRole('combobox', { name: /Konfidentialitet/ })).not.toBeInTheDocument();
  });

  it('checks the new fields as the API does: e-mail, dates in order, co-financing', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate();
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user);
    const email = screen.getByRole('textbox', { name: 'Kontaktperson, e-post' });
    await user.type(email, 'inte-en-adress');
    const start = screen.getByRole('textbox', { name: 'Planerad start' });
    const end = screen.getByRole('textbox', { name: 'Planerat slut' });
    await user.type(start, '2027-05-01');
    await user.type(end, '2027-02-30');
    const coFinancing = screen.getByRole('textbox', { name: 'Medfinansiering' });
    await user.type(coFinancing, '12,5');
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    await waitFor(() => expect(descriptionOf(email)).toContain('Skriv e-postadressen i formen namn@exempel.se.'));
    expect(descriptionOf(end)).toContain('Skriv ett datum som finns');
    expect(descriptionOf(coFinancing)).toContain('Ange beloppet i hela kronor, utan ören.');

    await user.clear(end);
    await user.type(end, '2027-01-31');
    await waitFor(() => expect(descriptionOf(end)).toContain('Det planerade slutet kan inte vara före den planerade starten.'));
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
  });

  it('sends the answered application fields, and the classification when personal data is handled', async () => {
    const user = userEvent.setup();
    const { calls } = renderCreate((name, variables) =>
      name === 'CreateInitiative'
        ? { data: { createInitiative: { id: 'i-new', title: (variables['input'] as { title: string }).title, version: 1 } } }
        : undefined,
    );
    await screen.findByRole('heading', { level: 1 });
    await fillValidForm(user);
    await user.type(screen.getByRole('textbox', { name: 'Kontaktperson, e-post' }), 'Alva@Kommun.example');
    await user.type(screen.getByRole('textbox', { name: 'Nuläge' }), 'Pappersarkiv.');
    await user.type(screen.getByRole('textbox', { name: 'Medfinansiering' }), '50000');
    await user.type(screen.getByRole('textbox', { name: 'Planerad start' }), '2027-03-01');
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Konfidentialitet/ }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: /Konsekvensbedömning/ }), 'IN_PROGRESS');
    await user.click(screen.getByRole('button', { name: 'Skapa initiativ' }));

    await screen.findByText('Initiativet ”E-arkiv för bygglovsärenden” har skapats.');
    const input = calls.find((c) => c.kind === 'mutation')?.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      contactEmail: 'alva@kommun.example',
      currentSituation: 'Pappersarkiv.',
      coFinancing: 50_000,
      plannedStart: '2027-03-01',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      dpiaStatus: 'IN_PROGRESS',
    });
    // empty texts are not sent, nor levels not chosen
    expect(input).not.toHaveProperty('problem');
    expect(input).not.toHaveProperty('integrityLevel');
  });
});
