import { Migration } from '@mikro-orm/migrations';

export class Migration20261129220009 extends Migration {

  override name = 'Migration20261129220009';

  override up(): void | Promise<void> {
    this.addSql(`create type "criteria_set_status" as enum ('DRAFT', 'FROZEN');`);
    this.addSql(`create type "scenario_kind" as enum ('MANUAL', 'SCORE', 'NPV', 'NPV_PER_KRONA', 'BLEND', 'OPTIMISED');`);
    this.addSql(`create table "criteria_set" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_round_id" uuid not null, "number" int not null, "status" "criteria_set_status" not null default 'DRAFT', "frozen_at" timestamptz null, "fingerprint" varchar(64) null, "criteria" jsonb not null, "must_requirements" jsonb not null, "pairwise" jsonb null, "updated_by_id" uuid null, "updated_by_name" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "criteria_set" add constraint "criteria_set_round_number_unique" unique ("fund_round_id", "number");`);

    this.addSql(`create table "eligibility_review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "initiative_id" uuid not null, "answers" jsonb not null, "updated_by_id" uuid null, "updated_by_name" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "eligibility_review" add constraint "eligibility_review_initiative_id_unique" unique ("initiative_id");`);

    this.addSql(`create table "scenario" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_round_id" uuid not null, "name" varchar(200) not null, "description" text null, "kind" "scenario_kind" not null, "order" jsonb not null, "settings" jsonb not null, "result" jsonb not null, "proposed" boolean not null default false, "proposed_at" timestamptz null, "proposed_by_name" varchar(200) null, "criteria_set_id" uuid not null, "created_by_id" uuid null, "created_by_name" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "scenario_fund_round_id_index" on "scenario" ("fund_round_id");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "initiative_id" uuid not null, "reviewer_id" uuid not null, "reviewer_name" varchar(200) not null, "criteria_set_id" uuid not null, "scores" jsonb not null, "comment" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "assessment_initiative_id_index" on "assessment" ("initiative_id");`);
    this.addSql(`alter table "assessment" add constraint "assessment_initiative_reviewer_unique" unique ("initiative_id", "reviewer_id");`);

    this.addSql(`alter table "fund_round" add "yearly_budgets" jsonb not null default '[]', add "staff_capacity" jsonb not null default '[]';`);

    this.addSql(`alter table "criteria_set" add constraint "criteria_set_fund_round_id_foreign" foreign key ("fund_round_id") references "fund_round" ("id") on delete cascade;`);

    this.addSql(`alter table "eligibility_review" add constraint "eligibility_review_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);

    this.addSql(`alter table "scenario" add constraint "scenario_fund_round_id_foreign" foreign key ("fund_round_id") references "fund_round" ("id") on delete cascade;`);
    this.addSql(`alter table "scenario" add constraint "scenario_criteria_set_id_foreign" foreign key ("criteria_set_id") references "criteria_set" ("id");`);

    this.addSql(`alter table "assessment" add constraint "assessment_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id");`);
    this.addSql(`alter table "assessment" add constraint "assessment_criteria_set_id_foreign" foreign key ("criteria_set_id") references "criteria_set" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "scenario" drop constraint "scenario_criteria_set_id_foreign";`);
    this.addSql(`alter table "assessment" drop constraint "assessment_criteria_set_id_foreign";`);

    this.addSql(`drop table if exists "criteria_set" cascade;`);
    this.addSql(`drop table if exists "eligibility_review" cascade;`);
    this.addSql(`drop table if exists "scenario" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`alter table "fund_round" drop column "yearly_budgets", drop column "staff_capacity";`);

    this.addSql(`drop type "criteria_set_status";`);
    this.addSql(`drop type "scenario_kind";`);
  }

}
