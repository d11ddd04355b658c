import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@dp/api/common';
import { DpiaStatus, InitiativeStatus } from '@dp/api/database';

/**
 * The inputs carry types only; the rules (lengths, amounts, references) are the domain's
 * (`@dp/domain/initiatives`), applied in the service and mirrored by the client's form.
 */
/** The application's fields beyond the first slice; optional while drafting ('' clears a text or date). */
@InputType({ isAbstract: true })
export class ApplicationDetailsInput {
  @Field(() => String, { nullable: true })
  contactName?: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  currentSituation?: string;

  @Field(() => String, { nullable: true })
  problem?: string;

  @Field(() => String, { nullable: true })
  desiredSituation?: string;

  @Field(() => String, { nullable: true })
  expectedEffects?: string;

  @Field(() => String, { nullable: true })
  risks?: string;

  @Field(() => String, { nullable: true })
  dependencies?: string;

  @Field(() => MoneyScalar, { nullable: true })
  coFinancing?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedStart?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedEnd?: string;

  @Field(() => Boolean, { nullable: true })
  handlesPersonalData?: boolean;

  @Field(() => Int, { nullable: true })
  confidentialityLevel?: number;

  @Field(() => Int, { nullable: true })
  integrityLevel?: number;

  @Field(() => Int, { nullable: true })
  availabilityLevel?: number;

  @Field(() => DpiaStatus, { nullable: true })
  dpiaStatus?: DpiaStatus;
}

@InputType({ description: 'A new initiative' })
export class CreateInitiativeInput extends ApplicationDetailsInput {
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
export class UpdateInitiativeInput extends ApplicationDetailsInput {
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

export enum InitiativeOrderField {
  CREATED_AT = 'CREATED_AT',
  NPV = 'NPV',
  BENEFIT_COST_RATIO = 'BENEFIT_COST_RATIO',
  NPV_PER_KRONA = 'NPV_PER_KRONA',
  REQUESTED_AMOUNT = 'REQUESTED_AMOUNT',
}
registerEnumType(InitiativeOrderField, { name: 'InitiativeOrderField', description: 'What the list is sorted by (figures of the calculation in force)' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({ description: 'Sort order of the list; initiatives without the figure come last in both directions, ties by id' })
export class InitiativeOrder {
  @Field(() => InitiativeOrderField)
  field!: InitiativeOrderField;

  @Field(() => OrderDirection)
  direction!: OrderDirection;
}
