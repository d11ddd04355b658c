import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { portfolioColumns } from './portfolio-columns.js';
import { portfolioWorkbook } from './portfolio-workbook.js';
import { exportData, ITEMS } from './test-fixtures.js';

async function load(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buffer = await portfolioWorkbook(exportData());
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
  return wb;
}

/** Column letter of a 1-based column number. */
function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

describe('portfolio workbook', () => {
  it('has the portfolio with Swedish heads, filters and the head row and title column frozen', async () => {
    const wb = await load();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Portfölj', 'Omgång']);
    const ws = wb.getWorksheet('Portfölj')!;
    const headers = portfolioColumns(exportData()).map((c) => c.header);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(headers.slice(0, 3)).toEqual(['Titel', 'Förvaltning', 'Status']);
    expect(headers).toEqual(expect.arrayContaining(['Sökt 2027', 'Sökt 2028', 'Beviljat 2027', 'Beviljat 2028']));
    expect(ws.rowCount).toBe(1 + ITEMS.length);

    expect(ws.autoFilter).toBe(`A1:${letter(headers.length)}${1 + ITEMS.length}`);
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(1);
    expect(view.xSplit).toBe(1);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(30);
    expect(ws.getRow(1).font?.bold).toBe(true);
  });

  it('holds numbers as numbers with kronor formats, dates as dates and statuses and outcomes in Swedish', async () => {
    const ws = (await load()).getWorksheet('Portfölj')!;
    const headers = portfolioColumns(exportData()).map((c) => c.header);
    const cell = (row: number, header: string) => {
      const c = headers.indexOf(header);
      if (c < 0) throw new Error(`no column ${header}`);
      return ws.getRow(row + 2).getCell(c + 1);
    };

    expect(cell(0, 'Titel').value).toBe('Digital ansökan om färdtjänst');
    expect(cell(0, 'Status').value).toBe('Beviljad');
    expect(cell(0, 'Sökt belopp').value).toBe(1_234_567);
    expect(cell(0, 'Sökt belopp').numFmt).toBe('#,##0 "kr";-#,##0 "kr"');
    expect(cell(0, 'Sökt 2027').value).toBe(834_567);
    expect(cell(0, 'Sökt 2028').value).toBe(400_000);
    expect(cell(0, 'Nyttokvot').value).toBe(1.85);
    expect(cell(0, 'Nyttokvot').numFmt).toBe('0.00');
    expect(cell(0, 'Poäng (0–100)').value).toBe(82.4);
    expect(cell(0, 'Återbetalningsår').value).toBe(2029);
    expect(cell(0, 'Återbetalningsår').numFmt).toBe('0');
    expect(cell(0, 'Planerad start').value).toEqual(new Date(Date.UTC(2027, 1, 1)));
    expect(cell(0, 'Beslutsdatum').value).toEqual(new Date(Date.UTC(2026, 11, 3)));
    expect(cell(0, 'Beslut').value).toBe('Beviljad');
    expect(cell(0, 'Beviljat belopp').value).toBe(1_000_000);
    expect(cell(0, 'Beviljat 2027').value).toBe(700_000);
    expect(cell(0, 'Beviljat 2028').value).toBe(300_000);
    expect(cell(0, 'Villkor').value).toBe(ITEMS[0]?.decision?.conditions);
    expect(cell(0, 'Kontaktpersonens e-post').value).toBe('sara.sokande@kommun.example');
    expect(cell(0, 'Initiativ-id').value).toBe(ITEMS[0]?.id);

    expect(cell(1, 'Nettonuvärde').value).toBe(-120_500);
    expect(cell(1, 'Överskrider budget').value).toBe('Ja');
    expect(cell(1, 'Skäl till överskridande').value).toBe(ITEMS[1]?.decision?.overcommitReason);
    expect(cell(1, 'Sökt 2028').value).toBeNull();
    expect(cell(2, 'Beslut').value).toBe('Avslag');
    expect(cell(2, 'Beviljat belopp').value).toBeNull();
    expect(cell(2, 'Motivering').value).toBe('Ryms inte i budgeten. "Ansök igen" i nästa omgång.');
    expect(cell(3, 'Status').value).toBe('Beredd');
    expect(cell(3, 'Rang i förslaget').value).toBeNull();
    expect(cell(3, 'Ska-krav').value).toBe('Ej uppfyllda');
    expect(cell(3, 'Beslut').value).toBeNull();
  });

  it('has the round with its budget, yearly budgets, what grants have committed and when it was made', async () => {
    const rs = (await load()).getWorksheet('Omgång')!;
    const facts = new Map<string, ExcelJS.CellValue>();
    rs.eachRow((r) => facts.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(facts.get('Ansökningsomgång')).toBe('Digitaliseringspotten 2027');
    expect(facts.get('Kod')).toBe('DP2027');
    expect(facts.get('Budget')).toBe(3_000_000);
    expect(facts.get('Beviljat')).toBe(1_900_000);
    expect(facts.get('Kvar')).toBe(1_100_000);
    expect(facts.get('Antal initiativ')).toBe(4);
    expect(facts.get('Antal beviljade')).toBe(2);
    expect(facts.get('Exporten skapad')).toBe('2026-11-29 11:00');

    const yearRow = (year: number) => {
      let found: unknown[] | undefined;
      rs.eachRow((r) => {
        if (r.getCell(1).value === year) found = (r.values as unknown[]).slice(1);
      });
      return found;
    };
    expect(yearRow(2027)).toEqual([2027, 2_000_000, 1_600_000, 400_000]);
    expect(yearRow(2028)).toEqual([2028, 1_000_000, 300_000, 700_000]);
  });
});
