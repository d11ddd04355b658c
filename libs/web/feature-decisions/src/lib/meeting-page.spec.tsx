import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingQuery, UpdateMeetingMutation } from '@dp/web/data-access';
import { MeetingPage } from './meeting-page';
import { applicantUser, asReader, managementUser, meetingFixture, portfolioSplit } from './testing/fixtures';
import { apiError, renderDecisions } from './testing/render';


const answer = (meeting: MeetingQuery['meeting']) => (name: string) => {
  if (name === 'Meeting') return { data: { meeting } };
  if (name === 'MeetingPortfolioSplit') return { data: portfolioSplit };
  return undefined;
};

const saved = (meeting: MeetingQuery['meeting'], changes: Partial<UpdateMeetingMutation['updateMeeting']>): UpdateMeetingMutation['updateMeeting'] => ({
  id: meeting.id,
  title: meeting.title,
  heldOn: meeting.heldOn,
  participants: meeting.participants,
  notes: meeting.notes,
  registrationNumber: meeting.registrationNumber,
  proposalName: meeting.proposalName,
  mayEdit: meeting.mayEdit,
  mayDecide: meeting.mayDecide,
  version: meeting.version,
  ...changes,
});

describe('/meetings/:id', () => {
  it('shows the meeting: heading, facts, documents, the agenda with decisions and the presentation mode', async () => {
    renderDecisions(<MeetingPage />, { query: answer(meetingFixture()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ledningsgruppens möte om Digitaliseringspotten 2027' })).toBeInTheDocument();
    const facts = screen.getByTestId('meeting-facts');
    expect(facts).toHaveTextContent('Mötesdatum2027-11-22');
    expect(facts).toHaveTextContent('DiarienummerKS 2027/123');
    expect(facts).toHaveTextContent('Förslag till prioriteringFörslag november');
    expect(screen.getByRole('link', { name: 'Alla möten i Digitaliseringspotten 2027' })).toHaveAttribute('href', '/meetings?round=r-2027');

    const documents = screen.getByTestId('meeting-documents');
    expect(within(documents).getByRole('link', { name: 'Ladda ner beslutsunderlag (PDF)' })).toHaveAttribute('href', '/api/meetings/m-1/beslutsunderlag.pdf');
    expect(within(documents).getByRole('link', { name: 'Protokollsutdrag (PDF)' })).toHaveAttribute('href', '/api/meetings/m-1/protokollsutdrag.pdf');
    expect(within(documents).getByRole('link', { name: 'Portföljen som Excel' })).toHaveAttribute('href', '/api/fund-rounds/r-2027/portfolio.xlsx');
    expect(within(documents).getByRole('link', { name: 'Portföljen som CSV' })).toHaveAttribute('href', '/api/fund-rounds/r-2027/portfolio.csv');
    for (const link of within(documents).getAllByRole('link')) expect(link).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Starta presentationsläge' })).toHaveAttribute('href', '/meetings/m-1/present');

    const rows = screen.getAllByTestId('agenda-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('1Automatiserad fakturahanteringKommunledningsförvaltningen1 500 000 kr82,5');
    expect(rows[0]).toHaveTextContent('Portföljkontoret föreslår bifall (rang 1 av 3, inom budgeten i förslaget).');
    expect(within(rows[0]!).getByTestId('agenda-decision')).toHaveTextContent('Inget beslut');
    expect(within(rows[0]!).getByRole('button', { name: 'Registrera beslut om Automatiserad fakturahantering' })).toBeInTheDocument();
    // already decided at the meeting: outcome, amount, conditions, who and the diarienummer
    const decided = within(rows[1]!).getByTestId('agenda-decision');
    expect(decided).toHaveTextContent('Beviljad 2 000 000 kr');
    expect(decided).toHaveTextContent('Villkor: Delrapport till ledningsgruppen i juni.');
    expect(decided).toHaveTextContent('Beslutat 2027-11-22 av Karin Kommundirektör (Kommundirektör), diarienummer KS 2027/123');
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('Saknas');
    expect(rows[2]).toHaveTextContent('Under förslagets budgetlinje');
  });

  it('is read only for the management group: no decisions to record, no form to change the meeting', async () => {
    const meeting = asReader(meetingFixture());
    const { calls } = renderDecisions(<MeetingPage />, { query: answer(meeting), user: managementUser });
    await screen.findByRole('heading', { level: 1, name: meeting.title });
    expect(screen.queryByRole('button', { name: /Registrera beslut/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-meeting')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Deltagare och anteckningar' })).toBeInTheDocument();
    expect(screen.getByText('Petra Portföljkontoret')).toBeInTheDocument();
    expect(screen.getByText('Förslaget presenteras av portföljkontoret.')).toBeInTheDocument();
    // nobody decides here, so the default split is not asked for
    expect(calls.some((c) => c.operationName === 'MeetingPortfolioSplit')).toBe(false);
  });

  it('saves the meeting on its version', async () => {
    const user = userEvent.setup({ delay: null });
    const meeting = meetingFixture();
    const { calls } = renderDecisions(<MeetingPage />, {
      query: answer(meeting),
      mutation: (name, variables) => (name === 'UpdateMeeting' ? { data: { updateMeeting: saved(meeting, { notes: 'Nya anteckningar', version: 2, ...(variables['input'] as object) }) } } : undefined),
    });
    const form = await screen.findByTestId('edit-meeting');
    const notes = within(form).getByRole('textbox', { name: 'Anteckningar' });
    await user.clear(notes);
    await user.type(notes, 'Nya anteckningar');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText('Mötet har sparats.')).toBeInTheDocument();
    expect(calls.find((c) => c.kind === 'mutation')).toMatchObject({
      operationName: 'UpdateMeeting',
      variables: {
        id: 'm-1',
        version: 1,
        input: {
          title: meeting.title,
          heldOn: '2027-11-22',
          participants: ['Karin Kommundirektör', 'Petra Portföljkontoret'],
          notes: 'Nya anteckningar',
          registrationNumber: 'KS 2027/123',
        },
      },
    });
  });

  it('keeps what was typed when someone else saved meanwhile (CONFLICT), and saves it on the latest version when asked', async () => {
    const user = userEvent.setup({ delay: null });
    const first = meetingFixture();
    const latest = meetingFixture({ version: 2, title: 'Ändrad rubrik av någon annan', notes: 'Deras anteckningar' });
    let reads = 0;
    let writes = 0;
    const { calls } = renderDecisions(<MeetingPage />, {
      query: (name) => {
        if (name === 'Meeting') {
          reads += 1;
          return { data: { meeting: reads === 1 ? first : latest } };
        }
        return name === 'MeetingPortfolioSplit' ? { data: portfolioSplit } : undefined;
      },
      mutation: (_name, variables) => {
        writes += 1;
        if (writes === 1) return { errors: [apiError('CONFLICT', { currentVersion: 2 })] };
        return { data: { updateMeeting: saved(latest, { ...(variables['input'] as object), version: 3 }) } };
      },
    });
    const form = await screen.findByTestId('edit-meeting');
    const notes = within(form).getByRole('textbox', { name: 'Anteckningar' });
    await user.clear(notes);
    await user.type(notes, 'Mina anteckningar');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));

    const conflict = await screen.findByTestId('meeting-conflict');
    expect(conflict).toHaveTextContent('Mötet har ändrats av någon annan');
    expect(notes).toHaveValue('Mina anteckningar');

    await user.click(within(conflict).getByRole('button', { name: 'Hämta senaste versionen' }));
    await waitFor(() => expect(within(screen.getByTestId('meeting-conflict')).getByRole('button', { name: 'Behåll mina ändringar' })).toBeInTheDocument());
    // the page shows the latest version, the form still what was typed
    expect(screen.getByRole('heading', { level: 1, name: 'Ändrad rubrik av någon annan' })).toBeInTheDocument();
    expect(notes).toHaveValue('Mina anteckningar');
    expect(within(form).getByRole('textbox', { name: /Rubrik/ })).toHaveValue(first.title);

    await user.click(screen.getByRole('button', { name: 'Behåll mina ändringar' }));
    expect(screen.queryByTestId('meeting-conflict')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText('Mötet har sparats.')).toBeInTheDocument();
    const mutations = calls.filter((c) => c.kind === 'mutation');
    expect(mutations).toHaveLength(2);
    expect(mutations[0]!.variables).toMatchObject({ version: 1, input: { notes: 'Mina anteckningar' } });
    expect(mutations[1]!.variables).toMatchObject({ version: 2, input: { notes: 'Mina anteckningar', title: first.title } });
  });

  it('takes the latest version when asked after a conflict', async () => {
    const user = userEvent.setup({ delay: null });
    let reads = 0;
    renderDecisions(<MeetingPage />, {
      query: (name) => {
        if (name !== 'Meeting') return name === 'MeetingPortfolioSplit' ? { data: portfolioSplit } : undefined;
        reads += 1;
        return { data: { meeting: reads === 1 ? meetingFixture() : meetingFixture({ version: 2, notes: 'Deras anteckningar' }) } };
      },
      mutation: () => ({ errors: [apiError('CONFLICT')] }),
    });
    const form = await screen.findByTestId('edit-meeting');
    const notes = within(form).getByRole('textbox', { name: 'Anteckningar' });
    await user.type(notes, ' Mitt tillägg');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringar' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta senaste versionen' }));
    await user.click(await screen.findByRole('button', { name: 'Ta den senaste versionen' }));
    expect(notes).toHaveValue('Deras anteckningar');
  });

  it('says when the meeting does not exist', async () => {
    renderDecisions(<MeetingPage />, { query: (name) => (name === 'Meeting' ? { errors: [apiError('NOT_FOUND')] } : undefined) });
    expect(await screen.findByText('Mötet finns inte, eller så får du inte se det.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ledningsgruppsmöte' })).toBeInTheDocument();
  });

  it('explains to an applicant that the meeting is not for them', () => {
    const { calls } = renderDecisions(<MeetingPage />, { query: answer(meetingFixture()), user: applicantUser });
    expect(screen.getByTestId('not-allowed')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
