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

export const InitiativeQuery = graphql(`
  query Initiative($id: ID!) {
    initiative(id: $id) {
      id
      title
      description
      requestedAmount
      status
      version
      updatedAt
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
      id
      title
      description
      requestedAmount
      status
      version
      updatedAt
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
    }
  }
`);
