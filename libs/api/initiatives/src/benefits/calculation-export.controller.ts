import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { canView } from '@dp/domain/workflow';
import { CurrentActor, isUuid, type RequestActor } from '@dp/api/common';
import { BenefitCalculation, CalculationKind } from '@dp/api/database';
import { calculationWorkbook } from './calculation-workbook.js';

const KIND_LABEL: Record<CalculationKind, string> = {
  [CalculationKind.APPLICANT]: 'Sökandes kalkyl',
  [CalculationKind.REVIEWED]: 'Portföljkontorets granskade kalkyl',
};

/** A file name without characters that trouble file systems or headers. */
function fileNameOf(title: string, kind: CalculationKind): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `nyttokalkyl-${base || 'initiativ'}-${kind === CalculationKind.REVIEWED ? 'granskad' : 'sokande'}.xlsx`;
}

/** GET /api/initiatives/:id/calculations/APPLICANT.xlsx (or REVIEWED.xlsx): one calculation with formulas. */
@Controller('api/initiatives')
export class CalculationExportController {
  constructor(private readonly em: EntityManager) {}

  @Get(':id/calculations/:file')
  async export(@Param('id') id: string, @Param('file') file: string, @CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    const kind = /^(APPLICANT|REVIEWED)\.xlsx$/.exec(file)?.[1] as CalculationKind | undefined;
    const calc =
      kind && isUuid(id)
        ? await this.em.findOne(BenefitCalculation, { initiative: id, kind }, { populate: ['initiative.department', 'initiative.fundRound'] })
        : null;
    const initiative = calc?.initiative.getEntity();
    // not found and not visible look the same: existence is not revealed
    if (!calc || !initiative || !canView(actor, { departmentId: initiative.department.id })) {
      throw new NotFoundException({ code: 'NOT_FOUND', message: 'There is no such calculation' });
    }
    const buffer = await calculationWorkbook({
      initiativeTitle: initiative.title,
      departmentName: initiative.department.getEntity().name,
      roundName: initiative.fundRound.getEntity().name,
      kindLabel: KIND_LABEL[calc.kind],
      sheet: calc.sheet,
      parameters: calc.parameters,
      frozenAt: calc.frozenAt,
      savedAt: calc.updatedAt,
    });
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${fileNameOf(initiative.title, calc.kind)}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(buffer);
  }
}
