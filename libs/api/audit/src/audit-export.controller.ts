import { Controller, ForbiddenException, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { AuditService } from './audit.service.js';
import { auditEntryRows, CSV_BOM, CSV_HEADER, csvLine } from './audit-csv.js';

/** GET /api/audit-log.csv?entityType=&entityId=&from=&to=&search= — the filtered log for Excel. */
@Controller('api')
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit-log.csv')
  async export(
    @CurrentActor() actor: RequestActor,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    if (!this.audit.mayReadLog(actor)) {
      throw new ForbiddenException({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED', message: 'Only auditors and administrators read the audit log' });
    }
    const date = (v: string | undefined) => (v && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);
    const filter = {
      entityType: query['entityType'] || undefined,
      entityId: query['entityId'] || undefined,
      operation: query['operation'] || undefined,
      search: query['search'] || undefined,
      from: date(query['from']),
      to: date(query['to']),
    };
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="andringslogg-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.write(CSV_BOM + csvLine(CSV_HEADER));
    for await (const entry of this.audit.all(filter)) res.write(auditEntryRows(entry));
    res.end();
  }
}
