import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingQuery, RecordDecisionMutation } from '@dp/web/data-access';
import { todayInSweden } from './format';
import { MeetingPage } from './meeting-page';
import { meetingFixture, portfolioSplit } from './testing/fixtures';
import { apiError, renderDecisions } from './testing/render';


type User = ReturnType<typeof userEvent.setup>;

const recorded = (overrides: Partial<NonNullable<RecordDecisionMutation['recordDecision']['decision']>> = {}): RecordDecisionMutation => ({
  recordDecision: {
    id: 'i-a',
    status: 'GRANTED',
    version: 5,
    mayDecide: false,
    requiredSignatory: null,
    decision: {
      id: 'd-a',
      outcome: 'GRANTED',
      grantedAmount: 1_500_000,
      amountsByYear: [
        { year: 2027, amount: 1_000_000 },
        { year: 2028, amount: 500_000 },
      ],
      conditions: null,
      reason: null,
      decidedOn: todayInSweden(),
      registrationNumber: 'KS 2027/123',
      decidedByName: 'Karin Kommundirektör',
      signatory: 'MUNICIPAL_DIRECTOR',
      signatoryLabel: 'Kommundirektör',
      overcommitted: true,
      overcommitReason: 'Angeläget för välfärden och kan inte vänta.',
      createdAt: '2027-11-22T10:00:00Z',
      ...overrides,
    },
  },
});

/** The meeting page for a decision maker; `meetings` are answered in turn (the last one stays). */
function renderMeeting(mutation: (name: string, variables: Record<string, unknown>) => { data?: unknown; errors?: ReturnType<typeof apiError>[] } | undefined, meetings: MeetingQuery['meeting'][] = [meetingFixture()]) {
  let reads = 0;
  return renderDecisions(<MeetingPage />, {
    query: (name) => {
      if (name === 'Meeting') {
        const meeting = meetings[Math.min(reads, meetings.length - 1)];
        reads += 1;
        return { data: { meeting } };
      }
      return name === 'MeetingPortfolioSplit' ? { data: portfolioSplit } : undefined;
    },
    mutation,
  });
}

async function openDecision(user: User, title = 'Automatiserad fakturahantering') {
  await user.click(await screen.findByRole('button', { name: `Registrera beslut om ${title}` }));
  return screen.findByRole('dialog', { name: `Registrera beslut – ${title}` });
}

const mutationsOf = (calls: { kind: string; variables: Record<string, unknown> }[]) => calls.filter((c) => c.kind === 'mutation');

describe('the decision form', () => {
  it('opens with the requested amount, today, the meeting’s diarienummer and who signs, live as the amount changes', async () => {
    const user = userEvent.setup({ delay: null });
    renderMeeting(() => undefined);
    const dialog = await openDecision(user);
    expect(within(dialog).getByText('Sökt belopp: 1 500 000 kr')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Beslutsdatum/ })).toHaveValue(todayInSweden());
    expect(within(dialog).getByRole('textbox', { name: /Diarienummer/ })).toHaveValue('KS 2027/123');
    expect(within(dialog).getByTestId('signatory-hint')).toHaveTextContent('Beslut över 500 000 kr fattas av Kommundirektör.');
    expect(within(dialog).getByText('Kvar i fonden före beslutet: 500 000 kr.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    const amount = within(dialog).getByRole('textbox', { name: /Beviljat belopp/ });
    expect(amount).toHaveValue('1\u00a0500\u00a0000');
    await user.clear(amount);
    await user.type(amount, '400 000');
    expect(within(dialog).getByTestId('signatory-hint')).toHaveTextContent('Beslut upp till 500 000 kr fattas av Digitaliseringschef.');
  });

  it('checks the input with the domain’s rules before sending, at the fields', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderMeeting(() => ({ data: recorded() }));
    const dialog = await openDecision(user);

    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    expect(within(dialog).getByRole('radiogroup', { name: /Beslut/ })).toHaveAccessibleDescription('Välj ett beslut.');
    expect(within(dialog).getByRole('radio', { name: 'Bevilja' })).toHaveFocus();

    await user.click(within(dialog).getByRole('radio', { name: 'Avslå' }));
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Motivering/ });
    expect(reason).toHaveAccessibleDescription(/Skriv en motivering\. Den krävs vid avslag, bordläggning och återremiss\./);
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    const amount = within(dialog).getByRole('textbox', { name: /Beviljat belopp/ });
    await user.clear(amount);
    await user.type(amount, '2 000 000');
    expect(amount).toHaveAccessibleDescription(/Beloppet får inte vara större än det sökta beloppet, 1\s500\s000\skr\./);
    await user.clear(amount);
    await user.type(amount, 'en miljon');
    expect(amount).toHaveAccessibleDescription(/Ange beloppet i kronor, till exempel 1 234 567\./);
    await user.clear(amount);
    await user.type(amount, '1 200 000');
    expect(amount).not.toHaveAccessibleDescription(/Ange beloppet/);

    const date = within(dialog).getByRole('textbox', { name: /Beslutsdatum/ });
    await user.clear(date);
    await user.type(date, '2027-13-01');
    expect(date).toHaveAccessibleDescription(/Skriv ett datum som finns/);
    await user.clear(date);
    await user.type(date, '2999-01-01');
    expect(date).toHaveAccessibleDescription(/Beslutsdatumet kan inte vara senare än i dag\./);
    const number = within(dialog).getByRole('textbox', { name: /Diarienummer/ });
    await user.clear(number);
    expect(number).toHaveAccessibleDescription(/Fyll i diarienumret\./);

    expect(mutationsOf(calls)).toHaveLength(0);
  });

  it('splits the grant per year from the calculation’s one-off costs, and refuses a split that does not add up', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderMeeting(() => ({ data: recorded({ overcommitted: false, overcommitReason: null }) }));
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    expect(within(dialog).getByText(/Utan fördelning delas beloppet upp efter kalkylens engångskostnader per år\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /Fördela beloppet per år/ }));

    const split = within(dialog).getByTestId('decision-split');
    const y2027 = within(split).getByRole('textbox', { name: 'Belopp 2027' });
    const y2028 = within(split).getByRole('textbox', { name: 'Belopp 2028' });
    expect(y2027).toHaveValue('1\u00a0000\u00a0000');
    expect(y2028).toHaveValue('500\u00a0000');
    expect(within(split).getByRole('textbox', { name: 'Belopp 2029' })).toHaveValue('0');
    expect(within(split).getByTestId('split-sum')).toHaveTextContent('Summa per år: 1 500 000 kr av 1 500 000 kr.');

    await user.clear(y2028);
    await user.type(y2028, '400 000');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    expect(within(dialog).getByTestId('split-error')).toHaveTextContent(
      'Beloppen per år ska tillsammans bli det beviljade beloppet, 1 500 000 kr. Nu blir de 1 400 000 kr.',
    );
    expect(mutationsOf(calls)).toHaveLength(0);

    await user.clear(y2028);
    await user.type(y2028, '500000');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    await waitFor(() => expect(mutationsOf(calls)).toHaveLength(1));
    expect(mutationsOf(calls)[0]!.variables).toEqual({
      input: {
        initiativeId: 'i-a',
        initiativeVersion: 4,
        meetingId: 'm-1',
        outcome: 'GRANTED',
        grantedAmount: 1_500_000,
        amountsByYear: [
          { year: 2027, amount: 1_000_000 },
          { year: 2028, amount: 500_000 },
        ],
        conditions: null,
        reason: null,
        decidedOn: todayInSweden(),
        registrationNumber: 'KS 2027/123',
      },
    });
  });

  it('shows the budgets a grant would exceed (BUDGET_EXCEEDED), asks for a reason and sends it again with it', async () => {
    const user = userEvent.setup({ delay: null });
    const decidedMeeting = meetingFixture({
      agenda: meetingFixture().agenda.map((a) => (a.position === 1 ? { ...a, decision: recorded().recordDecision.decision, initiative: { ...a.initiative, status: 'GRANTED' as const, mayDecide: false } } : a)),
    });
    const { calls } = renderMeeting(
      (_name, variables) => {
        const input = variables['input'] as { overcommitReason?: string };
        if (!input.overcommitReason) {
          return {
            errors: [
              apiError('BUDGET_EXCEEDED', {
                uses: [{ kind: 'TOTAL', year: null, budget: 12_000_000, committed: 11_500_000, grant: 1_500_000, after: 13_000_000, shortfall: 1_000_000 }],
              }),
            ],
          };
        }
        return { data: recorded() };
      },
      [meetingFixture(), decidedMeeting],
    );
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));

    const over = await within(dialog).findByTestId('overcommit');
    expect(over).toHaveTextContent('Beslutet överskrider budgeten');
    expect(within(over).getByTestId('overcommit-uses')).toHaveTextContent(
      'Omgångens budget 12 000 000 kr: redan beviljat 11 500 000 kr, med beslutet 13 000 000 kr. Budgeten överskrids med 1 000 000 kr.',
    );
    const reason = within(over).getByRole('textbox', { name: /Motivering till överskridande/ });
    expect(reason).toBeRequired();
    // what was typed stays
    expect(within(dialog).getByRole('radio', { name: 'Bevilja' })).toBeChecked();

    const send = within(dialog).getByRole('button', { name: 'Registrera beslut med överskridande' });
    await user.click(send);
    expect(reason).toHaveAccessibleDescription(/Skriv en motivering till överskridandet\./);
    await user.type(reason, 'Brådskar');
    await user.click(send);
    expect(reason).toHaveAccessibleDescription(/Skriv minst 10 tecken\./);
    expect(mutationsOf(calls)).toHaveLength(1);

    await user.type(reason, ' – angeläget för välfärden.');
    await user.click(send);
    expect(await screen.findByText('Beslutet är registrerat: Automatiserad fakturahantering har beviljats 1 500 000 kr.')).toBeInTheDocument();
    expect(mutationsOf(calls)).toHaveLength(2);
    expect(mutationsOf(calls)[1]!.variables['input']).toMatchObject({ outcome: 'GRANTED', grantedAmount: 1_500_000, overcommitReason: 'Brådskar – angeläget för välfärden.' });

    // the dialog closes and the agenda row shows the decision read again
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = screen.getAllByTestId('agenda-row')[0]!;
    await waitFor(() => expect(within(row).getByTestId('agenda-decision')).toHaveTextContent('Beviljad 1 500 000 kr'));
    expect(within(row).getByTestId('agenda-decision')).toHaveTextContent('Överskrider budgeten');
    expect(within(row).queryByRole('button', { name: /Registrera beslut/ })).not.toBeInTheDocument();
  });

  it('says which delegation the decision needs (DELEGATION_REQUIRED)', async () => {
    const user = userEvent.setup({ delay: null });
    renderMeeting(() => ({ errors: [apiError('FORBIDDEN', { reason: 'DELEGATION_REQUIRED', required: 'Kommundirektör', requiredLevel: 'MUNICIPAL_DIRECTOR' })] }));
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    expect(await within(dialog).findByTestId('decision-error')).toHaveTextContent('Beslutet kräver delegation som Kommundirektör.');
  });

  it('sends a rejection with its reason only, and translates the workflow’s refusal (TRANSITION_REFUSED)', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderMeeting(() => ({ errors: [apiError('TRANSITION_REFUSED', { action: 'REJECT', reasons: ['WRONG_STATUS'] })] }));
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Avslå' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Motivering/ }), 'Nyttan är för osäker.');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    const error = await within(dialog).findByTestId('decision-error');
    expect(error).toHaveTextContent('Beslutet kunde inte registreras:');
    expect(error).toHaveTextContent('Initiativet är inte berett för beslut i sin nuvarande status.');
    expect(mutationsOf(calls)[0]!.variables).toEqual({
      input: {
        initiativeId: 'i-a',
        initiativeVersion: 4,
        meetingId: 'm-1',
        outcome: 'REJECTED',
        reason: 'Nyttan är för osäker.',
        decidedOn: todayInSweden(),
        registrationNumber: 'KS 2027/123',
      },
    });
  });

  it('places the API’s field errors at their fields, a year of the split at its row', async () => {
    const user = userEvent.setup({ delay: null });
    renderMeeting(() => ({
      errors: [
        apiError('BAD_USER_INPUT', { field: 'input.registrationNumber', reason: 'OUT_OF_RANGE' }),
        apiError('BAD_USER_INPUT', { field: 'amountsByYear.0.year', reason: 'OUTSIDE_HORIZON' }),
        apiError('BAD_USER_INPUT', { field: 'meetingId', reason: 'UNKNOWN_REFERENCE' }),
      ],
    }));
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Bevilja' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Fördela beloppet per år/ }));
    const split = within(dialog).getByTestId('decision-split');
    // 2027 left at 0 is not sent: the first year sent is 2028
    await user.clear(within(split).getByRole('textbox', { name: 'Belopp 2027' }));
    await user.clear(within(split).getByRole('textbox', { name: 'Belopp 2028' }));
    await user.type(within(split).getByRole('textbox', { name: 'Belopp 2028' }), '1000000');
    await user.clear(within(split).getByRole('textbox', { name: 'Belopp 2029' }));
    await user.type(within(split).getByRole('textbox', { name: 'Belopp 2029' }), '500000');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Diarienummer/ })).toHaveAccessibleDescription(/Skriv diarienumret med bokstäver, siffror, mellanslag och - \/ \./),
    );
    expect(within(split).getByRole('textbox', { name: 'Belopp 2028' })).toHaveAccessibleDescription(/Året ligger utanför omgångens budgetår\./);
    expect(within(split).getByRole('textbox', { name: 'Belopp 2029' })).not.toHaveAccessibleDescription(/Året ligger utanför/);
    expect(within(dialog).getByTestId('decision-error')).toHaveTextContent('Möte: Mötet hör inte till initiativets ansökningsomgång, eller finns inte längre.');
    // the first field in error takes the focus
    expect(within(split).getByRole('textbox', { name: 'Belopp 2028' })).toHaveFocus();

    // changing the field clears its error from the API
    await user.type(within(dialog).getByRole('textbox', { name: /Diarienummer/ }), '1');
    expect(within(dialog).getByRole('textbox', { name: /Diarienummer/ })).not.toHaveAccessibleDescription(/Skriv diarienumret/);
  });

  it('offers to read the initiative again after someone else changed it (CONFLICT), and sends the new version', async () => {
    const user = userEvent.setup({ delay: null });
    const newer = meetingFixture({ agenda: meetingFixture().agenda.map((a) => (a.position === 1 ? { ...a, initiative: { ...a.initiative, version: 6 } } : a)) });
    let writes = 0;
    const { calls } = renderMeeting(
      () => {
        writes += 1;
        return writes === 1 ? { errors: [apiError('CONFLICT', { currentVersion: 6 })] } : { data: recorded() };
      },
      [meetingFixture(), newer],
    );
    const dialog = await openDecision(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Bordlägg' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Motivering/ }), 'Inväntar upphandlingen.');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    const error = await within(dialog).findByTestId('decision-error');
    expect(error).toHaveTextContent('Initiativet har ändrats sedan sidan lästes in. Det du skrev finns kvar.');
    await user.click(within(error).getByRole('button', { name: 'Hämta senaste versionen' }));
    expect(within(dialog).getByRole('textbox', { name: /^Motivering/ })).toHaveValue('Inväntar upphandlingen.');
    await user.click(within(dialog).getByRole('button', { name: 'Registrera beslut' }));
    await waitFor(() => expect(mutationsOf(calls)).toHaveLength(2));
    expect(mutationsOf(calls)[0]!.variables['input']).toMatchObject({ initiativeVersion: 4, outcome: 'DEFERRED' });
    expect(mutationsOf(calls)[1]!.variables['input']).toMatchObject({ initiativeVersion: 6, outcome: 'DEFERRED', reason: 'Inväntar upphandlingen.' });
  });
});
