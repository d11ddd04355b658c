import { graphql } from '@dp/web/data-access';

/**
 * The latest decision (beslut) on an initiative as its page shows it to the applicant and everyone who
 * may see the initiative; part of the initiative's detail fields, so a recorded decision refreshes it.
 */
export const InitiativeDecisionFields = graphql(`
  fragment InitiativeDecisionFields on Decision {
    id
    outcome
    grantedAmount
    amountsByYear {
      year
      amount
    }
    conditions
    reason
    decidedOn
    registrationNumber
    decidedByName
    signatory
    signatoryLabel
    meeting {
      id
      title
      heldOn
    }
    overcommitted
    overcommitReason
    fingerprint
    snapshotIntact
    createdAt
  }
`);
