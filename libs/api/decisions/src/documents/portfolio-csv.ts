/**
 * The portfolio of a round as CSV for Swedish Excel: the same columns as the workbook's "Portfölj"
 * sheet (see portfolio-columns.ts), written by the Swedish CSV writer (libs/api/common/src/swedish-csv.ts).
 */
import type { PortfolioExportData } from './document-data.js';
import { portfolioTable } from './portfolio-columns.js';
import { toSwedishCsv } from '@dp/api/common';

export function portfolioCsv(data: PortfolioExportData): string {
  const { columns, rows } = portfolioTable(data);
  return toSwedishCsv(
    columns.map((c) => c.header),
    rows,
  );
}
