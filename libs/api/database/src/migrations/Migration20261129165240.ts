import { Migration } from '@mikro-orm/migrations';

export class Migration20261129165240 extends Migration {

  override name = 'Migration20261129165240';

  override up(): void | Promise<void> {
    this.addSql(`create type "fund_round_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "initiative_status" as enum ('DRAFT');`);
    this.addSql(`create table "department" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);

    this.addSql(`create table "fund_round" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(200) not null, "year" int not null, "budget" bigint not null, "status" "fund_round_status" not null default 'OPEN', "opens_on" date not null, "closes_on" date not null, primary key ("id"));`);
    this.addSql(`alter table "fund_round" add constraint "fund_round_code_unique" unique ("code");`);

    this.addSql(`create table "goal_area" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(200) not null, "description" text not null, primary key ("id"));`);
    this.addSql(`alter table "goal_area" add constraint "goal_area_code_unique" unique ("code");`);

    this.addSql(`create table "initiative" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "description" text not null, "department_id" uuid not null, "fund_round_id" uuid not null, "requested_amount" bigint not null, "status" "initiative_status" not null default 'DRAFT', "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "initiative_department_id_index" on "initiative" ("department_id");`);
    this.addSql(`create index "initiative_status_index" on "initiative" ("status");`);
    this.addSql(`create index "initiative_order_idx" on "initiative" ("created_at", "id");`);
    this.addSql(`create index "initiative_round_order_idx" on "initiative" ("fund_round_id", "created_at", "id");`);

    this.addSql(`create table "initiative_goal_area" ("initiative_id" uuid not null, "goal_area_id" uuid not null, primary key ("initiative_id", "goal_area_id"));`);

    this.addSql(`alter table "initiative" add constraint "initiative_department_id_foreign" foreign key ("department_id") references "department" ("id");`);
    this.addSql(`alter table "initiative" add constraint "initiative_fund_round_id_foreign" foreign key ("fund_round_id") references "fund_round" ("id");`);

    this.addSql(`alter table "initiative_goal_area" add constraint "initiative_goal_area_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "initiative_goal_area" add constraint "initiative_goal_area_goal_area_id_foreign" foreign key ("goal_area_id") references "goal_area" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "initiative" drop constraint "initiative_department_id_foreign";`);
    this.addSql(`alter table "initiative" drop constraint "initiative_fund_round_id_foreign";`);
    this.addSql(`alter table "initiative_goal_area" drop constraint "initiative_goal_area_goal_area_id_foreign";`);
    this.addSql(`alter table "initiative_goal_area" drop constraint "initiative_goal_area_initiative_id_foreign";`);

    this.addSql(`drop table if exists "department" cascade;`);
    this.addSql(`drop table if exists "fund_round" cascade;`);
    this.addSql(`drop table if exists "goal_area" cascade;`);
    this.addSql(`drop table if exists "initiative" cascade;`);
    this.addSql(`drop table if exists "initiative_goal_area" cascade;`);

    this.addSql(`drop type "fund_round_status";`);
    this.addSql(`drop type "initiative_status";`);
  }

}
