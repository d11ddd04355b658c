import { describe, expect, it } from '@jest/globals';
import { auditCsvHref, readAuditFilters, toApiFilter } from './audit-filter';

describe('audit filters', () => {
  it('reads the filters from the address, ignoring what is not valid', () => {
    expect(readAuditFilters(new URLSearchParams('type=User&operation=update&from=2026-11-01&to=2026-02-30&q=%20sara%20'))).toEqual({
      entityType: 'User',
      operation: 'UPDATE',
      from: '2026-11-01',
      to: null,
      search: 'sara',
    });
    expect(readAuditFilters(new URLSearchParams('operation=DROP'))).toMatchObject({ operation: null });
  });

  it('turns the days into instants in Swedish time, in winter and in summer', () => {
    expect(toApiFilter({ entityType: null, operation: null, from: '2026-11-01', to: '2026-11-30', search: null })).toEqual({
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-30T22:59:59.999Z',
    });
    expect(toApiFilter({ entityType: null, operation: null, from: '2026-06-15', to: '2026-03-29', search: null })).toEqual({
      from: '2026-06-14T22:00:00.000Z',
      // the day the clocks go forward: it ends at 22:00 UTC
      to: '2026-03-29T21:59:59.999Z',
    });
  });

  it('builds the CSV address with the same selection', () => {
    expect(auditCsvHref({ entityType: null, operation: null, from: null, to: null, search: null })).toBe('/api/audit-log.csv');
    expect(auditCsvHref({ entityType: 'Initiative', operation: 'UPDATE', from: '2026-11-01', to: null, search: 'Sara Sökande' })).toBe(
      '/api/audit-log.csv?entityType=Initiative&operation=UPDATE&from=2026-10-31T23%3A00%3A00.000Z&search=Sara+S%C3%B6kande',
    );
  });
});
