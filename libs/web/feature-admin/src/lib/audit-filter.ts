import type { AuditFilter } from '@dp/web/data-access';

/** The operations the audit log records. */
export const AUDIT_OPERATIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;

/** The record types the log shows (the API's entity class names); others are shown as they come. */
export const AUDIT_ENTITY_TYPES = [
  'Initiative',
  'StatusInterval',
  'Comment',
  'BenefitCalculation',
  'AssessmentRecord',
  'EligibilityReview',
  'AssessmentCriteria',
  'Scenario',
  'User',
  'UserRole',
  'Department',
  'FundRound',
  'GoalArea',
] as const;

/** The audit page's filters as they stand in the URL: `/audit?type=Initiative&operation=UPDATE&from=2026-11-01&to=2026-11-30&q=sara` */
export interface AuditUrlFilters {
  entityType: string | null;
  operation: string | null;
  /** `YYYY-MM-DD`, the first day included (Swedish time) */
  from: string | null;
  /** `YYYY-MM-DD`, the last day included (Swedish time) */
  to: string | null;
  search: string | null;
}

export const AUDIT_PARAMS = { entityType: 'type', operation: 'operation', from: 'from', to: 'to', search: 'q' } as const satisfies Record<
  keyof AuditUrlFilters,
  string
>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string | null): value is string {
  const m = value ? DATE.exec(value) : null;
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

export function readAuditFilters(params: URLSearchParams): AuditUrlFilters {
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : null;
  };
  const operation = text(AUDIT_PARAMS.operation)?.toUpperCase() ?? null;
  const from = text(AUDIT_PARAMS.from);
  const to = text(AUDIT_PARAMS.to);
  return {
    entityType: text(AUDIT_PARAMS.entityType),
    operation: operation && (AUDIT_OPERATIONS as readonly string[]).includes(operation) ? operation : null,
    from: isDate(from) ? from : null,
    to: isDate(to) ? to : null,
    search: text(AUDIT_PARAMS.search),
  };
}

const stockholmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Swedish time is ahead of UTC at this instant (1 or 2 hours), in milliseconds. */
function stockholmOffset(utcMs: number): number {
  const parts = stockholmParts.formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - utcMs;
}

/** Midnight at the start of a `YYYY-MM-DD` day in Swedish time, in UTC milliseconds (`dayOffset` moves the day). */
function stockholmMidnight(date: string, dayOffset = 0): number {
  const [, y, m, d] = DATE.exec(date) ?? [];
  const utcMidnight = Date.UTC(Number(y), Number(m) - 1, Number(d) + dayOffset);
  // before 01:00 UTC, so on the same side of a daylight-saving change as the Swedish midnight
  return utcMidnight - stockholmOffset(utcMidnight);
}

/** The API's filter: the dates as instants (from the start of `from` to the end of `to`, Swedish time). */
export function toApiFilter(filters: AuditUrlFilters): AuditFilter {
  return {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.operation ? { operation: filters.operation } : {}),
    ...(filters.from ? { from: new Date(stockholmMidnight(filters.from)).toISOString() } : {}),
    ...(filters.to ? { to: new Date(stockholmMidnight(filters.to, 1) - 1).toISOString() } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}

/** `/api/audit-log.csv?entityType=…&operation=…&from=…&to=…&search=…`: the same selection as a CSV file. */
export function auditCsvHref(filters: AuditUrlFilters): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(toApiFilter(filters))) {
    if (typeof value === 'string' && value !== '') query.set(name, value);
  }
  const search = query.toString();
  return search ? `/api/audit-log.csv?${search}` : '/api/audit-log.csv';
}
