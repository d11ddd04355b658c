import { Controller, ForbiddenException, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { CurrentActor, Public, type RequestActor } from '@dp/api/common';
import { decisionBasisPdf, minutesPdf, portfolioCsv, portfolioWorkbook } from './documents/index.js';
import { toSwedishCsv } from '@dp/api/common';
import { DocumentsService } from './documents.service.js';
import { OpenDataService, PUBLIC_DECISION_FIELDS, type PublicDecision } from './open-data.service.js';

/** The services' GraphQL errors as HTTP answers (not found and not visible look the same). */
async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof GraphQLError) {
      const code = e.extensions?.['code'];
      if (code === 'NOT_FOUND') throw new NotFoundException({ code, message: e.message });
      if (code === 'FORBIDDEN') throw new ForbiddenException({ code, reason: e.extensions?.['reason'], message: e.message });
    }
    throw e;
  }
}

/** A file name from a title: ASCII letters, digits and dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'dokument'
  );
}

function send(res: Response, type: string, name: string, body: Buffer | string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

/** The decision basis and minutes of a meeting, and the portfolio of a round as Excel and CSV (signed in, readers of the prioritisation). */
@Controller('api')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('meetings/:id/beslutsunderlag.pdf')
  async decisionBasis(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    const { data, meeting } = await asHttp(() => this.documents.decisionBasis(id, actor));
    send(res, PDF, `beslutsunderlag-${meeting.heldOn}-${fileSlug(meeting.title)}.pdf`, await decisionBasisPdf(data));
  }

  @Get('meetings/:id/protokollsutdrag.pdf')
  async minutes(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    const { data, meeting } = await asHttp(() => this.documents.minutes(id, actor));
    send(res, PDF, `protokollsutdrag-${meeting.heldOn}-${fileSlug(meeting.title)}.pdf`, await minutesPdf(data));
  }

  @Get('fund-rounds/:id/portfolio.xlsx')
  async workbook(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    const data = await asHttp(() => this.documents.portfolio(id, actor));
    send(res, XLSX, `portfolj-${data.round.code.toLowerCase()}.xlsx`, await portfolioWorkbook(data));
  }

  @Get('fund-rounds/:id/portfolio.csv')
  async csv(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    const data = await asHttp(() => this.documents.portfolio(id, actor));
    send(res, CSV, `portfolj-${data.round.code.toLowerCase()}.csv`, portfolioCsv(data));
  }
}

const OPEN_HEADERS: Record<(typeof PUBLIC_DECISION_FIELDS)[number], string> = {
  initiativeId: 'Initiativ-id',
  title: 'Titel',
  department: 'Förvaltning',
  object: 'Förvaltningsobjekt',
  outcome: 'Beslut',
  grantedAmount: 'Beviljat belopp (kr)',
  amountsByYear: 'Beviljat per år',
  expectedEffects: 'Förväntade effekter',
  status: 'Status',
  decidedOn: 'Beslutsdatum',
  registrationNumber: 'Diarienummer',
};

function csvValue(d: PublicDecision, field: (typeof PUBLIC_DECISION_FIELDS)[number]): string | number | null {
  const v = d[field];
  if (field === 'amountsByYear') return d.amountsByYear ? d.amountsByYear.map((a) => `${a.year}: ${a.amount}`).join(', ') : null;
  return v as string | number | null;
}

/**
 * Open data (offentlighetsprincipen), no sign-in: the rounds and their decided initiatives as JSON and
 * CSV at stable URLs. Any site may read them (CORS *).
 */
@Controller('api/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('fund-rounds.json')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=300')
  rounds() {
    return this.openData.rounds();
  }

  @Public()
  @Get('fund-rounds/:code/decisions.json')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=300')
  async decisionsJson(@Param('code') code: string) {
    const found = await this.openData.decisions(code);
    if (!found) throw new NotFoundException({ code: 'NOT_FOUND', message: 'There is no fund round with that code' });
    return found;
  }

  @Public()
  @Get('fund-rounds/:code/decisions.csv')
  async decisionsCsv(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const found = await this.openData.decisions(code);
    if (!found) throw new NotFoundException({ code: 'NOT_FOUND', message: 'There is no fund round with that code' });
    const csv = toSwedishCsv(
      PUBLIC_DECISION_FIELDS.map((f) => OPEN_HEADERS[f]),
      found.decisions.map((d) => PUBLIC_DECISION_FIELDS.map((f) => csvValue(d, f))),
    );
    res.setHeader('Content-Type', CSV);
    res.setHeader('Content-Disposition', `inline; filename="beslut-${fileSlug(found.round.code)}.csv"`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.end(csv);
  }
}
