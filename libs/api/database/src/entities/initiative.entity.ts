import { randomUUID } from 'node:crypto';
import { BigIntType, Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTIONS, STATUSES, type Action, type Status } from '@dp/domain/workflow';
import { MoneyScalar } from '@dp/api/common';
import { BaseEntity } from './base.entity.js';
import { Department } from './department.entity.js';
import { FundRound } from './fund-round.entity.js';
import { GoalArea } from './goal-area.entity.js';

/** Where the initiative is in the process: the states of libs/domain/workflow. */
export const InitiativeStatus = Object.fromEntries(STATUSES.map((s) => [s, s])) as { [K in Status]: K };
export type InitiativeStatus = Status;
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Where the initiative is in the process' });

/** What can be done to an initiative: the actions of libs/domain/workflow. */
export const WorkflowAction = Object.fromEntries(ACTIONS.map((a) => [a, a])) as { [K in Action]: K };
export type WorkflowAction = Action;
registerEnumType(WorkflowAction, { name: 'WorkflowAction', description: 'A step in the process' });

/** initiativ / ansökan. Relations are resolved (batched) by the initiatives module. */
@ObjectType({ description: 'An initiative; an application once submitted to a fund round' })
@Entity({ tableName: 'initiative' })
@Index({ name: 'initiative_round_order_idx', properties: ['fundRound', 'createdAt', 'id'] })
@Index({ name: 'initiative_order_idx', properties: ['createdAt', 'id'] })
export class Initiative extends BaseEntity<'status' | 'version' | 'anchoredAt' | 'anchoredById'> {
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
  @Enum({ items: () => STATUSES, nativeEnumName: 'initiative_status' })
  status: InitiativeStatus = 'DRAFT';

  /** förankring: when the department head approved it for submission */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  anchoredAt: Date | null = null;

  /** the department head who anchored it (user id) */
  @Property({ type: 'uuid', nullable: true })
  anchoredById: string | null = null;

  @OneToMany(() => StatusInterval, (i) => i.initiative, { orderBy: { enteredAt: 'asc' } })
  statusIntervals = new Collection<StatusInterval>(this);

  @OneToMany(() => Comment, (c) => c.initiative, { orderBy: { createdAt: 'asc' } })
  comments = new Collection<Comment>(this);

  @Field(() => Int, { description: 'Optimistic lock: send it back with every update' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One stay of an initiative in a state, for the timeline and lead times (ledtider). */
@ObjectType({ description: 'A period the initiative spent in one state' })
@Entity({ tableName: 'initiative_status_interval' })
export class StatusInterval {
  [OptionalProps]?: 'id' | 'leftAt' | 'actorId' | 'actorName' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Field(() => InitiativeStatus)
  @Enum({ items: () => STATUSES, nativeEnumName: 'initiative_status' })
  status!: InitiativeStatus;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  enteredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  leftAt: Date | null = null;

  /** who moved it into this state */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true, description: 'who moved it into this state' })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  @Field(() => String, { nullable: true, description: 'the reason given (completion request, rejection, withdrawal …)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

/** A comment on an initiative, for the timeline. */
@ObjectType({ description: 'A comment on an initiative' })
@Entity({ tableName: 'initiative_comment' })
export class Comment {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Property({ type: 'uuid' })
  authorId!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  authorName!: string;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
