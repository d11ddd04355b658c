import { describe, expect, it } from '@jest/globals';
import { auditEntryRows, csvField, csvLine } from './audit-csv.js';

describe('audit CSV for Swedish Excel', () => {
  it('separates with semicolons, ends lines with CRLF and quotes what needs it', () => {
    expect(csvLine(['a', 'b;c', 'd"e', null])).toBe('a;"b;c";"d""e";\r\n');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('neutralises formulas (CSV injection)', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe(`"'-5"`);
  });

  it('writes one row per changed field', () => {
    const rows = auditEntryRows({
      id: '1',
      occurredAt: new Date('2026-11-29T10:00:00Z'),
      actorId: 'u',
      actorName: 'Sara Sökande',
      entityType: 'Initiative',
      entityId: 'i-1',
      operation: 'UPDATE',
      changes: [
        { field: 'title', before: '"Gammal"', after: '"Ny"' },
        { field: 'requestedAmount', before: '200000', after: '250000' },
      ],
    });
    expect(rows).toBe(
      '2026-11-29T10:00:00.000Z;Sara Sökande;Initiative;i-1;UPDATE;title;"""Gammal""";"""Ny"""\r\n' +
        '2026-11-29T10:00:00.000Z;Sara Sökande;Initiative;i-1;UPDATE;requestedAmount;200000;250000\r\n',
    );
  });
});
