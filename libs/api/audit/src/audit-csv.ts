import { csvLine } from '@dp/api/common';
import type { AuditEntry } from './audit-event.types.js';

/**
 * CSV that Swedish Excel opens as it is: UTF-8 with BOM, semicolons, CRLF, every field quoted when
 * needed. One row per changed field (an entry without field changes gives one row).
 */
export { CSV_BOM, csvField, csvLine } from '@dp/api/common';

export const CSV_HEADER = ['Tidpunkt (UTC)', 'Användare', 'Posttyp', 'Post-id', 'Åtgärd', 'Fält', 'Före', 'Efter'];

export function auditEntryRows(e: AuditEntry): string {
  const base = [e.occurredAt.toISOString(), e.actorName ?? 'System', e.entityType, e.entityId, e.operation];
  if (e.changes.length === 0) return csvLine([...base, '', '', '']);
  return e.changes.map((c) => csvLine([...base, c.field, c.before, c.after])).join('');
}
