import type { Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { calculateSheet, figuresOf, type BenefitFigures, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import type { FundRound } from './fund-round.entity.js';
import { BaseEntity } from './base.entity.js';
import { Initiative } from './initiative.entity.js';

/** Whose calculation: the applicant's own, or the portfolio office's reviewed version of it. */
export enum CalculationKind {
  APPLICANT = 'APPLICANT',
  REVIEWED = 'REVIEWED',
}
registerEnumType(CalculationKind, { name: 'CalculationKind', description: 'The applicant’s calculation or the portfolio office’s reviewed one' });

/**
 * nyttokalkyl of an initiative: the sheet (lines × years, explanations, benefit realisation plans) as
 * JSON validated by libs/domain/benefits, the round parameters it was calculated with, and the headline
 * figures (stored so lists can show and sort them without recalculating). One per initiative and kind;
 * both kinds are kept. A decision freezes the calculation in force: it is then never changed again,
 * not even by new round parameters.
 */
@ObjectType({ description: 'A benefit calculation (nyttokalkyl) of an initiative' })
@Entity({ tableName: 'benefit_calculation' })
@Unique({ name: 'benefit_calculation_initiative_kind_unique', properties: ['initiative', 'kind'] })
export class BenefitCalculation extends BaseEntity<'version' | 'frozenAt' | 'frozenByAction' | 'updatedById' | 'updatedByName'> {
  @Index()
  @ManyToOne(() => Initiative, { ref: true, deleteRule: 'cascade' })
  initiative!: Ref<Initiative>;

  @Field(() => CalculationKind)
  @Enum({ items: () => CalculationKind, nativeEnumName: 'calculation_kind' })
  kind!: CalculationKind;

  @Property({ type: 'json' })
  sheet!: CalculationSheet;

  @Property({ type: 'json' })
  parameters!: CalculationParameters;

  @Property({ type: 'json' })
  figures!: BenefitFigures;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when a decision froze the calculation; it cannot be changed after that' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  frozenAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The decision (workflow action) that froze it' })
  @Property({ type: 'string', length: 40, nullable: true })
  frozenByAction: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedById: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who saved it last' })
  @Property({ type: 'string', length: 200, nullable: true })
  updatedByName: string | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every save' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A round's parameters as the domain's calculation takes them; the base year is the round's year. */
export function parametersOf(round: FundRound): CalculationParameters {
  return {
    baseYear: round.year,
    horizonYears: round.horizonYears,
    discountRate: round.discountRate,
    optimismBias: round.optimismBias,
    hoursPerMonth: round.hoursPerMonth,
    overhead: round.overhead,
    defaultMonthlySalary: round.defaultMonthlySalary,
  };
}

/** The reviewed calculation when there is one, else the applicant's; null without any. */
export function calculationInForce(calculations: Iterable<BenefitCalculation>): BenefitCalculation | null {
  let applicant: BenefitCalculation | null = null;
  for (const c of calculations) {
    if (c.kind === CalculationKind.REVIEWED) return c;
    applicant = c;
  }
  return applicant;
}

/** The stored fields of a calculation: the sheet, the parameters and the figures libs/domain/benefits computes from them. */
export function calculatedFields(sheet: CalculationSheet, parameters: CalculationParameters): Pick<BenefitCalculation, 'sheet' | 'parameters' | 'figures'> {
  return { sheet, parameters, figures: figuresOf(calculateSheet(sheet, parameters)) };
}

/**
 * Sets the initiative's figures in memory after a calculation changed in this request (the database
 * reads them from the calculations; they are not stored on the initiative's row).
 */
export function refreshInitiativeFigures(initiative: Initiative): void {
  const inForce = calculationInForce(initiative.calculations.getItems());
  initiative.npv = inForce?.figures.npv ?? null;
  initiative.benefitCostRatio = inForce?.figures.benefitCostRatio ?? null;
  initiative.npvPerKrona = inForce?.figures.npvPerKrona ?? null;
}
