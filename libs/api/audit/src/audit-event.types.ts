import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One changed field: values as JSON text (null when absent)' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'An entry of the audit log (ändringslogg)' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'null for the system (seeding)' })
  actorName!: string | null;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  operation!: string;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}

@InputType({ description: 'Narrows the audit log; all given conditions apply' })
export class AuditFilter {
  @Field({ nullable: true })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field({ nullable: true })
  operation?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date;

  @Field({ nullable: true, description: 'free text in the user name, record id or changed values' })
  search?: string;
}

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@ObjectType()
export class AuditPageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first' })
export class AuditEntryConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => AuditPageInfo)
  pageInfo!: AuditPageInfo;
}
