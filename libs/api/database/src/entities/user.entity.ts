import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role as DomainRole } from '@dp/domain/workflow';
import { BaseEntity } from './base.entity.js';
import { Department } from './department.entity.js';

/** The roles of the brief, as a GraphQL and database enum (values from libs/domain/workflow). */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in DomainRole]: K };
export type Role = DomainRole;
registerEnumType(Role, { name: 'Role', description: 'What a user may do (roll)' });

/** A person who signs in. Passwords are argon2id hashes, never returned. */
@ObjectType({ description: 'A user of the system' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active' | 'failedLoginCount' | 'lockedUntil' | 'version' | 'delegations'> {
  @Field()
  @Unique()
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'integer' })
  failedLoginCount: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @OneToMany(() => UserRole, (r) => r.user, { orphanRemoval: true })
  roles = new Collection<UserRole>(this);

  @Field(() => [String], { description: 'The delegation levels (delegationsordning) the user holds, e.g. MUNICIPAL_DIRECTOR' })
  @Property({ type: 'json', default: '[]' })
  delegations: string[] = [];

  @Field(() => Int, { description: 'Optimistic lock: send it back with every update' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One role of a user; applicant and department head carry a department. */
@Entity({ tableName: 'user_role' })
@Unique({ properties: ['user', 'role', 'department'] })
export class UserRole {
  [OptionalProps]?: 'department' | 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => ROLES, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ tableName: 'user_session' })
export class UserSession {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt';

  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}

/** Every sign-in attempt, for rate limiting by address and for the security log. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['ip', 'at'] })
@Index({ properties: ['email', 'at'] })
export class LoginAttempt {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
