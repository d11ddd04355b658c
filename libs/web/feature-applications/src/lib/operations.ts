import { graphql } from '@dp/web/data-access';

/** Reference data the list filters and the form's selects are built from. */
export const ReferenceDataQuery = graphql(`
  query ReferenceData {
    departments {
      id
      code
      name
    }
    goalAreas {
      id
      code
      name
    }
    fundRounds {
      id
      code
      name
      year
      budget
      status
    }
  }
`);

/**
 * One page of a round's initiatives with the headline figures of the calculation in force (nettonuvärde,
 * nyttokvot; null without a calculation). The table sorts the whole round on the client.
 */
export const InitiativeListQuery = graphql(`
  query InitiativeList($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          requestedAmount
          status
          updatedAt
          npv
          benefitCostRatio
          department {
            id
            name
          }
          goalAreas {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Everything the initiative page shows: the fields, where it is in the process, the steps the signed-in
 * user may take (and why not the others), the status history and the audit entries. The mutations that
 * change an initiative answer with the same fields, so graphcache refreshes the page from their result.
 */
export const InitiativeDetailFields = graphql(`
  fragment InitiativeDetailFields on Initiative {
    id
    title
    description
    requestedAmount
    contactName
    contactEmail
    currentSituation
    problem
    desiredSituation
    expectedEffects
    risks
    dependencies
    coFinancing
    plannedStart
    plannedEnd
    handlesPersonalData
    confidentialityLevel
    integrityLevel
    availabilityLevel
    dpiaStatus
    missingMandatoryFields
    status
    version
    updatedAt
    anchoredAt
    department {
      id
      name
    }
    fundRound {
      id
      name
    }
    goalAreas {
      id
      name
    }
    availableActions {
      action
      to
      allowed
      reasons
    }
    statusHistory {
      status
      enteredAt
      leftAt
      actorName
      reason
    }
    comments {
      id
      authorName
      text
      createdAt
    }
    history {
      id
      occurredAt
      actorName
      operation
      changes {
        field
        before
        after
      }
    }
    decision {
      ...InitiativeDecisionFields
    }
  }
`);

export const InitiativeQuery = graphql(`
  query Initiative($id: ID!) {
    initiative(id: $id) {
      ...InitiativeDetailFields
    }
  }
`);

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
      title
      version
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) {
      ...InitiativeDetailFields
    }
  }
`);

/** A step in the process, taken on the version the page shows (CONFLICT when it is stale). */
export const TransitionInitiativeMutation = graphql(`
  mutation TransitionInitiative($id: ID!, $version: Int!, $action: WorkflowAction!, $reason: String) {
    transitionInitiative(id: $id, version: $version, action: $action, reason: $reason) {
      ...InitiativeDetailFields
    }
  }
`);

/** A comment on an initiative; the answer refreshes the initiative's comments (graphcache updater). */
export const AddCommentMutation = graphql(`
  mutation AddComment($initiativeId: ID!, $text: String!) {
    addComment(initiativeId: $initiativeId, text: $text) {
      id
      authorName
      text
      createdAt
    }
  }
`);
