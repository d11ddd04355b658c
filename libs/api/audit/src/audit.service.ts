import { Injectable } from '@nestjs/common';
import { EntityManager, raw, type FilterQuery } from '@mikro-orm/postgresql';
import { badUserInput, decodeCursor, encodeCursor, forbidden, isUuid, type RequestActor } from '@dp/api/common';
import { hasRole } from '@dp/domain/workflow';
import { AuditEvent } from '@dp/api/database';
import type { AuditEntry, AuditEntryConnection, AuditFilter } from './audit-event.types.js';

export const MAX_AUDIT_PAGE = 200;

export function toEntry(e: AuditEvent): AuditEntry {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorName: e.actorName,
    entityType: e.entityType,
    entityId: e.entityId,
    operation: e.operation,
    changes: Object.entries(e.changes ?? {}).map(([field, c]) => ({
      field,
      before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
      after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
    })),
  };
}

/** The audit log is read by auditors and administrators; a record's own history by those who may see it. */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  mayReadLog(actor: RequestActor): boolean {
    return hasRole(actor, 'AUDITOR') || hasRole(actor, 'ADMINISTRATOR');
  }

  assertMayReadLog(actor: RequestActor): void {
    if (!this.mayReadLog(actor)) throw forbidden('ROLE_REQUIRED', 'Only auditors and administrators read the audit log');
  }

  private where(filter: AuditFilter | undefined): FilterQuery<AuditEvent> {
    const where: FilterQuery<AuditEvent>[] = [];
    if (filter?.entityType) where.push({ entityType: filter.entityType });
    if (filter?.entityId) where.push({ entityId: filter.entityId });
    if (filter?.actorId) {
      if (!isUuid(filter.actorId)) throw badUserInput('filter.actorId', 'UNKNOWN_REFERENCE');
      where.push({ actorId: filter.actorId });
    }
    if (filter?.operation) where.push({ operation: filter.operation.toUpperCase() as AuditEvent['operation'] });
    if (filter?.from) where.push({ occurredAt: { $gte: filter.from } });
    if (filter?.to) where.push({ occurredAt: { $lte: filter.to } });
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push({
        $or: [
          { actorName: { $ilike: like } },
          { entityId: { $ilike: like } },
          { entityType: { $ilike: like } },
          { [raw((alias) => `${alias}.changes::text`)]: { $ilike: like } },
        ],
      });
    }
    return where.length ? { $and: where } : {};
  }

  async list(filter: AuditFilter | undefined, first: number, after: string | undefined): Promise<AuditEntryConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
      throw badUserInput('first', 'OUT_OF_RANGE', `first must be between 1 and ${MAX_AUDIT_PAGE}`);
    }
    const where = this.where(filter);
    const totalCount = await this.em.count(AuditEvent, where);
    let page = where;
    if (after) {
      const [id] = decodeCursor(after, 1) ?? [];
      if (typeof id !== 'string' || !/^\d+$/.test(id)) throw badUserInput('after', 'INVALID_CURSOR');
      page = { $and: [where, { id: { $lt: id } }] };
    }
    const rows = await this.em.find(AuditEvent, page, { orderBy: { id: 'desc' }, limit: first + 1 });
    const hasNextPage = rows.length > first;
    const edges = rows.slice(0, first).map((e) => ({ node: toEntry(e), cursor: encodeCursor([String(e.id)]) }));
    return { totalCount, edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Every entry matching the filter, oldest first, in batches (for the CSV export). */
  async *all(filter: AuditFilter | undefined): AsyncGenerator<AuditEntry> {
    const where = this.where(filter);
    let lastId: string | undefined;
    for (;;) {
      const rows: AuditEvent[] = await this.em.fork().find(AuditEvent, lastId ? { $and: [where, { id: { $gt: lastId } }] } : where, {
        orderBy: { id: 'asc' },
        limit: 1000,
      });
      for (const r of rows) yield toEntry(r);
      if (rows.length < 1000) return;
      lastId = String(rows.at(-1)?.id);
    }
  }

  /** The record's own history, with that of the records that belong to it (e.g. an initiative's calculations). */
  async historyOf(entityType: string, entityId: string, parts: { entityType: string; entityIds: string[] }[] = []): Promise<AuditEntry[]> {
    const wanted = [{ entityType, entityId }, ...parts.filter((p) => p.entityIds.length).map((p) => ({ entityType: p.entityType, entityId: { $in: p.entityIds } }))];
    const rows = await this.em.find(AuditEvent, { $or: wanted }, { orderBy: { id: 'asc' } });
    return rows.map(toEntry);
  }
}
