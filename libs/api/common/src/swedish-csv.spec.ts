import { describe, expect, it } from '@jest/globals';
import { csvField, csvLine, csvNumber, toSwedishCsv } from './swedish-csv.js';

describe('CSV for Swedish Excel', () => {
  it('starts with the BOM, separates with semicolons and ends every line with CRLF', () => {
    const csv = toSwedishCsv(['Titel', 'Belopp'], [
      ['Färdtjänst', 1234567],
      ['Äldreomsorg', null],
    ]);
    expect(csv).toBe('\uFEFFTitel;Belopp\r\nFärdtjänst;1234567\r\nÄldreomsorg;\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes numbers without thousands separators and with a decimal comma', () => {
    expect(csvNumber(1234567)).toBe('1234567');
    expect(csvNumber(1.85)).toBe('1,85');
    expect(csvNumber(-120500)).toBe('-120500');
    expect(csvNumber(-0.13)).toBe('-0,13');
    expect(csvNumber(12_000_000_000_000_000_000_000)).toBe('12000000000000000000000');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('quotes per RFC 4180: fields with ; " CR or LF, quotes doubled', () => {
    expect(csvLine(['a', 'b;c', 'd"e', 'rad 1\r\nrad 2', 'f\rg', null, undefined])).toBe('a;"b;c";"d""e";"rad 1\r\nrad 2";"f\rg";;\r\n');
    expect(csvField('Öppna data, vägarbeten')).toBe('Öppna data, vägarbeten');
  });

  it('neutralises formulas in text (CSV injection) but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+46 8 123 456')).toBe(`"'+46 8 123 456"`);
    expect(csvField('-5')).toBe(`"'-5"`);
    expect(csvField('@SUMMA(A1)')).toBe(`"'@SUMMA(A1)"`);
    expect(csvField('\tdold')).toBe(`"'\tdold"`);
    expect(csvField('\rdold')).toBe(`"'\rdold"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-5)).toBe('-5');
  });
});
