import { randomUUID } from 'node:crypto';
import { BigIntType, Collection, OptionalProps, type FormulaColumns, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Formula, Index, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTIONS, STATUSES, type Action, type Status } from '@dp/domain/workflow';
import { DPIA_STATUSES, type DpiaStatus as DomainDpiaStatus } from '@dp/domain/initiatives';
import { MoneyScalar } from '@dp/api/common';
import { BaseEntity } from './base.entity.js';
import { DecisionRecord } from './decision.entity.js';
import { Department } from './department.entity.js';
import { FundRound } from './fund-round.entity.js';
import { GoalArea } from './goal-area.entity.js';
import { BenefitCalculation } from './benefit-calculation.entity.js';
import { AssessmentRecord, EligibilityReview } from './prioritisation.entity.js';

/** Where the initiative is in the process: the states of libs/domain/workflow. */
export const InitiativeStatus = Object.fromEntries(STATUSES.map((s) => [s, s])) as { [K in Status]: K };
export type InitiativeStatus = Status;
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Where the initiative is in the process' });

/** konsekvensbedömning (DPIA) status */
export const DpiaStatus = Object.fromEntries(DPIA_STATUSES.map((s) => [s, s])) as { [K in DomainDpiaStatus]: K };
export type DpiaStatus = DomainDpiaStatus;
registerEnumType(DpiaStatus, { name: 'DpiaStatus', description: 'Data-protection impact assessment (konsekvensbedömning)' });

/** What can be done to an initiative: the actions of libs/domain/workflow. */
export const WorkflowAction = Object.fromEntries(ACTIONS.map((a) => [a, a])) as { [K in Action]: K };
export type WorkflowAction = Action;
registerEnumType(WorkflowAction, { name: 'WorkflowAction', description: 'A step in the process' });

/**
 * One figure of the calculation in force: the reviewed calculation's when there is one (the enum sorts
 * REVIEWED after APPLICANT), else the applicant's; null without a calculation or when the figure is null.
 */
function inForceFigure(figure: 'npv' | 'benefitCostRatio' | 'npvPerKrona') {
  return (cols: FormulaColumns<Initiative>) =>
    `(select (c.figures->>'${figure}')::float8 from benefit_calculation c where c.initiative_id = ${cols.id} order by c.kind desc limit 1)`;
}

/** initiativ / ansökan. Relations are resolved (batched) by the initiatives module. */
@ObjectType({ description: 'An initiative; an application once submitted to a fund round' })
@Entity({ tableName: 'initiative' })
@Index({ name: 'initiative_round_order_idx', properties: ['fundRound', 'createdAt', 'id'] })
@Index({ name: 'initiative_order_idx', properties: ['createdAt', 'id'] })
export class Initiative extends BaseEntity<
  'status' | 'version' | 'anchoredAt' | 'anchoredById' | 'contactName' | 'contactEmail' | 'currentSituation' | 'problem' | 'desiredSituation' | 'expectedEffects' | 'risks' | 'dependencies' | 'coFinancing' | 'plannedStart' | 'plannedEnd' | 'handlesPersonalData' | 'confidentialityLevel' | 'integrityLevel' | 'availabilityLevel' | 'dpiaStatus' | 'npv' | 'benefitCostRatio' | 'npvPerKrona'
> {
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

  // ---- the application (ansökan); empty while drafting, required before anchoring ----
  @Field(() => String, { nullable: true, description: 'kontaktperson' })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'nuläge' })
  @Property({ type: 'text', nullable: true })
  currentSituation: string | null = null;

  @Field(() => String, { nullable: true, description: 'problem' })
  @Property({ type: 'text', nullable: true })
  problem: string | null = null;

  @Field(() => String, { nullable: true, description: 'önskat läge' })
  @Property({ type: 'text', nullable: true })
  desiredSituation: string | null = null;

  @Field(() => String, { nullable: true, description: 'förväntade effekter' })
  @Property({ type: 'text', nullable: true })
  expectedEffects: string | null = null;

  @Field(() => String, { nullable: true, description: 'risker' })
  @Property({ type: 'text', nullable: true })
  risks: string | null = null;

  @Field(() => String, { nullable: true, description: 'beroenden' })
  @Property({ type: 'text', nullable: true })
  dependencies: string | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: 'medfinansiering in whole kronor' })
  @Property({ type: new BigIntType('number'), nullable: true })
  coFinancing: number | null = null;

  @Field(() => String, { nullable: true, description: 'planned start (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  plannedStart: string | null = null;

  @Field(() => String, { nullable: true, description: 'planned end (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  plannedEnd: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'whether personal data is handled; null = not answered' })
  @Property({ type: 'boolean', nullable: true })
  handlesPersonalData: boolean | null = null;

  @Field(() => Int, { nullable: true, description: 'informationsklassning: konfidentialitet 1–4' })
  @Property({ type: 'smallint', nullable: true })
  confidentialityLevel: number | null = null;

  @Field(() => Int, { nullable: true, description: 'informationsklassning: riktighet 1–4' })
  @Property({ type: 'smallint', nullable: true })
  integrityLevel: number | null = null;

  @Field(() => Int, { nullable: true, description: 'informationsklassning: tillgänglighet 1–4' })
  @Property({ type: 'smallint', nullable: true })
  availabilityLevel: number | null = null;

  @Field(() => DpiaStatus, { nullable: true })
  @Enum({ items: () => DPIA_STATUSES, nativeEnumName: 'dpia_status', nullable: true })
  dpiaStatus: DpiaStatus | null = null;

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

  @OneToMany(() => BenefitCalculation, (c) => c.initiative)
  calculations = new Collection<BenefitCalculation>(this);

  /** the reviewers' assessments (bedömningar), one per reviewer */
  @OneToMany(() => AssessmentRecord, (a) => a.initiative, { orderBy: { createdAt: 'asc' } })
  assessments = new Collection<AssessmentRecord>(this);

  /** the portfolio office's must-requirement answers: at most one */
  @OneToMany(() => EligibilityReview, (r) => r.initiative)
  eligibilityReviews = new Collection<EligibilityReview>(this);

  /** beslut, newest first */
  @OneToMany(() => DecisionRecord, (d) => d.initiative, { orderBy: { createdAt: 'desc' } })
  decisions = new Collection<DecisionRecord>(this);

  // Headline figures of the calculation in force (the reviewed one, else the applicant's), read from the
  // stored calculations by a subquery: the list sorts and pages by them in the database, and saving a
  // calculation does not change the initiative's row (nor its version).
  @Field(() => Float, { nullable: true, description: 'Net present value (nettonuvärde) of the calculation in force, in kronor' })
  @Formula(inForceFigure('npv'), { type: 'double', nullable: true })
  npv: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Benefit/cost ratio (nyttokvot) of the calculation in force' })
  @Formula(inForceFigure('benefitCostRatio'), { type: 'double', nullable: true })
  benefitCostRatio: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Nettonuvärdeskvot (NPV per krona of one-off costs) of the calculation in force' })
  @Formula(inForceFigure('npvPerKrona'), { type: 'double', nullable: true })
  npvPerKrona: number | null = null;

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
