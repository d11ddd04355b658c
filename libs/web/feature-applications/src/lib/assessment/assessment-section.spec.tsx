import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InitiativeAssessmentQuery, MockHandler, SessionUser } from '@dp/web/data-access';
import { renderPage } from '../../testing/render';
import { analystUser, applicantUser, initiative as initiativeFixture, referenceData } from '../../testing/fixtures';
import { EditInitiativePage } from '../edit-initiative-page';
import { AssessmentSection } from './assessment-section';
import {
  aggregateOf,
  annasAssessment,
  auditorUser,
  criteria,
  criteriaSet,
  eligibilityReview,
  managementUser,
  notEligible,
  persAssessment,
} from './test-fixtures';

type Initiative = NonNullable<InitiativeAssessmentQuery['initiative']>;

function assessmentOf(overrides: Partial<Initiative> = {}): InitiativeAssessmentQuery {
  return {
    initiative: {
      id: 'i-2',
      status: 'PREPARED',
      mayAssess: true,
      mayReviewEligibility: false,
      fundRound: { id: 'r-2027', name: 'Digitaliseringspotten 2027', criteriaSet: { ...criteriaSet, criteria: [...criteria], mustRequirements: [...criteriaSet.mustRequirements] } },
      assessmentScore: aggregateOf([persAssessment]),
      assessments: [persAssessment],
      myAssessment: null,
      eligibilityReview,
      eligibility: notEligible,
      ...overrides,
    } as Initiative,
  };
}

interface Options {
  data?: InitiativeAssessmentQuery | ((reads: number) => InitiativeAssessmentQuery);
  mutation?: MockHandler;
  user?: SessionUser;
  language?: 'sv' | 'en';
}

function renderSection({ data = assessmentOf(), mutation, user = managementUser, language = 'sv' }: Options = {}) {
  let reads = 0;
  return renderPage(<AssessmentSection initiativeId="i-2" status="PREPARED" />, {
    path: '/initiatives/:id',
    route: '/initiatives/i-2',
    user,
    language,
    query: (name) => {
      if (name !== 'InitiativeAssessment') return undefined;
      reads += 1;
      return { data: typeof data === 'function' ? data(reads) : data };
    },
    ...(mutation ? { mutation } : {}),
  });
}

const sv1 = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(value);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('AssessmentSection', () => {
  it('shows the combined score, the number of reviewers and the weight, mean, spread and contribution per criterion', async () => {
    const aggregate = aggregateOf([annasAssessment, persAssessment]);
    renderSection({ data: assessmentOf({ assessmentScore: aggregate, assessments: [annasAssessment, persAssessment], myAssessment: annasAssessment }) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Bedömning' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sammanvägd bedömning' })).toBeInTheDocument();
    expect(aggregate.score).not.toBeNull();
    expect(screen.getByTestId('assessment-score')).toHaveTextContent(`Viktad poäng ${sv1(aggregate.score!)} av 100`);
    expect(screen.getByTestId('assessment-reviewers')).toHaveTextContent('2 bedömare');

    const table = screen.getByRole('table', { name: /Bedömning per kriterium/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Kriterium',
      'Vikt',
      'Antal bedömare',
      'Medelvärde',
      'Spridning (min–max)',
      'Standardavvikelse',
      'Bidrag (poäng)',
    ]);
    // quality for residents: Anna 3, Per 4 → mean 3,5, spread 3–4, sd 0,5; 20 % × 3,5/4 = 17,5 points
    const quality = within(table).getByRole('rowheader', { name: /Bättre kvalitet i service till invånarna/ }).closest('tr')!;
    expect(cells(quality)).toEqual(['20\u00a0%', '2', '3,5', '3–4', '0,5', '17,5']);
    // feasibility: only Anna scored it (3) → no spread
    const feasibility = within(table).getByRole('rowheader', { name: /Genomförbarhet och risk/ }).closest('tr')!;
    expect(cells(feasibility)).toEqual(['15\u00a0%', '1', '3', '3', '0', '11,3']);
    const total = within(table).getByRole('rowheader', { name: 'Totalt' }).closest('tr')!;
    expect(cells(total).at(-1)).toBe(sv1(aggregate.score!));

    // every reviewer's assessment, readable
    const all = screen.getByTestId('all-assessments');
    expect(within(all).getByRole('heading', { level: 4, name: 'Anna Ledning (du)' })).toBeInTheDocument();
    const per = within(all).getByRole('table', { name: 'Bedömning av Per Portföljkontor' });
    const perFeasibility = within(per).getByRole('rowheader', { name: 'Genomförbarhet och risk' }).closest('tr')!;
    expect(cells(perFeasibility)).toEqual(['Ej bedömd', '–']);
    const anna = within(all).getByRole('table', { name: 'Bedömning av Anna Ledning' });
    const annaQuality = within(anna).getByRole('rowheader', { name: 'Bättre kvalitet i service till invånarna' }).closest('tr')!;
    expect(cells(annaQuality)).toEqual(['3 – Stor', 'Tydlig nytta för vårdnadshavare.']);
    expect(within(all).getByText('Väl underbyggd ansökan.')).toBeInTheDocument();
  });

  it('says plainly when the score is incomplete, and which criteria nobody has assessed', async () => {
    renderSection({ data: assessmentOf({ assessmentScore: aggregateOf([persAssessment]) }) });
    expect(await screen.findByTestId('assessment-score')).toHaveTextContent('Ofullständig – alla kriterier är inte bedömda');
    expect(screen.getByTestId('assessment-reviewers')).toHaveTextContent('1 bedömare Ej bedömda kriterier: Genomförbarhet och risk.');
  });

  it('creates my assessment with a null version, then shows a notification and the refreshed aggregate', async () => {
    const user = userEvent.setup();
    const mine = { ...annasAssessment, version: 1, updatedAt: '2026-11-29T12:00:00.000Z' };
    const { calls } = renderSection({
      data: (reads) =>
        reads === 1
          ? assessmentOf()
          : assessmentOf({ assessmentScore: aggregateOf([persAssessment, mine]), assessments: [persAssessment, mine], myAssessment: mine }),
      mutation: (name) => (name === 'SaveAssessment' ? { data: { saveAssessment: mine } } : undefined),
    });
    const form = await screen.findByTestId('my-assessment');
    expect(screen.getByTestId('assessment-score')).toHaveTextContent('Ofullständig');

    for (const [i, c] of criteria.entries()) {
      const score = annasAssessment.scores[i]!.score!;
      const level = c.scale.find((l) => l.value === score)!;
      await user.click(within(within(form).getByRole('radiogroup', { name: c.name })).getByRole('radio', { name: `${score} – ${level.label}` }));
    }
    await user.click(within(form).getByRole('button', { name: 'Spara bedömningen' }));

    expect(await screen.findByText('Din bedömning har sparats.')).toBeInTheDocument();
    const save = calls.find((c) => c.kind === 'mutation');
    expect(save?.operationName).toBe('SaveAssessment');
    expect(save?.variables).toEqual({
      initiativeId: 'i-2',
      version: null,
      input: { scores: annasAssessment.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: null })), comment: null },
    });
    // the aggregate is read again from the server
    const refreshed = aggregateOf([persAssessment, mine]).score!;
    await waitFor(() => expect(screen.getByTestId('assessment-score')).toHaveTextContent(`Viktad poäng ${sv1(refreshed)} av 100`));
    expect(calls.filter((c) => c.operationName === 'InitiativeAssessment').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByTestId('assessment-reviewers')).toHaveTextContent('2 bedömare');
  });

  it('on CONFLICT keeps what the user chose and reads the latest version when asked', async () => {
    const user = userEvent.setup();
    const mine = { ...annasAssessment, version: 2 };
    const theirs = { ...annasAssessment, version: 3, comment: 'Sparad i en annan flik.' };
    const { calls } = renderSection({
      data: (reads) => assessmentOf({ myAssessment: reads === 1 ? mine : theirs }),
      mutation: () => ({ errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 3 } }] }),
    });
    const form = await screen.findByTestId('my-assessment');
    const overall = within(form).getByRole('textbox', { name: 'Övergripande kommentar' });
    await user.clear(overall);
    await user.type(overall, 'Min nya kommentar');
    await user.click(within(form).getByRole('button', { name: 'Spara bedömningen' }));

    const notice = await screen.findByTestId('assessment-conflict');
    expect(overall).toHaveValue('Min nya kommentar');
    expect(calls.find((c) => c.kind === 'mutation')?.variables['version']).toBe(2);
    await user.click(within(notice).getByRole('button', { name: 'Hämta den senaste versionen' }));
    const diff = await within(notice).findByRole('table');
    const row = within(diff).getByRole('rowheader', { name: 'Övergripande kommentar' }).closest('tr')!;
    expect(cells(row)).toEqual(['Min nya kommentar', 'Sparad i en annan flik.']);
    expect(overall).toHaveValue('Min nya kommentar');
  });

  it('shows the refusal of a save translated', async () => {
    const user = userEvent.setup();
    renderSection({ mutation: () => ({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason: 'NOT_EDITABLE' } }] }) });
    const form = await screen.findByTestId('my-assessment');
    await user.click(within(form).getByRole('button', { name: 'Spara bedömningen' }));
    expect(await screen.findByTestId('assessment-forbidden')).toHaveTextContent('Initiativet kan inte bedömas i sin nuvarande status.');
  });

  it('shows the eligibility with the failed requirement and why, without a form for the management group', async () => {
    renderSection();
    const status = await screen.findByTestId('eligibility-status');
    expect(status).toHaveTextContent('Uppfyller inte ska-krav:');
    expect(status).toHaveTextContent('Utsedd nyttoägare – Ingen nyttoägare är utsedd.');
    expect(status).toHaveTextContent('Ej bedömda: Finansierad drift och förvaltning, Passar kommunens arkitektur.');
    expect(screen.queryByTestId('eligibility-form')).not.toBeInTheDocument();
  });

  it('lets the portfolio office answer the must-requirements: a requirement not met needs a comment', async () => {
    const user = userEvent.setup();
    const saved = { ...eligibilityReview, version: 4, updatedAt: '2026-11-29T12:00:00.000Z' };
    const { calls } = renderSection({
      user: analystUser,
      data: (reads) =>
        reads === 1
          ? assessmentOf({ mayReviewEligibility: true })
          : assessmentOf({ mayReviewEligibility: true, eligibilityReview: saved, eligibility: { eligible: true, status: 'ELIGIBLE', failed: [], unanswered: [] } }),
      mutation: (name) => (name === 'SaveEligibilityReview' ? { data: { saveEligibilityReview: saved } } : undefined),
    });
    const form = await screen.findByTestId('eligibility-form');
    const owner = within(form).getByRole('radiogroup', { name: 'Utsedd nyttoägare' });
    expect(within(owner).getByRole('radio', { name: 'Ej uppfyllt' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: /Kommentar om Utsedd nyttoägare/ })).toHaveValue('Ingen nyttoägare är utsedd.');

    // the architecture requirement is not met, but nothing says why yet
    const architecture = within(form).getByRole('radiogroup', { name: 'Passar kommunens arkitektur' });
    await user.click(within(architecture).getByRole('radio', { name: 'Ej uppfyllt' }));
    const why = within(form).getByRole('textbox', { name: /Kommentar om Passar kommunens arkitektur/ });
    expect(why).toBeRequired();
    await user.click(within(form).getByRole('button', { name: 'Spara ska-kraven' }));
    expect(why).toHaveAccessibleDescription(/Skriv varför kravet inte är uppfyllt\./);
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    await user.type(why, 'Dubblerar e-arkivet.');
    // the preview follows the answers with the domain's rule
    expect(within(form).getByTestId('eligibility-preview')).toHaveTextContent('Passar kommunens arkitektur – Dubblerar e-arkivet.');
    await user.click(within(owner).getByRole('radio', { name: 'Uppfyllt' }));
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Finansierad drift och förvaltning' })).getByRole('radio', { name: 'Uppfyllt' }));
    await user.click(within(form).getByRole('button', { name: 'Spara ska-kraven' }));

    expect(await screen.findByText('Ska-kraven har sparats.')).toBeInTheDocument();
    const save = calls.find((c) => c.kind === 'mutation');
    expect(save?.operationName).toBe('SaveEligibilityReview');
    expect(save?.variables).toEqual({
      initiativeId: 'i-2',
      version: 3,
      answers: [
        { requirementId: 'verified-need', met: true, comment: null },
        { requirementId: 'benefit-owner', met: true, comment: 'Ingen nyttoägare är utsedd.' },
        { requirementId: 'running-costs-funded', met: true, comment: null },
        { requirementId: 'architecture-fit', met: false, comment: 'Dubblerar e-arkivet.' },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('eligibility-status')).toHaveTextContent('Uppfyller alla ska-krav'));
  });

  it('renders in English when English is chosen', async () => {
    renderSection({ language: 'en', data: assessmentOf({ assessmentScore: aggregateOf([annasAssessment, persAssessment]) }) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Assessment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Combined assessment' })).toBeInTheDocument();
    expect(screen.getByTestId('assessment-score')).toHaveTextContent(/^Weighted score [\d.]+ out of 100$/);
    expect(screen.getByTestId('assessment-reviewers')).toHaveTextContent('2 reviewers');
    expect(screen.getByRole('heading', { level: 3, name: 'My assessment' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Not assessed' })).toHaveLength(criteria.length);
    expect(screen.getByRole('button', { name: 'Save the assessment' })).toBeInTheDocument();
    expect(screen.getByTestId('eligibility-status')).toHaveTextContent('Does not meet the must-requirements:');
    expect(screen.getByRole('heading', { level: 3, name: 'Must-requirements' })).toBeInTheDocument();
  });

  it('shows no form to a reader such as the auditor, and nothing when the API hides the assessments', async () => {
    const view = renderSection({ user: auditorUser, data: assessmentOf({ mayAssess: false }) });
    expect(await screen.findByTestId('assessment-summary')).toBeInTheDocument();
    expect(screen.queryByTestId('my-assessment')).not.toBeInTheDocument();
    expect(screen.queryByText(/Initiativet kan bedömas när/)).not.toBeInTheDocument();
    view.unmount();

    renderSection({ user: auditorUser, data: assessmentOf({ mayAssess: false, assessmentScore: null, eligibility: null, assessments: [] }) });
    await waitFor(() => expect(screen.queryByText('Laddar bedömningen …')).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Bedömning' })).not.toBeInTheDocument();
  });

  it('tells the management group when the initiative cannot be assessed in its status', async () => {
    renderSection({ data: assessmentOf({ mayAssess: false, status: 'DRAFT' }) });
    expect(await screen.findByText(/Initiativet kan bedömas när det har skickats in/)).toBeInTheDocument();
    expect(screen.queryByTestId('my-assessment')).not.toBeInTheDocument();
  });
});

describe('the initiative page', () => {
  const pageQuery =
    (data: InitiativeAssessmentQuery): MockHandler =>
    (name) =>
      name === 'ReferenceData'
        ? { data: referenceData }
        : name === 'Initiative'
          ? { data: { initiative: { ...initiativeFixture, status: 'PREPARED' } } }
          : name === 'InitiativeAssessment'
            ? { data }
            : undefined;

  it('shows the Bedömning section to the management group', async () => {
    renderPage(<EditInitiativePage />, { path: '/initiatives/:id', route: '/initiatives/i-2', user: managementUser, query: pageQuery(assessmentOf()) });
    // the section is a chunk of its own: it may take a moment to load
    expect(await screen.findByRole('heading', { level: 2, name: 'Bedömning' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bedömning' })).toHaveAttribute('id', 'bedomning');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Bedömning')).toBeGreaterThan(headings.indexOf('Nyttokalkyl'));
  });

  it('does not load it for an applicant', async () => {
    const { calls } = renderPage(<EditInitiativePage />, {
      path: '/initiatives/:id',
      route: '/initiatives/i-2',
      user: applicantUser,
      query: pageQuery(assessmentOf()),
    });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await screen.findByRole('textbox', { name: /Titel/ });
    expect(calls.some((c) => c.operationName === 'InitiativeAssessment')).toBe(false);
    expect(screen.queryByRole('heading', { level: 2, name: 'Bedömning' })).not.toBeInTheDocument();
  });
});
