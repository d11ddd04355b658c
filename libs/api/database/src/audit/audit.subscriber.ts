import { ChangeSetType, ReferenceKind, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { actorContext } from '@dp/api/common';
import { AuditEvent, type AuditChanges, type AuditOperation } from '../entities/audit-event.entity.js';
import { LoginAttempt, User, UserSession } from '../entities/user.entity.js';

/** Records that are not audited: the log itself and the sign-in bookkeeping (kept in their own tables). */
const NOT_AUDITED = new Set<unknown>([AuditEvent, UserSession, LoginAttempt]);
/** Values never written to the log. */
const SECRET_FIELDS: Record<string, readonly string[]> = { [User.name]: ['passwordHash'] };

/** JSON with object keys sorted, so equal values compare equal whatever their key order (jsonb reorders keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value ?? null;
}

interface Entry {
  operation: AuditOperation;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
}

const OPERATIONS: Partial<Record<ChangeSetType, AuditOperation>> = {
  [ChangeSetType.CREATE]: 'CREATE',
  [ChangeSetType.UPDATE]: 'UPDATE',
  [ChangeSetType.DELETE]: 'DELETE',
};

/**
 * Appends one audit event per created, changed or deleted record to the same flush (and so the same
 * transaction), with before and after of each changed field, including many-to-many collections, and
 * the acting user from the request.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const { em, uow } = args;
    const platform = em.getPlatform();
    const entries = new Map<object, Entry>();

    for (const cs of uow.getChangeSets()) {
      if (NOT_AUDITED.has(cs.entity.constructor)) continue;
      const operation = OPERATIONS[cs.type];
      if (!operation) continue;
      const secrets = SECRET_FIELDS[cs.meta.className] ?? [];
      const original = (cs.originalEntity ?? {}) as Record<string, unknown>;
      const entity = cs.entity as Record<string, unknown>;
      // original values are stored as the database has them: convert custom types (bigint money) back
      const fromDb = (key: string, value: unknown) => {
        const prop = cs.meta.properties[key as keyof typeof cs.meta.properties];
        // JSON columns keep their original as the serialised text
        if (typeof value === 'string' && prop?.columnTypes?.[0] === 'jsonb') return JSON.parse(value) as unknown;
        const type = prop?.customType;
        return type && value !== null && value !== undefined ? type.convertToJSValue(value, platform) : value;
      };
      const keys = operation === 'DELETE' ? Object.keys(original) : Object.keys(cs.payload ?? {});
      const changes: AuditChanges = {};
      for (const key of keys) {
        if (key === 'updatedAt' || key === 'createdAt') continue;
        const before = operation === 'CREATE' ? null : plain(fromDb(key, original[key]));
        const after = operation === 'DELETE' ? null : plain(entity[key]);
        if (canonical(before) === canonical(after)) continue;
        changes[key] = secrets.includes(key)
          ? { before: before === null ? null : '***', after: after === null ? null : '***' }
          : { before, after };
      }
      entries.set(cs.entity, {
        operation,
        entityType: cs.meta.className,
        entityId: String(entity['id'] ?? cs.getPrimaryKey(true) ?? ''),
        changes,
      });
    }

    // many-to-many changes (e.g. an initiative's goal areas): before from the pivot table, after from memory
    for (const coll of uow.getCollectionUpdates()) {
      const prop = coll.property;
      const owner = coll.owner as Record<string, unknown> & object;
      if (prop.kind !== ReferenceKind.MANY_TO_MANY || !prop.owner || NOT_AUDITED.has(owner.constructor)) continue;
      const ownerId = String(owner['id']);
      let entry = entries.get(owner);
      let before: string[] = [];
      if (entry?.operation !== 'CREATE') {
        const rows = await em
          .getConnection()
          .execute<{ id: unknown }[]>(
            `select "${prop.inverseJoinColumns[0]}" as id from "${prop.pivotTable}" where "${prop.joinColumns[0]}" = ?`,
            [ownerId],
            'all',
            em.getTransactionContext(),
          );
        before = (rows as { id: unknown }[]).map((r) => String(r.id)).sort();
      }
      const after = coll
        .getItems(false)
        .map((i) => String((i as { id?: unknown }).id))
        .sort();
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      if (!entry) {
        entry = { operation: 'UPDATE', entityType: coll.owner.constructor.name, entityId: ownerId, changes: {} };
        entries.set(owner, entry);
      }
      entry.changes[prop.name] = { before, after };
    }

    const actor = actorContext.getStore()?.actor;
    for (const entry of entries.values()) {
      if (entry.operation === 'UPDATE' && Object.keys(entry.changes).length === 0) continue;
      const event = em.create(AuditEvent, {
        actorId: actor?.userId ?? null,
        actorName: actor?.displayName ?? null,
        ...entry,
      });
      uow.computeChangeSet(event);
    }
  }
}
