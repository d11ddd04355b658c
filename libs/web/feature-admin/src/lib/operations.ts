import { graphql } from '@dp/web/data-access';

/** An account as the administrator page shows and edits it. */
export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    email
    displayName
    active
    version
    roles {
      role
      department {
        id
        name
      }
    }
    delegations
  }
`);

/** All accounts, by name (administrators). */
export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users {
      ...AdminUserFields
    }
  }
`);

/** The departments an applicant or department head role can be given for. */
export const AdminDepartmentsQuery = graphql(`
  query AdminDepartments {
    departments {
      id
      code
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...AdminUserFields
    }
  }
`);

/** One page of the audit log, newest first. */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          actorId
          actorName
          entityType
          entityId
          operation
          changes {
            field
            before
            after
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

/** A fund round's calculation parameters as the page shows and saves them. */
export const RoundCalculationParametersFields = graphql(`
  fragment RoundCalculationParametersFields on FundRound {
    id
    version
    calculationParameters {
      baseYear
      horizonYears
      discountRate
      optimismBias
      hoursPerMonth
      overhead
      defaultMonthlySalary
    }
  }
`);

/** The fund rounds with their calculation parameters (portfolio office and administrators). */
export const CalculationParameterRoundsQuery = graphql(`
  query CalculationParameterRounds {
    fundRounds {
      code
      name
      year
      status
      ...RoundCalculationParametersFields
    }
  }
`);

/** Sets a round's parameters on the version the form was opened on; the API recalculates the round's calculations. */
export const UpdateCalculationParametersMutation = graphql(`
  mutation UpdateCalculationParameters($fundRoundId: ID!, $version: Int!, $input: CalculationParametersInput!) {
    updateCalculationParameters(fundRoundId: $fundRoundId, version: $version, input: $input) {
      ...RoundCalculationParametersFields
    }
  }
`);

/** One version of a round's assessment criteria and must-requirements, as the criteria page shows it. */
export const CriteriaSetFields = graphql(`
  fragment CriteriaSetFields on CriteriaSet {
    id
    number
    status
    frozenAt
    fingerprint
    criteria {
      id
      name
      description
      weight
      normalisedWeight
      scale {
        value
        label
        description
      }
    }
    mustRequirements {
      id
      name
      description
    }
    pairwise
    consistencyRatio
    updatedByName
    updatedAt
    version
  }
`);

/** A round's yearly budgets and staff capacity, with what they are checked against. */
export const RoundCapacityFields = graphql(`
  fragment RoundCapacityFields on FundRound {
    id
    version
    year
    budget
    calculationParameters {
      baseYear
      horizonYears
    }
    yearlyBudgets {
      year
      amount
    }
    staffCapacity {
      year
      amount
    }
  }
`);

/** The fund rounds with their current criteria, the earlier versions and the capacity (portfolio office and administrators). */
export const CriteriaRoundsQuery = graphql(`
  query CriteriaRounds {
    fundRounds {
      code
      name
      status
      ...RoundCapacityFields
      ...RoundDelegationFields
      criteriaSet {
        ...CriteriaSetFields
      }
      criteriaSets {
        ...CriteriaSetFields
      }
    }
  }
`);

/** Saves the criteria on the current set's version; a frozen set is kept and the change becomes the next version. */
export const UpdateCriteriaSetMutation = graphql(`
  mutation UpdateCriteriaSet($fundRoundId: ID!, $version: Int!, $input: CriteriaSetInput!) {
    updateCriteriaSet(fundRoundId: $fundRoundId, version: $version, input: $input) {
      ...CriteriaSetFields
    }
  }
`);

/** Sets the round's yearly budgets and staff capacity on the round's version (empty lists: not constrained). */
export const UpdateRoundCapacityMutation = graphql(`
  mutation UpdateRoundCapacity($fundRoundId: ID!, $version: Int!, $yearlyBudgets: [YearAmountInput!]!, $staffCapacity: [YearAmountInput!]!) {
    updateRoundCapacity(fundRoundId: $fundRoundId, version: $version, yearlyBudgets: $yearlyBudgets, staffCapacity: $staffCapacity) {
      ...RoundCapacityFields
    }
  }
`);
