import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { calculateSheet, figuresOf, realisationPlanGaps, sheetSensitivity, type BenefitSheetLine, type CostSheetLine } from '@dp/domain/benefits';
import { canEditCalculation } from '@dp/domain/workflow';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { BenefitCalculation, CalculationKind, FundRound, Initiative } from '@dp/api/database';
import {
  BenefitFigures,
  BenefitLine,
  BenefitSensitivity,
  CalculationYear,
  CalculationParameters,
  CalculationParametersInput,
  CalculationSheetInput,
  CostLine,
} from '../dto/benefit.types.js';
import { calculationInForce, CalculationsService, parametersOf } from './calculations.service.js';

function costLine(l: CostSheetLine): CostLine {
  return { ...l, explanation: l.explanation ?? null, monthlySalary: l.monthlySalary ?? null };
}

function benefitLine(l: BenefitSheetLine): BenefitLine {
  const plan = l.plan
    ? {
        owner: null,
        indicator: null,
        method: null,
        unit: null,
        baselineValue: null,
        baselineDate: null,
        targetValue: null,
        targetDate: null,
        ...l.plan,
        followUpDates: l.plan.followUpDates ?? [],
      }
    : null;
  return { ...l, explanation: l.explanation ?? null, monthlySalary: l.monthlySalary ?? null, confidence: l.confidence ?? null, plan };
}

@Resolver(() => BenefitCalculation)
export class BenefitCalculationResolver {
  constructor(private readonly calculations: CalculationsService) {}

  @Mutation(() => BenefitCalculation, {
    description:
      'Saves the applicant’s or the reviewed benefit calculation as a whole. version null creates it; a stale version is refused with CONFLICT, a frozen one with FORBIDDEN (CALCULATION_FROZEN)',
  })
  saveBenefitCalculation(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('kind', { type: () => CalculationKind }) kind: CalculationKind,
    @Args('version', { type: () => Int, nullable: true }) version: number | null | undefined,
    @Args('sheet', { type: () => CalculationSheetInput }) sheet: CalculationSheetInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<BenefitCalculation> {
    return this.calculations.save(initiativeId, kind, version ?? null, sheet, actor);
  }

  @ResolveField(() => Initiative)
  initiative(@Parent() calc: BenefitCalculation): Promise<Initiative> {
    return calc.initiative.loadOrFail({ dataloader: true });
  }

  @ResolveField(() => [CostLine])
  costs(@Parent() calc: BenefitCalculation): CostLine[] {
    return calc.sheet.costs.map(costLine);
  }

  @ResolveField(() => [BenefitLine])
  benefits(@Parent() calc: BenefitCalculation): BenefitLine[] {
    return calc.sheet.benefits.map(benefitLine);
  }

  @ResolveField(() => CalculationParameters, { description: 'The parameters the figures were calculated with' })
  parameters(@Parent() calc: BenefitCalculation): CalculationParameters {
    return calc.parameters;
  }

  @ResolveField(() => BenefitFigures)
  figures(@Parent() calc: BenefitCalculation): BenefitFigures {
    return calc.figures;
  }

  @ResolveField(() => [CalculationYear], { description: 'The yearly table: costs, benefits, net, discounted and cumulative' })
  years(@Parent() calc: BenefitCalculation): CalculationYear[] {
    return calculateSheet(calc.sheet, calc.parameters).years;
  }

  @ResolveField(() => BenefitSensitivity)
  sensitivity(@Parent() calc: BenefitCalculation): BenefitSensitivity {
    const cases = sheetSensitivity(calc.sheet, calc.parameters);
    return { low: figuresOf(cases.low), expected: figuresOf(cases.expected), high: figuresOf(cases.high) };
  }

  @ResolveField(() => [String], {
    description: 'What the benefit realisation plan still lacks, as paths (benefits.<i>.plan.<field>, or benefits when there is no benefit)',
  })
  realisationPlanGaps(@Parent() calc: BenefitCalculation): string[] {
    return realisationPlanGaps(calc.sheet);
  }
}

/** An initiative's calculations, batched by MikroORM's dataloader: one query per page, not per row. */
@Resolver(() => Initiative)
export class InitiativeCalculationsResolver {
  private async all(initiative: Initiative): Promise<BenefitCalculation[]> {
    return (await initiative.calculations.load({ dataloader: true })).getItems();
  }

  @ResolveField(() => BenefitCalculation, { nullable: true, description: 'The applicant’s calculation' })
  async applicantCalculation(@Parent() initiative: Initiative): Promise<BenefitCalculation | null> {
    return (await this.all(initiative)).find((c) => c.kind === CalculationKind.APPLICANT) ?? null;
  }

  @ResolveField(() => BenefitCalculation, { nullable: true, description: 'The portfolio office’s reviewed calculation' })
  async reviewedCalculation(@Parent() initiative: Initiative): Promise<BenefitCalculation | null> {
    return (await this.all(initiative)).find((c) => c.kind === CalculationKind.REVIEWED) ?? null;
  }

  @ResolveField(() => BenefitCalculation, { nullable: true, description: 'The calculation in force: the reviewed one, else the applicant’s' })
  async calculationInForce(@Parent() initiative: Initiative): Promise<BenefitCalculation | null> {
    return calculationInForce(await this.all(initiative));
  }

  @ResolveField(() => [CalculationKind], { description: 'The calculations the signed-in user may save now' })
  async editableCalculations(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<CalculationKind[]> {
    const calcs = await this.all(initiative);
    const subject = { departmentId: initiative.department.id, status: initiative.status };
    return [CalculationKind.APPLICANT, CalculationKind.REVIEWED].filter(
      (kind) => canEditCalculation(actor, subject, kind).ok && !calcs.find((c) => c.kind === kind)?.frozenAt,
    );
  }
}

@Resolver(() => FundRound)
export class FundRoundParametersResolver {
  constructor(private readonly calculations: CalculationsService) {}

  @ResolveField(() => CalculationParameters, { description: 'The benefit calculation parameters of the round' })
  calculationParameters(@Parent() round: FundRound): CalculationParameters {
    return parametersOf(round);
  }

  @Mutation(() => FundRound, { description: 'Sets a round’s calculation parameters (portfolio office) and recalculates every calculation not frozen by a decision' })
  updateCalculationParameters(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => CalculationParametersInput }) input: CalculationParametersInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<FundRound> {
    return this.calculations.updateParameters(fundRoundId, version, input, actor);
  }
}
