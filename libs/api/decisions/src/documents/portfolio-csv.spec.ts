import { describe, expect, it } from '@jest/globals';
import { portfolioColumns } from './portfolio-columns.js';
import { portfolioCsv } from './portfolio-csv.js';
import { exportData, ITEMS } from './test-fixtures.js';

/** A small RFC 4180 reader for semicolon CSV with CRLF lines: what Excel does when it opens the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

describe('portfolio CSV', () => {
  const csv = portfolioCsv(exportData());
  const [head = [], ...rows] = parseCsv(csv.slice(1));
  const value = (row: number, header: string) => {
    const c = head.indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    return rows[row]?.[c];
  };

  it('is UTF-8 with BOM, semicolons and CRLF, one line per initiative under the same heads as the workbook', () => {
    expect(csv.startsWith('\uFEFFTitel;Förvaltning;Status;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/[^\r]\n/)).toBeNull();
    expect(head).toEqual(portfolioColumns(exportData()).map((c) => c.header));
    expect(head).toEqual(expect.arrayContaining(['Sökt 2027', 'Sökt 2028', 'Beviljat 2027', 'Beviljat 2028', 'Nyttokvot', 'Beslut', 'Diarienummer']));
    expect(rows).toHaveLength(ITEMS.length);
    for (const r of rows) expect(r).toHaveLength(head.length);
  });

  it('writes whole kronor as plain numbers, decimals with a comma and statuses and outcomes in Swedish', () => {
    expect(value(0, 'Titel')).toBe('Digital ansökan om färdtjänst');
    expect(value(0, 'Status')).toBe('Beviljad');
    expect(value(0, 'Sökt belopp')).toBe('1234567');
    expect(value(0, 'Sökt 2027')).toBe('834567');
    expect(value(0, 'Nyttokvot')).toBe('1,85');
    expect(value(0, 'Poäng (0–100)')).toBe('82,4');
    expect(value(0, 'Nettonuvärde')).toBe('2345678');
    expect(value(0, 'Beslut')).toBe('Beviljad');
    expect(value(0, 'Beviljat belopp')).toBe('1000000');
    expect(value(0, 'Beviljat 2027')).toBe('700000');
    expect(value(0, 'Beviljat 2028')).toBe('300000');
    expect(value(0, 'Planerad start')).toBe('2027-02-01');
    expect(value(0, 'Målområden')).toBe('Enkel och tillgänglig service, Effektiv organisation');
    expect(value(1, 'Nettonuvärde')).toBe('-120500');
    expect(value(1, 'Nettonuvärdeskvot')).toBe('-0,13');
    expect(value(1, 'Överskrider budget')).toBe('Ja');
    expect(value(1, 'Sökt 2028')).toBe('');
    expect(value(2, 'Beslut')).toBe('Avslag');
    expect(value(2, 'Beviljat belopp')).toBe('');
    expect(value(3, 'Status')).toBe('Beredd');
    expect(value(3, 'Rang i förslaget')).toBe('');
    expect(value(3, 'Ska-krav')).toBe('Ej uppfyllda');
  });

  it('round-trips text with semicolons, quotes and line breaks, and guards text that starts like a formula', () => {
    expect(value(0, 'Villkor')).toBe(ITEMS[0]?.decision?.conditions);
    expect(value(0, 'Beskrivning')).toBe(ITEMS[0]?.description);
    expect(value(2, 'Motivering')).toBe('Ryms inte i budgeten. "Ansök igen" i nästa omgång.');
    expect(csv).toContain('"Ryms inte i budgeten. ""Ansök igen"" i nästa omgång."');
    expect(value(1, 'Beskrivning')).toBe(`'${ITEMS[1]?.description}`);
    expect(value(3, 'Beskrivning')).toBe("'=Publicera pågående vägarbeten som öppna data.");
  });
});
