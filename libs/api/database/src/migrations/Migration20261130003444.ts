import { Migration } from '@mikro-orm/migrations';

export class Migration20261130003444 extends Migration {

  override name = 'Migration20261130003444';

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_status" as enum ('PENDING', 'SENT', 'FAILED', 'NOT_SENT');`);
    this.addSql(`create type "decision_outcome" as enum ('GRANTED', 'REJECTED', 'DEFERRED', 'RETURNED');`);
    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "initiative_id" uuid not null, "recipient" varchar(320) null, "subject" varchar(300) not null, "body" text not null, "status" "notification_status" not null default 'PENDING', "sent_at" timestamptz null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "notification_initiative_id_index" on "notification" ("initiative_id");`);

    this.addSql(`create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_round_id" uuid not null, "title" varchar(200) not null, "held_on" date not null, "participants" jsonb not null, "notes" text null, "registration_number" varchar(40) null, "scenario_id" uuid null, "proposal_name" varchar(200) null, "agenda" jsonb not null, "created_by_id" uuid null, "created_by_name" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "meeting_fund_round_id_index" on "meeting" ("fund_round_id");`);

    this.addSql(`create table "decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "initiative_id" uuid not null, "fund_round_id" uuid not null, "meeting_id" uuid null, "outcome" "decision_outcome" not null, "granted_amount" bigint null, "amounts_by_year" jsonb null, "conditions" text null, "reason" text null, "decided_on" date not null, "registration_number" varchar(40) not null, "decided_by_id" uuid not null, "decided_by_name" varchar(200) not null, "signatory" varchar(64) not null, "overcommitted" boolean not null default false, "overcommit_reason" text null, "overcommitted_budgets" jsonb null, "snapshot" jsonb not null, "fingerprint" varchar(64) not null, primary key ("id"));`);
    this.addSql(`create index "decision_meeting_id_index" on "decision" ("meeting_id");`);
    this.addSql(`create index "decision_initiative_created_idx" on "decision" ("initiative_id", "created_at");`);
    this.addSql(`create index "decision_round_outcome_idx" on "decision" ("fund_round_id", "outcome");`);

    this.addSql(`alter table "fund_round" add "delegation" jsonb not null default '[{"upTo":500000,"signatory":"DIGITALISATION_MANAGER","label":"Digitaliseringschef"},{"upTo":null,"signatory":"MUNICIPAL_DIRECTOR","label":"Kommundirektör"}]';`);

    this.addSql(`alter table "app_user" add "delegations" jsonb not null default '[]';`);

    this.addSql(`alter table "notification" add constraint "notification_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);

    this.addSql(`alter table "meeting" add constraint "meeting_fund_round_id_foreign" foreign key ("fund_round_id") references "fund_round" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting" add constraint "meeting_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on delete set null;`);

    this.addSql(`alter table "decision" add constraint "decision_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_fund_round_id_foreign" foreign key ("fund_round_id") references "fund_round" ("id") on delete cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "decision" drop constraint "decision_meeting_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`alter table "app_user" drop column "delegations";`);

    this.addSql(`alter table "fund_round" drop column "delegation";`);

    this.addSql(`drop type "notification_status";`);
    this.addSql(`drop type "decision_outcome";`);
  }

}
