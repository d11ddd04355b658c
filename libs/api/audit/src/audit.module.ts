import { Module } from '@nestjs/common';
import { AuditResolver, InitiativeHistoryResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { AuditExportController } from './audit-export.controller.js';

@Module({
  providers: [AuditService, AuditResolver, InitiativeHistoryResolver],
  controllers: [AuditExportController],
})
export class AuditModule {}
