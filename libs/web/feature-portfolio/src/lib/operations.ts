import { graphql } from '@dp/web/data-access';

/** The fund rounds, to open the prioritisation of the open (else the newest) round. */
export const PortfolioRoundsQuery = graphql(`
  query PortfolioRounds {
    fundRounds {
      id
      name
      year
      status
    }
  }
`);

/** A saved scenario as the board loads it (order and settings). */
export const BoardScenarioFields = graphql(`
  fragment BoardScenarioFields on Scenario {
    id
    name
    kind
    order
    proposed
    version
    settings {
      rankingKey
      objective
      blendWeight
      budget
      useYearlyBudgets
      useStaffCapacity
      onlyEligible
      forcedIn
      forcedOut
    }
    result {
      selected
      value
      totalCost
      optimumValue
      shareOfOptimum
      status
    }
  }
`);

/** The ranking board of a round: its prepared initiatives with the figures the board orders by, and its scenarios. */
export const PortfolioBoardQuery = graphql(`
  query PortfolioBoard($fundRoundId: ID!) {
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
        year
        status
        scenarios {
          ...BoardScenarioFields
        }
      }
      items {
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
        initiative {
          id
          title
          department {
            id
            name
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
    }
  }
`);

/** Runs the optimiser for the round with the board's settings. */
export const BoardOptimiseQuery = graphql(`
  query BoardOptimise($fundRoundId: ID!, $settings: OptimisationSettingsInput!) {
    optimisePortfolio(fundRoundId: $fundRoundId, settings: $settings) {
      status
      objective
      gap
      selected
      seconds
      conflicts
      constraints {
        key
        label
        capacity
        used
        slack
        binding
      }
      explanations {
        initiativeId
        decision
        value
        text
        blockingConstraints
        valueNeeded
      }
    }
  }
`);

/** Saves the board (manual order, ranking key or optimised) as a named scenario. */
export const BoardSaveScenarioMutation = graphql(`
  mutation BoardSaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      ...BoardScenarioFields
    }
  }
`);
