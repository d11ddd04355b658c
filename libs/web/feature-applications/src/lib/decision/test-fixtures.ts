// Decisions for the component tests of the decision panel and the initiative page.
import type { DecisionView } from './model';

export const FINGERPRINT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** beviljad by the municipal director at a meeting, split over two years, with conditions */
export const grantedDecision: DecisionView = {
  id: 'dec-1',
  outcome: 'GRANTED',
  grantedAmount: 1_000_000,
  amountsByYear: [
    { year: 2027, amount: 600_000 },
    { year: 2028, amount: 400_000 },
  ],
  conditions: 'Slutrapport senast 2028-12-31.\nNyttorna följs upp varje halvår.',
  reason: null,
  decidedOn: '2027-03-12',
  registrationNumber: 'KS 2027/123',
  decidedByName: 'Karin Kommundirektör',
  signatory: 'MUNICIPAL_DIRECTOR',
  signatoryLabel: 'Kommundirektör',
  meeting: { id: 'm-1', title: 'Ledningsgruppen mars', heldOn: '2027-03-12' },
  overcommitted: false,
  overcommitReason: null,
  fingerprint: FINGERPRINT,
  snapshotIntact: true,
};
