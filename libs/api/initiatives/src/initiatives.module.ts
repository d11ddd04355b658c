import { Module } from '@nestjs/common';
import { InitiativesResolver } from './initiatives.resolver.js';
import { InitiativesService } from './initiatives.service.js';

@Module({
  providers: [InitiativesService, InitiativesResolver],
  exports: [InitiativesService],
})
export class InitiativesModule {}
