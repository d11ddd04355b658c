import { Module } from '@nestjs/common';
import { InitiativesResolver } from './initiatives.resolver.js';
import { InitiativesService } from './initiatives.service.js';
import { WorkflowService } from './workflow.service.js';
import { CommentsService } from './comments.service.js';

@Module({
  providers: [InitiativesService, WorkflowService, CommentsService, InitiativesResolver],
  exports: [InitiativesService, WorkflowService],
})
export class InitiativesModule {}
