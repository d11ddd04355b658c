import { Module } from '@nestjs/common';
import { AssessmentsService } from './assessments.service.js';
import { CriteriaService } from './criteria.service.js';
import { PortfolioService } from './portfolio.service.js';
import {
  AssessmentResolver,
  CriteriaSetResolver,
  EligibilityReviewResolver,
  FundRoundPrioritisationResolver,
  InitiativeAssessmentResolver,
  PortfolioResolver,
  ScenarioResolver,
} from './prioritisation.resolver.js';

/** Assessment (criteria, scores, must-requirements), the portfolio of a round, optimisation and scenarios. */
@Module({
  providers: [
    CriteriaService,
    AssessmentsService,
    PortfolioService,
    CriteriaSetResolver,
    FundRoundPrioritisationResolver,
    AssessmentResolver,
    EligibilityReviewResolver,
    InitiativeAssessmentResolver,
    ScenarioResolver,
    PortfolioResolver,
  ],
  exports: [CriteriaService, AssessmentsService, PortfolioService],
})
export class PrioritisationModule {}
