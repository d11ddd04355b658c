import { Migration } from '@mikro-orm/migrations';

export class Migration20261129172339 extends Migration {

  override name = 'Migration20261129172339';

  override up(): void | Promise<void> {
    this.addSql(`create type "role" as enum ('APPLICANT', 'DEPARTMENT_HEAD', 'PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP', 'DECISION_MAKER', 'OBJECT_OWNER', 'AUDITOR', 'ADMINISTRATOR');`);
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(200) null, "entity_type" varchar(60) not null, "entity_id" varchar(64) not null, "operation" varchar(10) not null, "changes" jsonb not null);`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_occurred_at_index" on "audit_event" ("entity_type", "entity_id", "occurred_at");`);

    this.addSql(`create table "login_attempt" ("id" bigserial primary key, "email" varchar(320) not null, "ip" varchar(64) not null, "succeeded" boolean not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_attempt_email_at_index" on "login_attempt" ("email", "at");`);
    this.addSql(`create index "login_attempt_ip_at_index" on "login_attempt" ("ip", "at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "display_name" varchar(200) not null, "password_hash" text not null, "active" boolean not null default true, "failed_login_count" int not null default 0, "locked_until" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "user_role" ("id" uuid not null, "user_id" uuid not null, "role" "role" not null, "department_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "user_role" add constraint "user_role_user_id_role_department_id_unique" unique ("user_id", "role", "department_id");`);

    this.addSql(`create table "user_session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create index "user_session_expires_at_index" on "user_session" ("expires_at");`);

    this.addSql(`create or replace function "audit_event_audit_event_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_no_truncate" BEFORE TRUNCATE on "audit_event" for each STATEMENT execute function "audit_event_audit_event_no_truncate_fn"();`);
    this.addSql(`create or replace function "audit_event_audit_event_no_update_delete_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_no_update_delete" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_no_update_delete_fn"();`);

    this.addSql(`alter table "user_role" add constraint "user_role_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_role" add constraint "user_role_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "user_role" drop constraint "user_role_user_id_foreign";`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "audit_event_no_update_delete" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_no_update_delete_fn"();`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "login_attempt" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "user_role" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop type "role";`);
  }

}
