import { BigIntType, Collection, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@dp/api/common';
import { BaseEntity } from './base.entity.js';
import { Department } from './department.entity.js';
import { FundRound } from './fund-round.entity.js';
import { GoalArea } from './goal-area.entity.js';

/** The states known so far; the workflow issue extends this from libs/domain/workflow. */
export enum InitiativeStatus {
  DRAFT = 'DRAFT',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Where the initiative is in the process' });

/** initiativ / ansökan. Relations are resolved (batched) by the initiatives module. */
@ObjectType({ description: 'An initiative; an application once submitted to a fund round' })
@Entity({ tableName: 'initiative' })
@Index({ name: 'initiative_round_order_idx', properties: ['fundRound', 'createdAt', 'id'] })
@Index({ name: 'initiative_order_idx', properties: ['createdAt', 'id'] })
export class Initiative extends BaseEntity<'status' | 'version'> {
  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @ManyToOne(() => FundRound, { ref: true })
  fundRound!: Ref<FundRound>;

  @ManyToMany({ entity: () => GoalArea, pivotTable: 'initiative_goal_area', owner: true })
  goalAreas = new Collection<GoalArea>(this);

  @Field(() => MoneyScalar, { description: 'Requested amount in whole kronor' })
  @Property({ type: new BigIntType('number') })
  requestedAmount!: number;

  @Field(() => InitiativeStatus)
  @Index()
  @Enum({ items: () => InitiativeStatus, nativeEnumName: 'initiative_status' })
  status: InitiativeStatus = InitiativeStatus.DRAFT;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every update' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
