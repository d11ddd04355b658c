import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar, YearAmountInput } from '@dp/api/common';
import { DecisionOutcome, DecisionRecord, Initiative } from '@dp/api/database';

/**
 * GraphQL shapes of the decision step: the delegation order, the fund's commitment, meetings and their
 * agenda, and the decision's input. The rules are the domain's (`@dp/domain/decisions`).
 */

@ObjectType('DelegationRule', { description: 'One step of a round’s delegation order (delegationsordning)' })
export class DelegationRuleType {
  @Field(() => MoneyScalar, { nullable: true, description: 'The highest amount this level decides; null = no upper limit (the last step)' })
  upTo!: number | null;

  @Field({ description: 'The level’s id, e.g. DIGITALISATION_MANAGER' })
  signatory!: string;

  @Field({ description: 'The level’s Swedish name, e.g. Digitaliseringschef' })
  label!: string;
}

@InputType()
export class DelegationRuleInput {
  @Field(() => MoneyScalar, { nullable: true })
  upTo?: number | null;

  @Field()
  signatory!: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@ObjectType({ description: 'One year of the fund: its budget, what decisions have committed and what is left' })
export class YearCommitment {
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => MoneyScalar) committed!: number;
  @Field(() => MoneyScalar, { description: 'Negative after an explicit over-commitment' }) remaining!: number;
}

@ObjectType({ description: 'How much of the fund granted decisions have committed, in total and per year' })
export class BudgetCommitment {
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => MoneyScalar) committed!: number;
  @Field(() => MoneyScalar, { description: 'Negative after an explicit over-commitment' }) remaining!: number;
  @Field(() => [YearCommitment], { description: 'Empty when the round has no yearly budgets' }) byYear!: YearCommitment[];
}

@ObjectType({ description: 'The meeting a decision was taken at' })
export class MeetingRef {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() heldOn!: string;
}

@ObjectType({ description: 'One initiative on a meeting’s agenda, in the proposal’s order' })
export class AgendaItem {
  @Field(() => Int, { description: '1-based position in the proposal' }) position!: number;
  @Field(() => Initiative) initiative!: Initiative;
  @Field({ description: 'Above the proposal’s budget line' }) fundedInProposal!: boolean;
  @Field({ description: 'The portfolio office’s recommendation (Swedish)' }) recommendation!: string;
  @Field(() => DecisionRecord, { nullable: true, description: 'The decision recorded at this meeting, if any' }) decision!: DecisionRecord | null;
}

@InputType()
export class MeetingInput {
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => [String]) participants!: string[];
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true, description: 'diarienummer' }) registrationNumber?: string | null;
}

@InputType()
export class DecisionInput {
  @Field(() => ID) initiativeId!: string;
  @Field(() => Int) initiativeVersion!: number;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => DecisionOutcome) outcome!: DecisionOutcome;
  @Field(() => MoneyScalar, { nullable: true }) grantedAmount?: number | null;
  @Field(() => [YearAmountInput], { nullable: true, description: 'Default: split in proportion to the calculation’s one-off costs' })
  amountsByYear?: YearAmountInput[] | null;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) decidedOn!: string;
  @Field({ description: 'diarienummer' }) registrationNumber!: string;
  @Field(() => String, { nullable: true, description: 'Required (≥ 10 characters) when the grant exceeds the total or a yearly budget' })
  overcommitReason?: string | null;
}
