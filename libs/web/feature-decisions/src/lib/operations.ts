import { graphql } from '@dp/web/data-access';

/** What the fund has committed (budget, beviljat, kvar), in total and per budget year. */
export const CommitmentFields = graphql(`
  fragment CommitmentFields on BudgetCommitment {
    budget
    committed
    remaining
    byYear {
      year
      budget
      committed
      remaining
    }
  }
`);

/** A recorded decision (beslut) as the meeting pages show it. */
export const DecisionFields = graphql(`
  fragment DecisionFields on Decision {
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
    overcommitted
    overcommitReason
    createdAt
  }
`);

/** The fund rounds with their meetings (newest first) and what the fund has committed. */
export const MeetingRoundsQuery = graphql(`
  query MeetingRounds {
    fundRounds {
      id
      name
      year
      status
      budget
      commitment {
        ...CommitmentFields
      }
      meetings {
        id
        title
        heldOn
        registrationNumber
        agenda {
          position
          decision {
            id
          }
        }
      }
    }
  }
`);

/** An agenda item: the initiative with everything the meeting, the presentation and the decision form show. */
export const AgendaItemFields = graphql(`
  fragment AgendaItemFields on AgendaItem {
    position
    fundedInProposal
    recommendation
    decision {
      ...DecisionFields
    }
    initiative {
      id
      title
      description
      expectedEffects
      requestedAmount
      status
      version
      npv
      benefitCostRatio
      npvPerKrona
      mayDecide
      requiredSignatory
      department {
        id
        name
      }
      assessmentScore {
        score
      }
      eligibility {
        status
        failed {
          requirementId
          name
        }
        unanswered {
          requirementId
          name
        }
      }
    }
  }
`);

/** The meeting's editable fields. */
export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    title
    heldOn
    participants
    notes
    registrationNumber
    proposalName
    mayEdit
    mayDecide
    version
  }
`);

/** One meeting with its round (budget, delegation, horizon) and its agenda. */
export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      fundRound {
        id
        name
        year
        budget
        delegation {
          upTo
          signatory
          label
        }
        calculationParameters {
          baseYear
          horizonYears
        }
        commitment {
          ...CommitmentFields
        }
      }
      agenda {
        ...AgendaItemFields
      }
    }
  }
`);

/** The requested amounts per year (split by the calculations' one-off costs) of the round's prepared initiatives. */
export const MeetingPortfolioSplitQuery = graphql(`
  query MeetingPortfolioSplit($fundRoundId: ID!) {
    portfolio(fundRoundId: $fundRoundId) {
      items {
        initiative {
          id
        }
        amountsByYear {
          year
          amount
        }
      }
    }
  }
`);

/** Creates a meeting of a round; its agenda comes from the round's proposal. */
export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($fundRoundId: ID!, $input: MeetingInput!) {
    createMeeting(fundRoundId: $fundRoundId, input: $input) {
      ...MeetingFields
    }
  }
`);

/** Changes a meeting's title, date, participants, notes and diarienummer (on its version). */
export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

/** Records a decision; the initiative comes back with its new status, version and decision. */
export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      id
      status
      version
      mayDecide
      requiredSignatory
      decision {
        ...DecisionFields
      }
    }
  }
`);
