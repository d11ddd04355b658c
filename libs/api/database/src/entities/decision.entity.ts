import { BigIntType, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DECISION_OUTCOMES, type DecisionOutcome as Outcome, type DecisionSnapshot, type BudgetUse } from '@dp/domain/decisions';
import { MoneyScalar } from '@dp/api/common';
import { BaseEntity } from './base.entity.js';
import { FundRound } from './fund-round.entity.js';
import { Initiative } from './initiative.entity.js';
import { Scenario } from './prioritisation.entity.js';

export const DecisionOutcome = Object.fromEntries(DECISION_OUTCOMES.map((o) => [o, o])) as { [K in Outcome]: K };
export type DecisionOutcome = Outcome;
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'beviljad, avslag, bordlagd or återremitterad',
});

/** One item of a meeting's agenda, fixed from the proposal when the meeting is created. */
export interface AgendaEntry {
  initiativeId: string;
  /** 1-based, the proposal's order */
  position: number;
  /** above the proposal's budget line */
  funded: boolean;
}

/** ledningsgruppsmöte: the management group meets, the portfolio is presented and decided. */
@ObjectType('Meeting', { description: 'A management group meeting (ledningsgruppsmöte) with its agenda from the proposed scenario' })
@Entity({ tableName: 'meeting' })
export class Meeting extends BaseEntity<'version' | 'notes' | 'registrationNumber' | 'scenario' | 'proposalName' | 'createdById' | 'createdByName'> {
  @Index()
  @ManyToOne(() => FundRound, { ref: true, deleteRule: 'cascade' })
  fundRound!: Ref<FundRound>;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: 'The day of the meeting (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => [String], { description: 'Who takes part: a name and title per entry' })
  @Property({ type: 'json' })
  participants!: string[];

  @Field(() => String, { nullable: true, description: 'anteckningar' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => String, { nullable: true, description: 'diarienummer of the meeting’s case' })
  @Property({ type: 'string', length: 40, nullable: true })
  registrationNumber: string | null = null;

  /** the proposed scenario the agenda was built from */
  @ManyToOne(() => Scenario, { ref: true, nullable: true, deleteRule: 'set null' })
  scenario: Ref<Scenario> | null = null;

  @Field(() => String, { nullable: true, description: 'The name of the proposed scenario the agenda was built from' })
  @Property({ type: 'string', length: 200, nullable: true })
  proposalName: string | null = null;

  /** the agenda, fixed when the meeting is created */
  @Property({ type: 'json' })
  agenda!: AgendaEntry[];

  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  createdByName: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every change' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * beslut: what the decision maker decided on one initiative, with the delegation it was signed under
 * and a frozen snapshot (calculation, score, scenario) fingerprinted with SHA-256. Never changed: a
 * later decision (after bordläggning or återremiss) is a new row.
 */
@ObjectType('Decision', { description: 'A decision (beslut) on one initiative' })
@Entity({ tableName: 'decision' })
@Index({ name: 'decision_round_outcome_idx', properties: ['fundRound', 'outcome'] })
@Index({ name: 'decision_initiative_created_idx', properties: ['initiative', 'createdAt'] })
export class DecisionRecord extends BaseEntity<'meeting' | 'grantedAmount' | 'amountsByYear' | 'conditions' | 'reason' | 'overcommitted' | 'overcommitReason' | 'overcommittedBudgets'> {
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @ManyToOne(() => FundRound, { ref: true, deleteRule: 'cascade' })
  fundRound!: Ref<FundRound>;

  @Index()
  @ManyToOne(() => Meeting, { ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<Meeting> | null = null;

  @Field(() => DecisionOutcome)
  @Enum({ items: () => DECISION_OUTCOMES, nativeEnumName: 'decision_outcome' })
  outcome!: DecisionOutcome;

  @Field(() => MoneyScalar, { nullable: true, description: 'beviljat belopp in whole kronor (granted only)' })
  @Property({ type: new BigIntType('number'), nullable: true })
  grantedAmount: number | null = null;

  /** the grant per year (granted only) */
  @Property({ type: 'json', nullable: true })
  amountsByYear: { year: number; amount: number }[] | null = null;

  @Field(() => String, { nullable: true, description: 'villkor (granted only)' })
  @Property({ type: 'text', nullable: true })
  conditions: string | null = null;

  @Field(() => String, { nullable: true, description: 'motivering' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'beslutsdatum (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: 'diarienummer' })
  @Property({ type: 'string', length: 40 })
  registrationNumber!: string;

  @Property({ type: 'uuid' })
  decidedById!: string;

  @Field({ description: 'Who signed the decision' })
  @Property({ type: 'string', length: 200 })
  decidedByName!: string;

  @Field({ description: 'The delegation level the decision was signed under' })
  @Property({ type: 'string', length: 64 })
  signatory!: string;

  @Field({ description: 'The grant exceeds the total or a yearly budget, explicitly' })
  @Property({ type: 'boolean', default: false })
  overcommitted: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  overcommitReason: string | null = null;

  /** the budgets an over-commitment exceeds, as checked */
  @Property({ type: 'json', nullable: true })
  overcommittedBudgets: BudgetUse[] | null = null;

  /** what the decision was taken on (libs/domain/decisions freezeSnapshot) */
  @Property({ type: 'json' })
  snapshot!: DecisionSnapshot;

  @Field({ description: 'SHA-256 of the frozen snapshot' })
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;
}

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** no SMTP server is configured: shown in the application only */
  NOT_SENT = 'NOT_SENT',
}

/** A message to the applicant about a decision; e-mailed when SMTP is configured (an outbox). */
@Entity({ tableName: 'notification' })
export class Notification extends BaseEntity<'status' | 'sentAt' | 'error' | 'recipient' | 'attempts' | 'nextAttemptAt'> {
  @Index()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Property({ type: 'string', length: 320, nullable: true })
  recipient: string | null = null;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** delivery attempts so far (a failed one is tried again later, a few times) */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** not before this time is a failed message tried again */
  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;
}
