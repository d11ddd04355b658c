import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { initiative, referenceData } from '../../testing/fixtures';
import { EditInitiativePage } from '../edit-initiative-page';
import { ProcessPanel } from '../process-panel';
import { DecisionPanel } from './decision-panel';
import type { DecisionView } from './model';
import { FINGERPRINT, grantedDecision } from './test-fixtures';

function renderPanel(decision: DecisionView, { requestedAmount = 1_234_567, language = 'sv' as 'sv' | 'en' } = {}) {
  return renderPage(<DecisionPanel decision={decision} requestedAmount={requestedAmount} />, { path: '/', route: '/', language });
}

/** the value of a field of the description list, by its label */
function field(label: string): string | null {
  const section = screen.getByRole('region', { name: /Beslut|Decision/ });
  const term = within(section).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('DecisionPanel (Beslut on the initiative page)', () => {
  it('tells the applicant a grant: the amount (lower than requested), per year, the conditions, when, diarienummer, who and the meeting', () => {
    renderPanel(grantedDecision);
    const section = screen.getByRole('region', { name: /^Beslut/ });
    expect(within(section).getByRole('heading', { level: 2, name: 'Beslut' })).toBeInTheDocument();
    expect(plain(screen.getByTestId('decision-headline').textContent)).toBe('Ansökan är beviljad med 1 000 000 kr, lägre än de 1 234 567 kr som söktes.');
    expect(field('Beslut')).toBe('Beviljad');
    expect(plain(field('Beviljat belopp'))).toBe('1 000 000 kr');
    expect(plain(field('Beviljat per år'))).toBe('2027: 600 000 kr2028: 400 000 kr');
    expect(field('Villkor')).toBe('Slutrapport senast 2028-12-31.\nNyttorna följs upp varje halvår.');
    expect(field('Beslutsdatum')).toBe('2027-03-12');
    expect(field('Diarienummer')).toBe('KS 2027/123');
    expect(field('Beslutat av')).toBe('Karin Kommundirektör (Kommundirektör, enligt delegationsordningen)');
    expect(field('Ledningsgruppsmöte')).toBe('Ledningsgruppen mars, 2027-03-12');
    expect(screen.queryByText('Motivering', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('decision-overcommitted')).not.toBeInTheDocument();
  });

  it('says the decision basis is locked with the first 12 characters of its checksum, and that it is intact', () => {
    renderPanel(grantedDecision);
    const snapshot = screen.getByTestId('decision-snapshot');
    expect(snapshot).toHaveTextContent('Beslutsunderlaget är låst (kontrollsumma 9f86d081884c). Underlaget är oförändrat sedan beslutet.');
    expect(snapshot).not.toHaveTextContent(FINGERPRINT.slice(0, 13));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns when the stored basis no longer matches its checksum', () => {
    renderPanel({ ...grantedDecision, snapshotIntact: false });
    expect(screen.getByTestId('decision-snapshot')).not.toHaveTextContent('oförändrat');
    expect(screen.getByRole('alert')).toHaveTextContent('Det sparade beslutsunderlaget stämmer inte längre med kontrollsumman. Kontakta portföljkontoret.');
  });

  it('shows a grant of the whole amount without comparing, and an over-commitment with its reason', () => {
    renderPanel(
      { ...grantedDecision, grantedAmount: 1_234_567, amountsByYear: null, conditions: null, meeting: null, overcommitted: true, overcommitReason: 'Lagkrav från 2028, kan inte vänta.' },
      { requestedAmount: 1_234_567 },
    );
    expect(plain(screen.getByTestId('decision-headline').textContent)).toBe('Ansökan är beviljad med 1 234 567 kr.');
    expect(screen.queryByTestId('decision-by-year')).not.toBeInTheDocument();
    expect(screen.queryByTestId('decision-conditions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('decision-meeting')).not.toBeInTheDocument();
    const note = screen.getByTestId('decision-overcommitted');
    expect(note).toHaveTextContent('Beviljat över budget');
    expect(note).toHaveTextContent('Skälet som angavs: Lagkrav från 2028, kan inte vänta.');
  });

  it.each([
    ['REJECTED', 'Avslag', 'Ansökan har fått avslag.'],
    ['DEFERRED', 'Bordlagd', 'Ansökan är bordlagd.'],
    ['RETURNED', 'Återremitterad', 'Ansökan är återremitterad för mer beredning.'],
  ] as const)('shows %s in Swedish with its reason and no amount', (outcome, name, headline) => {
    renderPanel({
      ...grantedDecision,
      outcome,
      grantedAmount: null,
      amountsByYear: null,
      conditions: null,
      reason: 'Kalkylen behöver ses över.',
      signatory: 'DIGITALISATION_MANAGER',
      signatoryLabel: 'Digitaliseringschef',
      decidedByName: 'Dan Digitaliseringschef',
    });
    expect(screen.getByTestId('decision-headline')).toHaveTextContent(headline);
    expect(field('Beslut')).toBe(name);
    expect(field('Motivering')).toBe('Kalkylen behöver ses över.');
    expect(field('Beslutat av')).toBe('Dan Digitaliseringschef (Digitaliseringschef, enligt delegationsordningen)');
    expect(screen.queryByTestId('decision-amount')).not.toBeInTheDocument();
    expect(screen.queryByTestId('decision-by-year')).not.toBeInTheDocument();
  });

  it('is in English when English is chosen', () => {
    renderPanel({ ...grantedDecision, outcome: 'RETURNED', grantedAmount: null, amountsByYear: null, reason: 'More preparation.' }, { language: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Decision' })).toBeInTheDocument();
    expect(screen.getByTestId('decision-headline')).toHaveTextContent('The application is returned for further preparation.');
    expect(field('Registration number')).toBe('KS 2027/123');
    expect(screen.getByTestId('decision-snapshot')).toHaveTextContent('The decision basis is locked (checksum 9f86d081884c).');
  });
});

describe('the initiative page with a decision', () => {
  function renderInitiative(decision: (DecisionView & { createdAt: string }) | null) {
    return renderPage(<EditInitiativePage />, {
      path: '/initiatives/:id',
      route: '/initiatives/i-2',
      query: (name) => {
        if (name === 'ReferenceData') return { data: referenceData };
        if (name === 'Initiative') return { data: { initiative: { ...initiative, status: decision ? 'GRANTED' : 'PREPARED', decision } } };
        return undefined;
      },
    });
  }

  it('tells the applicant the decision at the top of the page, above the process', async () => {
    renderInitiative({ ...grantedDecision, createdAt: '2027-03-12T14:00:00.000Z' });
    const panel = await screen.findByTestId('decision-panel');
    expect(plain(within(panel).getByTestId('decision-headline').textContent)).toBe('Ansökan är beviljad med 1 000 000 kr, lägre än de 1 234 567 kr som söktes.');
    const process = screen.getByRole('heading', { level: 2, name: 'Ärendets gång' });
    // the decision comes first in the document
    expect(panel.compareDocumentPosition(process) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has no decision section before there is a decision', async () => {
    renderInitiative(null);
    await screen.findByRole('heading', { level: 2, name: 'Ärendets gång' });
    expect(screen.queryByTestId('decision-panel')).not.toBeInTheDocument();
  });
});

describe('the decision maker’s steps in the process', () => {
  it('names RETURN (Återremittera) and explains DECISION_REQUIRED: decisions are recorded at the meeting', () => {
    renderPage(
      <ProcessPanel
        initiative={{
          ...initiative,
          status: 'PREPARED',
          availableActions: [
            { action: 'GRANT', to: 'GRANTED', allowed: false, reasons: ['DECISION_REQUIRED'] },
            { action: 'RETURN', to: 'IN_PREPARATION', allowed: false, reasons: ['DECISION_REQUIRED'] },
          ],
        }}
        onTransitioned={() => undefined}
        onReload={() => undefined}
      />,
      { path: '/', route: '/' },
    );
    const blocked = screen.getByTestId('blocked-steps');
    const returnButton = within(blocked).getByRole('button', { name: 'Återremittera' });
    expect(returnButton).toBeDisabled();
    expect(document.getElementById(returnButton.getAttribute('aria-describedby') ?? '')).toHaveTextContent('Beslut registreras på ledningsgruppsmötet (Möten).');
    expect(within(blocked).getByRole('button', { name: 'Bevilja' })).toBeDisabled();
  });
});
