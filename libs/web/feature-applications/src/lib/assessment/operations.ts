import { graphql } from '@dp/web/data-access';

/** One reviewer's assessment (bedömning) as the section shows it. */
export const AssessmentFields = graphql(`
  fragment AssessmentFields on Assessment {
    id
    reviewerId
    reviewerName
    criteriaSetNumber
    scores {
      criterionId
      score
      comment
    }
    comment
    updatedAt
    version
  }
`);

/** The portfolio office's answers to the must-requirements (ska-krav). */
export const EligibilityReviewFields = graphql(`
  fragment EligibilityReviewFields on EligibilityReview {
    id
    answers {
      requirementId
      met
      comment
    }
    updatedByName
    updatedAt
    version
  }
`);

/**
 * Everything the "Bedömning" section shows: the round's current criteria and must-requirements, the
 * aggregate score, every reviewer's assessment and the user's own, the eligibility, and what the
 * signed-in user may do. `assessmentScore` and `eligibility` are null for those who may not see them.
 */
export const InitiativeAssessmentQuery = graphql(`
  query InitiativeAssessment($id: ID!) {
    initiative(id: $id) {
      id
      status
      mayAssess
      mayReviewEligibility
      fundRound {
        id
        name
        criteriaSet {
          id
          number
          status
          version
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
        }
      }
      assessmentScore {
        score
        complete
        reviewerCount
        criteria {
          criterionId
          name
          count
          mean
          min
          max
          standardDeviation
          normalisedWeight
          contribution
        }
      }
      assessments {
        ...AssessmentFields
      }
      myAssessment {
        ...AssessmentFields
      }
      eligibilityReview {
        ...EligibilityReviewFields
      }
      eligibility {
        eligible
        status
        failed {
          requirementId
          name
          comment
        }
        unanswered {
          requirementId
          name
        }
      }
    }
  }
`);

/** Saves the signed-in reviewer's own assessment; version null creates it. */
export const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($initiativeId: ID!, $version: Int, $input: AssessmentInput!) {
    saveAssessment(initiativeId: $initiativeId, version: $version, input: $input) {
      ...AssessmentFields
    }
  }
`);

/** Saves the portfolio office's answers to the must-requirements; version null creates the review. */
export const SaveEligibilityReviewMutation = graphql(`
  mutation SaveEligibilityReview($initiativeId: ID!, $version: Int, $answers: [MustAnswerInput!]!) {
    saveEligibilityReview(initiativeId: $initiativeId, version: $version, answers: $answers) {
      ...EligibilityReviewFields
    }
  }
`);
