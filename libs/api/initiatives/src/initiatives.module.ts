import { Module } from '@nestjs/common';
import { InitiativesResolver } from './initiatives.resolver.js';
import { InitiativesService } from './initiatives.service.js';
import { WorkflowService } from './workflow.service.js';
import { CommentsService } from './comments.service.js';
import { CalculationsService } from './benefits/calculations.service.js';
import { CalculationExportController } from './benefits/calculation-export.controller.js';
import { BenefitCalculationResolver, FundRoundParametersResolver, InitiativeCalculationsResolver } from './benefits/benefits.resolver.js';

@Module({
  providers: [
    InitiativesService,
    WorkflowService,
    CommentsService,
    CalculationsService,
    InitiativesResolver,
    BenefitCalculationResolver,
    InitiativeCalculationsResolver,
    FundRoundParametersResolver,
  ],
  controllers: [CalculationExportController],
  exports: [InitiativesService, WorkflowService, CalculationsService],
})
export class InitiativesModule {}
