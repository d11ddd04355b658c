import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

export type AuditOperation = 'CREATE' | 'UPDATE' | 'DELETE';

/** Before and after of each changed field. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * ändringslogg: one row per written record, appended in the same transaction as the write. The
 * database refuses UPDATE and DELETE (this trigger) and TRUNCATE (a statement trigger created in the
 * migration, which MikroORM cannot introspect), so it is append-only.
 */
const REFUSE = "raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';";

@Entity({ tableName: 'audit_event' })
@Trigger({ name: 'audit_event_no_update_delete', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: REFUSE })
@Index({ properties: ['entityType', 'entityId', 'occurredAt'] })
@Index({ properties: ['occurredAt'] })
export class AuditEvent {
  [OptionalProps]?: 'occurredAt' | 'actorId' | 'actorName';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();

  /** the signed-in user; null for the system (seeding, migrations) */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** the user's name at the time, so the log reads without joins and survives renames */
  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  @Property({ type: 'string', length: 60 })
  entityType!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  @Property({ type: 'string', length: 10 })
  operation!: AuditOperation;

  @Property({ type: 'json' })
  changes!: AuditChanges;
}
