import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
export class FundRound extends BaseEntity<'status'> {
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
}
