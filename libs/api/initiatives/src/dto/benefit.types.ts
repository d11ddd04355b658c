import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  SHEET_BENEFIT_CATEGORIES,
  SHEET_CONFIDENCES,
  SHEET_COST_TYPES,
  type SheetBenefitCategory,
  type SheetConfidence,
  type SheetCostType,
} from '@dp/domain/benefits';

/**
 * GraphQL shapes of the benefit calculation. The rules (years within the horizon, whole kronor,
 * lengths, the realisation plan) are the domain's (`@dp/domain/benefits`), applied in the service and
 * in the browser's editor alike.
 */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CostTypeEnum = enumOf(SHEET_COST_TYPES);
registerEnumType(CostTypeEnum, { name: 'CostType', description: 'engångskostnad, löpande kostnad or egen arbetstid' });
export const BenefitCategoryEnum = enumOf(SHEET_BENEFIT_CATEGORIES);
registerEnumType(BenefitCategoryEnum, {
  name: 'BenefitCategory',
  description: 'finansiell (budget-releasing), omfördelning (freed time), kvalitet, miljö (Inera)',
});
export const ConfidenceEnum = enumOf(SHEET_CONFIDENCES);
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  description: 'E-kalkyl: green = direct kronor, yellow = time saving hard to take home, red = not valued in money or time',
});
export const AmountUnitEnum = enumOf(['KRONOR', 'HOURS'] as const);
registerEnumType(AmountUnitEnum, { name: 'AmountUnit', description: 'Whether a line’s amounts are kronor or hours (valued at the hourly cost)' });

import { YearAmount, YearAmountInput } from '@dp/api/common';
export { YearAmount, YearAmountInput };

@ObjectType({ description: 'Benefit realisation plan (nyttorealiseringsplan) of one benefit' })
export class RealisationPlan {
  @Field(() => String, { nullable: true, description: 'nyttoägare' })
  owner!: string | null;

  @Field(() => String, { nullable: true })
  indicator!: string | null;

  @Field(() => String, { nullable: true, description: 'mätmetod' })
  method!: string | null;

  @Field(() => String, { nullable: true, description: 'unit of the indicator' })
  unit!: string | null;

  @Field(() => Float, { nullable: true })
  baselineValue!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  baselineDate!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  targetDate!: string | null;

  @Field(() => [String], { description: 'uppföljningstillfällen, YYYY-MM-DD' })
  followUpDates!: string[];
}

@ObjectType({ isAbstract: true })
abstract class SheetLine {
  @Field(() => ID, { description: 'Stable id of the line within the calculation' })
  id!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => AmountUnitEnum)
  unit!: 'KRONOR' | 'HOURS';

  @Field(() => Int, { nullable: true, description: 'For HOURS lines: the monthly salary of the hourly cost (the round’s default if empty)' })
  monthlySalary!: number | null;

  @Field(() => [YearAmount])
  amounts!: YearAmount[];
}

@ObjectType({ description: 'A cost line of a benefit calculation' })
export class CostLine extends SheetLine {
  @Field(() => CostTypeEnum)
  type!: SheetCostType;
}

@ObjectType({ description: 'A benefit line of a benefit calculation' })
export class BenefitLine extends SheetLine {
  @Field(() => BenefitCategoryEnum)
  category!: SheetBenefitCategory;

  @Field({ description: 'Only monetised lines count in the money figures' })
  monetised!: boolean;

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence!: SheetConfidence | null;

  @Field(() => RealisationPlan, { nullable: true })
  plan!: RealisationPlan | null;
}

@ObjectType({ description: 'The parameters a calculation is made with (set per fund round)' })
export class CalculationParameters {
  @Field(() => Int, { description: 't = 0, not discounted' })
  baseYear!: number;

  @Field(() => Int, { description: 'The horizon covers baseYear … baseYear + horizonYears' })
  horizonYears!: number;

  @Field(() => Float, { description: 'e.g. 0.03' })
  discountRate!: number;

  @Field(() => Float, { description: 'Share by which costs are raised, e.g. 0.2' })
  optimismBias!: number;

  @Field(() => Float)
  hoursPerMonth!: number;

  @Field(() => Float, { description: 'Staff overhead (personalomkostnadspålägg), e.g. 0.54' })
  overhead!: number;

  @Field(() => Int)
  defaultMonthlySalary!: number;
}

@ObjectType({ description: 'Headline figures of a calculation, full precision (round only when showing)' })
export class BenefitFigures {
  @Field(() => Float)
  pvCosts!: number;

  @Field(() => Float)
  pvBenefits!: number;

  @Field(() => Float, { description: 'Present value of budget-releasing (financial) benefits' })
  pvFinancialBenefits!: number;

  @Field(() => Float, { description: 'Present value of freed time (redistribution)' })
  pvRedistributionBenefits!: number;

  @Field(() => Float, { description: 'nettonuvärde' })
  npv!: number;

  @Field(() => Float, { nullable: true })
  benefitCostRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'nettonuvärdeskvot NNK-i' })
  npvPerKrona!: number | null;

  @Field(() => Int, { nullable: true })
  paybackYear!: number | null;

  @Field(() => Float, { nullable: true })
  budgetReleasingShare!: number | null;
}

@ObjectType({ description: 'The sensitivity analysis: the figures under low, expected and high assumptions, side by side' })
export class BenefitSensitivity {
  @Field(() => BenefitFigures, { description: 'Benefits −30 %, costs +30 %, at 3.5 %' })
  low!: BenefitFigures;

  @Field(() => BenefitFigures)
  expected!: BenefitFigures;

  @Field(() => BenefitFigures)
  high!: BenefitFigures;
}

@ObjectType({ description: 'One year of a calculation: kronor after the optimism bias, full precision' })
export class CalculationYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Years after the base year' })
  t!: number;

  @Field(() => Float)
  costs!: number;

  @Field(() => Float, { description: 'Monetised benefits' })
  benefits!: number;

  @Field(() => Float)
  net!: number;

  @Field(() => Float)
  discountedNet!: number;

  @Field(() => Float)
  cumulativeNet!: number;

  @Field(() => Float)
  cumulativeDiscountedNet!: number;
}


@InputType()
export class RealisationPlanInput {
  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => String, { nullable: true })
  indicator?: string | null;

  @Field(() => String, { nullable: true })
  method?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => String, { nullable: true })
  targetDate?: string | null;

  @Field(() => [String], { nullable: true })
  followUpDates?: string[] | null;
}

@InputType({ isAbstract: true })
abstract class SheetLineInput {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  explanation?: string | null;

  @Field(() => AmountUnitEnum)
  unit!: 'KRONOR' | 'HOURS';

  @Field(() => Int, { nullable: true })
  monthlySalary?: number | null;

  @Field(() => [YearAmountInput])
  amounts!: YearAmountInput[];
}

@InputType()
export class CostLineInput extends SheetLineInput {
  @Field(() => CostTypeEnum)
  type!: SheetCostType;
}

@InputType()
export class BenefitLineInput extends SheetLineInput {
  @Field(() => BenefitCategoryEnum)
  category!: SheetBenefitCategory;

  @Field()
  monetised!: boolean;

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence?: SheetConfidence | null;

  @Field(() => RealisationPlanInput, { nullable: true })
  plan?: RealisationPlanInput | null;
}

@InputType({ description: 'A whole calculation: it replaces the stored one' })
export class CalculationSheetInput {
  @Field(() => [CostLineInput])
  costs!: CostLineInput[];

  @Field(() => [BenefitLineInput])
  benefits!: BenefitLineInput[];
}

@InputType({ description: 'A round’s calculation parameters (the base year is the round’s year)' })
export class CalculationParametersInput {
  @Field(() => Int)
  horizonYears!: number;

  @Field(() => Float)
  discountRate!: number;

  @Field(() => Float)
  optimismBias!: number;

  @Field(() => Float)
  hoursPerMonth!: number;

  @Field(() => Float)
  overhead!: number;

  @Field(() => Int)
  defaultMonthlySalary!: number;
}
