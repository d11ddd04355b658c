import { graphql } from '@dp/web/data-access';

/** A round's delegation order (delegationsordning), lowest level first, with the round's version. */
export const RoundDelegationFields = graphql(`
  fragment RoundDelegationFields on FundRound {
    id
    version
    delegation {
      upTo
      signatory
      label
    }
  }
`);

/** Sets a round's delegation order on the round's version (administrators). */
export const UpdateDelegationMutation = graphql(`
  mutation UpdateDelegation($fundRoundId: ID!, $version: Int!, $rules: [DelegationRuleInput!]!) {
    updateDelegation(fundRoundId: $fundRoundId, version: $version, rules: $rules) {
      ...RoundDelegationFields
    }
  }
`);

/** The rounds' delegation levels: the user form offers the levels of the default round. */
export const DelegationLevelsQuery = graphql(`
  query DelegationLevels {
    fundRounds {
      id
      year
      status
      delegation {
        upTo
        signatory
        label
      }
    }
  }
`);
