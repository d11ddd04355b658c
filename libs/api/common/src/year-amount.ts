import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

/** An amount in one year: kronor or hours, by context (a calculation line, a yearly budget, staff capacity). */
@ObjectType()
export class YearAmount {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Kronor or hours, by the line’s unit' })
  amount!: number;
}

@InputType()
export class YearAmountInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  amount!: number;
}
