import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CreateMeetingMutation } from '@dp/web/data-access';
import { MeetingsPage } from './meetings-page';
import { analyst, applicantUser, managementUser, meetingRounds } from './testing/fixtures';
import { apiError, renderDecisions } from './testing/render';


const queries = (name: string) => (name === 'MeetingRounds' ? { data: meetingRounds } : undefined);
const page = { paths: ['/meetings'], route: '/meetings', query: queries };

const created: CreateMeetingMutation['createMeeting'] = {
  id: 'm-new',
  title: 'Ledningsgruppsmöte december',
  heldOn: '2027-12-13',
  participants: ['Karin Kommundirektör', 'Petra Portföljkontoret, portföljkontoret'],
  notes: null,
  registrationNumber: 'KS 2027/200',
  proposalName: 'Förslag november',
  mayEdit: true,
  mayDecide: false,
  version: 1,
};

async function fillMeeting(user: ReturnType<typeof userEvent.setup>) {
  const form = screen.getByTestId('create-meeting');
  await user.type(within(form).getByRole('textbox', { name: /Rubrik/ }), 'Ledningsgruppsmöte december');
  const date = within(form).getByRole('textbox', { name: /Datum/ });
  await user.clear(date);
  await user.type(date, '2027-12-13');
  await user.type(within(form).getByRole('textbox', { name: 'Deltagare' }), 'Karin Kommundirektör{enter}{enter}Petra Portföljkontoret, portföljkontoret');
  await user.type(within(form).getByRole('textbox', { name: 'Diarienummer' }), 'KS  2027/200');
  return form;
}

describe('/meetings', () => {
  it('lists the open round’s meetings with date, diarienummer and recorded decisions, and what the fund has committed', async () => {
    renderDecisions(<MeetingsPage />, { ...page, user: managementUser });
    expect(screen.getByRole('heading', { level: 1, name: 'Ledningsgruppsmöten' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('meeting-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2027-12-06');
    expect(rows[0]).toHaveTextContent('Inget angivet');
    expect(rows[0]).toHaveTextContent('0 av 2');
    expect(within(rows[1]!).getByRole('link', { name: 'Ledningsgruppens möte om Digitaliseringspotten 2027' })).toHaveAttribute('href', '/meetings/m-1');
    expect(rows[1]).toHaveTextContent('KS 2027/123');
    expect(rows[1]).toHaveTextContent('1 av 3');

    const total = screen.getByTestId('commitment-total');
    expect(within(total).getAllByRole('cell').map((c) => c.textContent?.replace(/\s/g, ' '))).toEqual(['12 000 000 kr', '11 500 000 kr', '500 000 kr']);
    expect(screen.queryByTestId('commitment-over')).not.toBeInTheDocument();
    // the management group reads, but does not create meetings
    expect(screen.queryByRole('heading', { name: 'Nytt möte' })).not.toBeInTheDocument();
  });

  it('switches round: an over-committed fund shows a negative remainder and a warning', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<MeetingsPage />, { ...page, user: managementUser });
    await user.click(await screen.findByRole('combobox', { name: 'Ansökningsomgång' }));
    await user.click(screen.getByRole('option', { name: 'Digitaliseringspotten 2026 (Stängd)' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/meetings?round=r-2026'));
    expect(screen.getByText('Det finns inga möten i omgången ännu.')).toBeInTheDocument();
    expect(screen.getByTestId('commitment-total')).toHaveTextContent('−300 000 kr');
    expect(screen.getByTestId('commitment-total')).toHaveTextContent('Överskriden med 300 000 kr');
    expect(screen.getByTestId('commitment-2026')).toHaveTextContent('−300 000 kr');
    expect(screen.getByTestId('commitment-2027')).not.toHaveTextContent('Överskriden');
    const warning = screen.getByTestId('commitment-over');
    expect(warning).toHaveTextContent('Fonden är överintecknad');
    expect(warning).toHaveTextContent('Beviljade belopp är 300 000 kr mer än omgångens budget.');
    expect(warning).toHaveTextContent('Beviljade belopp för 2026 är 300 000 kr mer än årets budget.');
  });

  it('creates a meeting for the round and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderDecisions(<MeetingsPage />, { ...page, user: analyst, mutation: (name) => (name === 'CreateMeeting' ? { data: { createMeeting: created } } : undefined) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Nytt möte' })).toBeInTheDocument();
    const form = await fillMeeting(user);
    await user.type(within(form).getByRole('textbox', { name: 'Anteckningar' }), '  ');
    await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/meetings/m-new'));
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'CreateMeeting',
      variables: {
        fundRoundId: 'r-2027',
        input: {
          title: 'Ledningsgruppsmöte december',
          heldOn: '2027-12-13',
          participants: ['Karin Kommundirektör', 'Petra Portföljkontoret, portföljkontoret'],
          notes: null,
          registrationNumber: 'KS 2027/200',
        },
      },
    });
    expect(screen.getByText('Mötet ”Ledningsgruppsmöte december” har skapats.')).toBeInTheDocument();
  });

  it('checks the form before sending: a title, a real date and a diarienummer of the right form', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderDecisions(<MeetingsPage />, { ...page, user: analyst, mutation: () => ({ data: { createMeeting: created } }) });
    const form = await screen.findByTestId('create-meeting');
    const date = within(form).getByRole('textbox', { name: /Datum/ });
    await user.clear(date);
    await user.type(date, '2027-02-30');
    await user.type(within(form).getByRole('textbox', { name: 'Diarienummer' }), 'KS 2027/');
    await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));

    expect(within(form).getByRole('textbox', { name: /Rubrik/ })).toHaveAccessibleDescription(/Skriv en rubrik för mötet\./);
    expect(date).toHaveAccessibleDescription(/Skriv ett datum som finns/);
    expect(within(form).getByRole('textbox', { name: 'Diarienummer' })).toHaveAccessibleDescription(/Skriv diarienumret med bokstäver/);
    expect(within(form).getByRole('textbox', { name: /Rubrik/ })).toHaveFocus();
    expect(calls.some((c) => c.kind === 'mutation')).toBe(false);

    // the errors follow the input once shown
    await user.type(within(form).getByRole('textbox', { name: /Rubrik/ }), 'Möte');
    expect(within(form).getByRole('textbox', { name: /Rubrik/ })).not.toHaveAccessibleDescription(/Skriv en rubrik/);
  });

  it('explains that the round needs a proposal first (PROPOSAL_REQUIRED), keeping what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<MeetingsPage />, {
      ...page,
      user: analyst,
      mutation: () => ({ errors: [apiError('FORBIDDEN', { reason: 'PROPOSAL_REQUIRED' })] }),
    });
    const form = await screen.findByTestId('create-meeting');
    await fillMeeting(user);
    await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));

    const alert = await screen.findByTestId('proposal-required');
    expect(alert).toHaveTextContent(
      'Det finns inget föreslaget scenario för omgången. Portföljkontoret markerar ett scenario som förslag under Prioritering → Scenarier.',
    );
    expect(within(alert).getByRole('link', { name: 'Till omgångens scenarier' })).toHaveAttribute('href', '/portfolio/r-2027/scenarios');
    expect(within(form).getByRole('textbox', { name: /Rubrik/ })).toHaveValue('Ledningsgruppsmöte december');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/meetings'));
  });

  it('places the API’s field errors at their fields', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<MeetingsPage />, {
      ...page,
      user: analyst,
      mutation: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'participants.1', reason: 'TOO_LONG' }), apiError('BAD_USER_INPUT', { field: 'input.heldOn', reason: 'INVALID_DATE' })] }),
    });
    const form = await screen.findByTestId('create-meeting');
    await fillMeeting(user);
    await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Deltagare' })).toHaveAccessibleDescription(/Skriv högst 200 tecken per deltagare\./));
    expect(within(form).getByRole('textbox', { name: /Datum/ })).toHaveAccessibleDescription(/Skriv ett datum som finns/);
  });

  it('explains to an applicant that the meetings are not for them, without asking the API', () => {
    const { calls } = renderDecisions(<MeetingsPage />, { ...page, user: applicantUser });
    expect(screen.getByRole('heading', { level: 1, name: 'Ledningsgruppsmöten' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Du har inte behörighet till sidan');
    expect(calls).toEqual([]);
  });

  it('speaks English', async () => {
    renderDecisions(<MeetingsPage />, { ...page, user: analyst, language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Management group meetings' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'New meeting' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fund commitments' })).toBeInTheDocument();
  });
});
