import { graphql } from '@dp/web/data-access';

/** One calculation as the editor shows it: the sheet, its figures, the parameters and who saved it when. */
export const BenefitCalculationFields = graphql(`
  fragment BenefitCalculationFields on BenefitCalculation {
    id
    kind
    version
    frozenAt
    frozenByAction
    updatedAt
    updatedByName
    costs {
      id
      label
      explanation
      type
      unit
      monthlySalary
      amounts {
        year
        amount
      }
    }
    benefits {
      id
      label
      explanation
      category
      monetised
      confidence
      unit
      monthlySalary
      amounts {
        year
        amount
      }
      plan {
        owner
        indicator
        method
        unit
        baselineValue
        baselineDate
        targetValue
        targetDate
        followUpDates
      }
    }
    parameters {
      baseYear
      horizonYears
      discountRate
      optimismBias
      hoursPerMonth
      overhead
      defaultMonthlySalary
    }
    figures {
      pvCosts
      pvBenefits
      pvFinancialBenefits
      pvRedistributionBenefits
      npv
      benefitCostRatio
      npvPerKrona
      paybackYear
      budgetReleasingShare
    }
    realisationPlanGaps
  }
`);

/** The initiative's calculations, which of them the signed-in user may save, and the round's parameters. */
export const InitiativeCalculationsQuery = graphql(`
  query InitiativeCalculations($id: ID!) {
    initiative(id: $id) {
      id
      status
      editableCalculations
      fundRound {
        id
        year
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
      applicantCalculation {
        ...BenefitCalculationFields
      }
      reviewedCalculation {
        ...BenefitCalculationFields
      }
    }
  }
`);

/**
 * Saves a whole calculation (version null creates it). The answer carries the initiative's new version,
 * figures, calculations and steps, so graphcache keeps the rest of the page in step (the process panel's
 * "Markera som beredd" depends on the benefit realisation plan).
 */
export const SaveBenefitCalculationMutation = graphql(`
  mutation SaveBenefitCalculation($initiativeId: ID!, $kind: CalculationKind!, $version: Int, $sheet: CalculationSheetInput!) {
    saveBenefitCalculation(initiativeId: $initiativeId, kind: $kind, version: $version, sheet: $sheet) {
      ...BenefitCalculationFields
      initiative {
        id
        version
        npv
        benefitCostRatio
        npvPerKrona
        editableCalculations
        applicantCalculation {
          id
        }
        reviewedCalculation {
          id
        }
        calculationInForce {
          id
        }
        availableActions {
          action
          to
          allowed
          reasons
        }
      }
    }
  }
`);
