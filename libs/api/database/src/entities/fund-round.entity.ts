import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_DELEGATION, type DelegationRule } from '@dp/domain/decisions';
import { MoneyScalar } from '@dp/api/common';
import { BaseEntity } from './base.entity.js';

export enum FundRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(FundRoundStatus, { name: 'FundRoundStatus', description: 'Whether applications are accepted' });

/** ansökningsomgång: one call of the digitalisation fund */
@ObjectType({ description: 'One call of the digitalisation fund (ansökningsomgång)' })
@Entity({ tableName: 'fund_round' })
export class FundRound extends BaseEntity<'status' | 'version' | 'discountRate' | 'horizonYears' | 'optimismBias' | 'hoursPerMonth' | 'overhead' | 'defaultMonthlySalary' | 'yearlyBudgets' | 'staffCapacity' | 'delegation'> {
  @Field()
  @Unique()
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'The fund budget in whole kronor' })
  @Property({ type: new BigIntType('number') })
  budget!: number;

  @Field(() => FundRoundStatus)
  @Enum({ items: () => FundRoundStatus, nativeEnumName: 'fund_round_status' })
  status: FundRoundStatus = FundRoundStatus.OPEN;

  @Field({ description: 'First day of the application window (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  opensOn!: string;

  @Field({ description: 'Last day of the application window (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  closesOn!: string;

  // Parameters of the benefit calculations (nyttokalkyl) of the round, set by the portfolio office.
  // Defaults: Inera's 3 % and hourly cost (salary / 142 × 1.54), a five-year horizon, no optimism bias.

  @Property({ type: 'double', default: 0.03 })
  discountRate: number = 0.03;

  @Property({ type: 'integer', default: 5 })
  horizonYears: number = 5;

  @Property({ type: 'double', default: 0 })
  optimismBias: number = 0;

  @Property({ type: 'double', default: 142 })
  hoursPerMonth: number = 142;

  @Property({ type: 'double', default: 0.54 })
  overhead: number = 0.54;

  @Property({ type: 'integer', default: 35000 })
  defaultMonthlySalary: number = 35000;

  /** the fund's budget per year of the horizon (whole kronor); empty = no yearly budgets */
  @Property({ type: 'json', default: '[]' })
  yearlyBudgets: { year: number; amount: number }[] = [];

  /** internal staff hours the round can take on per year; empty = not constrained */
  @Property({ type: 'json', default: '[]' })
  staffCapacity: { year: number; amount: number }[] = [];

  /** delegationsordning: who may sign a decision, by amount (libs/domain/decisions) */
  @Property({ type: 'json', default: JSON.stringify(DEFAULT_DELEGATION) })
  delegation: DelegationRule[] = DEFAULT_DELEGATION.map((r) => ({ ...r }));

  @Field(() => Int, { description: 'Optimistic lock: send it back with every update' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
