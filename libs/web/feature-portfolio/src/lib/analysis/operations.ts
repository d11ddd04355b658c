import { graphql } from '@dp/web/data-access';

/** A scenario as the Scenarier page lists and compares it. */
export const ScenarioListFields = graphql(`
  fragment ScenarioListFields on Scenario {
    id
    name
    description
    kind
    proposed
    proposedAt
    proposedByName
    criteriaSetNumber
    createdByName
    createdAt
    version
    result {
      selected
      value
      scoreSum
      npvSum
      totalCost
      costByYear {
        year
        amount
      }
      optimumValue
      shareOfOptimum
    }
  }
`);

/** The round's scenarios (newest first), its criteria set (frozen by a proposal) and the initiatives' titles. */
export const ScenarioListQuery = graphql(`
  query ScenarioList($fundRoundId: ID!) {
    portfolio(fundRoundId: $fundRoundId) {
      budget
      yearlyBudgets {
        year
        amount
      }
      fundRound {
        id
        name
        criteriaSet {
          id
          number
          status
        }
        proposal {
          id
          name
        }
        scenarios {
          ...ScenarioListFields
        }
      }
      items {
        initiative {
          id
          title
        }
      }
    }
  }
`);

/** Marks the scenario as the round's proposal (förslag till prioritering); freezes the criteria set. */
export const ScenarioProposeMutation = graphql(`
  mutation ScenarioPropose($id: ID!, $version: Int!) {
    proposeScenario(id: $id, version: $version) {
      ...ScenarioListFields
    }
  }
`);

/** Withdraws the proposal mark. */
export const ScenarioWithdrawProposalMutation = graphql(`
  mutation ScenarioWithdrawProposal($id: ID!, $version: Int!) {
    withdrawProposal(id: $id, version: $version) {
      ...ScenarioListFields
    }
  }
`);

/** Deletes a scenario that is not the proposal. */
export const ScenarioDeleteMutation = graphql(`
  mutation ScenarioDelete($id: ID!, $version: Int!) {
    deleteScenario(id: $id, version: $version)
  }
`);

/** The portfolio as the Analys page draws it, with the scenarios to compare with. */
export const AnalysisPortfolioQuery = graphql(`
  query AnalysisPortfolio($fundRoundId: ID!) {
    portfolio(fundRoundId: $fundRoundId) {
      budget
      yearlyBudgets {
        year
        amount
      }
      staffCapacity {
        year
        amount
      }
      fundRound {
        id
        name
        proposal {
          id
        }
        scenarios {
          id
          name
          kind
          proposed
          result {
            selected
            scoreSum
            npvSum
            totalCost
            shareOfOptimum
          }
        }
      }
      items {
        initiative {
          id
          title
          department {
            id
            name
          }
          goalAreas {
            id
            name
          }
        }
        requestedAmount
        amountsByYear {
          year
          amount
        }
        staffHoursByYear {
          year
          amount
        }
        score
        npv
        npvPerKrona
        eligibility
      }
    }
  }
`);
