/**
 * The whole portfolio of a round as an Excel workbook: "Portfölj" with one row per initiative and every
 * field and figure (filters on the head row, head row and title column frozen), and "Omgång" with the
 * round's budget, yearly budgets, what grants have committed and when the export was made.
 */
import ExcelJS from 'exceljs';
import type { PortfolioExportData } from './document-data.js';
import { dateTime } from './format.js';
import { grantedTotals, portfolioTable, type ColumnKind, type ColumnValue } from './portfolio-columns.js';

/** Excel number formats (Excel's own notation; Swedish Excel shows `1 234 567 kr` and `1,85`). */
const KR = '#,##0 "kr";-#,##0 "kr"';
const YEAR = '0';
const NUM_FMT: Record<ColumnKind, string | null> = {
  text: null,
  money: KR,
  decimal1: '0.0',
  decimal2: '0.00',
  integer: '#,##0',
  year: YEAR,
  date: 'yyyy-mm-dd',
};
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** 'YYYY-MM-DD' as the date at UTC midnight, which Excel shows as that very day. */
function excelDate(value: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
}

function numFmtStyle(numFmt: string | null): Partial<ExcelJS.Style> {
  return numFmt ? { numFmt } : {};
}

function cellValue(kind: ColumnKind, value: ColumnValue): ExcelJS.CellValue {
  if (value === null) return null;
  return kind === 'date' && typeof value === 'string' ? excelDate(value) : value;
}

export async function portfolioWorkbook(data: PortfolioExportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Digitaliseringsportföljen';
  wb.created = new Date(data.generatedAt);
  wb.title = `Portfölj – ${data.round.name}`;

  // --- Portfölj -----------------------------------------------------------------------------------------
  const { columns, rows } = portfolioTable(data);
  const ws = wb.addWorksheet('Portfölj', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: numFmtStyle(NUM_FMT[c.kind]) }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  head.height = 30;
  columns.forEach((_, i) => (head.getCell(i + 1).fill = HEAD_FILL));
  for (const values of rows) ws.addRow(values.map((v, i) => cellValue(columns[i]?.kind ?? 'text', v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };

  // --- Omgång -------------------------------------------------------------------------------------------
  const rs = wb.addWorksheet('Omgång');
  rs.columns = [{ width: 30 }, { width: 18 }, { width: 18 }, { width: 18 }];
  const { total, byYear } = grantedTotals(data);
  const facts: [string, ExcelJS.CellValue, string?][] = [
    ['Ansökningsomgång', data.round.name],
    ['Kod', data.round.code],
    ['År', data.round.year, YEAR],
    ['Budget', data.round.budget, KR],
    ['Beviljat', total, KR],
    ['Kvar', data.round.budget - total, KR],
    ['Antal initiativ', data.items.length],
    ['Antal beviljade', data.items.filter((i) => i.decision?.outcome === 'GRANTED').length],
    ['Exporten skapad', dateTime(data.generatedAt)],
  ];
  facts.forEach(([label, value, fmt]) => {
    const row = rs.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (fmt) row.getCell(2).numFmt = fmt;
  });
  if (data.round.yearlyBudgets.length > 0) {
    rs.addRow([]);
    const yearHead = rs.addRow(['Budget per år', 'Budget', 'Beviljat', 'Kvar']);
    yearHead.font = { bold: true };
    for (const y of [...data.round.yearlyBudgets].sort((a, b) => a.year - b.year)) {
      const committed = byYear.get(y.year) ?? 0;
      const row = rs.addRow([y.year, y.amount, committed, y.amount - committed]);
      row.getCell(1).numFmt = YEAR;
      for (const c of [2, 3, 4]) row.getCell(c).numFmt = KR;
    }
  }

  return Buffer.from(await wb.xlsx.writeBuffer());
}
