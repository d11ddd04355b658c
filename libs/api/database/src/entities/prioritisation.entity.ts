import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Criterion, CriterionScore, MustAnswer, MustRequirement, OptimisationObjective, RankingKey } from '@dp/domain/prioritisation';
import { BaseEntity } from './base.entity.js';
import { FundRound } from './fund-round.entity.js';
import { Initiative } from './initiative.entity.js';
import { User } from './user.entity.js';

export enum CriteriaSetStatus {
  DRAFT = 'DRAFT',
  FROZEN = 'FROZEN',
}
registerEnumType(CriteriaSetStatus, { name: 'CriteriaSetStatus', description: 'A draft may change; a frozen version (a scenario was proposed with it) never does' });

/**
 * bedömningskriterier och ska-krav of a fund round, one row per version. The highest number is the
 * current version; a frozen version is never changed: a change becomes the next version.
 */
@ObjectType('CriteriaSet', { description: 'One version of a round’s assessment criteria (bedömningskriterier) and must-requirements (ska-krav)' })
@Entity({ tableName: 'criteria_set' })
@Unique({ name: 'criteria_set_round_number_unique', properties: ['fundRound', 'number'] })
export class AssessmentCriteria extends BaseEntity<'version' | 'status' | 'frozenAt' | 'fingerprint' | 'pairwise' | 'updatedById' | 'updatedByName'> {
  @ManyToOne(() => FundRound, { ref: true, deleteRule: 'cascade' })
  fundRound!: Ref<FundRound>;

  @Field(() => Int, { description: '1, 2, … per round' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => CriteriaSetStatus)
  @Enum({ items: () => CriteriaSetStatus, nativeEnumName: 'criteria_set_status' })
  status: CriteriaSetStatus = CriteriaSetStatus.DRAFT;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  frozenAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, set when frozen' })
  @Property({ type: 'string', length: 64, nullable: true })
  fingerprint: string | null = null;

  @Property({ type: 'json' })
  criteria!: Criterion[];

  @Property({ type: 'json' })
  mustRequirements!: MustRequirement[];

  @Field(() => [[Number]], { nullable: true, description: 'The pairwise comparison matrix (AHP) the weights were derived from, if they were' })
  @Property({ type: 'json', nullable: true })
  pairwise: number[][] | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedById: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  updatedByName: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every update' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** bedömning: one reviewer's scores and comments on one initiative, against a version of the criteria. */
@ObjectType('Assessment', { description: 'One reviewer’s assessment (bedömning) of an initiative' })
@Entity({ tableName: 'assessment' })
@Unique({ name: 'assessment_initiative_reviewer_unique', properties: ['initiative', 'reviewer'] })
export class AssessmentRecord extends BaseEntity<'version' | 'comment'> {
  @Index()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @ManyToOne(() => User, { ref: true })
  reviewer!: Ref<User>;

  @Field({ description: 'The reviewer’s name when the assessment was saved' })
  @Property({ type: 'string', length: 200 })
  reviewerName!: string;

  @ManyToOne(() => AssessmentCriteria, { ref: true })
  criteriaSet!: Ref<AssessmentCriteria>;

  @Property({ type: 'json' })
  scores!: CriterionScore[];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every save' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** The portfolio office's answers to an initiative's must-requirements (ska-krav). */
@ObjectType('EligibilityReview', { description: 'The portfolio office’s answers to the must-requirements (ska-krav) of an initiative' })
@Entity({ tableName: 'eligibility_review' })
export class EligibilityReview extends BaseEntity<'version' | 'updatedById' | 'updatedByName'> {
  @Unique()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Property({ type: 'json' })
  answers!: MustAnswer[];

  @Property({ type: 'uuid', nullable: true })
  updatedById: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  updatedByName: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every save' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

export enum ScenarioKind {
  MANUAL = 'MANUAL',
  SCORE = 'SCORE',
  NPV = 'NPV',
  NPV_PER_KRONA = 'NPV_PER_KRONA',
  BLEND = 'BLEND',
  OPTIMISED = 'OPTIMISED',
}
registerEnumType(ScenarioKind, { name: 'ScenarioKind', description: 'How the scenario’s order and selection were made' });

/** The settings a scenario was made with (stored as JSON). */
export interface ScenarioSettingsData {
  rankingKey: RankingKey | null;
  objective: OptimisationObjective | null;
  blendWeight: number | null;
  budget: number;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
  forcedIn: string[];
  forcedOut: string[];
}

export type OptimisationStatusData = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';

/** What a scenario came to when it was saved (stored as JSON, so it stays as it was decided on). */
export interface ScenarioResultData {
  selected: string[];
  value: number;
  scoreSum: number;
  npvSum: number;
  totalCost: number;
  costByYear: { year: number; amount: number }[];
  optimumValue: number | null;
  shareOfOptimum: number | null;
  status: OptimisationStatusData | null;
}

/** scenario: a saved order and selection of a round's prepared initiatives, with its settings and results. */
@ObjectType('Scenario', { description: 'A saved selection for a round (scenario), with its settings and results' })
@Entity({ tableName: 'scenario' })
export class Scenario extends BaseEntity<'version' | 'description' | 'proposed' | 'proposedAt' | 'proposedByName' | 'createdById' | 'createdByName'> {
  @Index()
  @ManyToOne(() => FundRound, { ref: true, deleteRule: 'cascade' })
  fundRound!: Ref<FundRound>;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ScenarioKind)
  @Enum({ items: () => ScenarioKind, nativeEnumName: 'scenario_kind' })
  kind!: ScenarioKind;

  @Field(() => [ID], { description: 'The ranking: every initiative of the portfolio when it was saved, first the highest' })
  @Property({ type: 'json' })
  order!: string[];

  @Property({ type: 'json' })
  settings!: ScenarioSettingsData;

  @Property({ type: 'json' })
  result!: ScenarioResultData;

  @Field({ description: 'The proposal to the management group (förslag till prioritering); one per round' })
  @Property({ type: 'boolean', default: false })
  proposed: boolean = false;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  proposedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  proposedByName: string | null = null;

  @ManyToOne(() => AssessmentCriteria, { ref: true })
  criteriaSet!: Ref<AssessmentCriteria>;

  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  createdByName: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every change' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
