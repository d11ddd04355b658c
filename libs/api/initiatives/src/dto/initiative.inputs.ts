import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@dp/api/common';
import { InitiativeStatus } from '@dp/api/database';

/**
 * The inputs carry types only; the rules (lengths, amounts, references) are the domain's
 * (`@dp/domain/initiatives`), applied in the service and mirrored by the client's form.
 */
@InputType({ description: 'A new initiative' })
export class CreateInitiativeInput {
  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field(() => ID)
  fundRoundId!: string;

  @Field(() => [ID])
  goalAreaIds!: string[];

  @Field(() => MoneyScalar, { description: 'Requested amount in whole kronor' })
  requestedAmount!: number;
}

@InputType({ description: 'Changes to an initiative; omitted fields stay as they are' })
export class UpdateInitiativeInput {
  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => ID, { nullable: true })
  fundRoundId?: string;

  @Field(() => [ID], { nullable: true })
  goalAreaIds?: string[];

  @Field(() => MoneyScalar, { nullable: true })
  requestedAmount?: number;
}

@InputType({ description: 'Narrows the list; all given conditions apply' })
export class InitiativeFilter {
  @Field(() => ID, { nullable: true })
  fundRoundId?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus;
}
