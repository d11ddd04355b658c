import { Migration } from '@mikro-orm/migrations';

export class Migration20261129192511 extends Migration {

  override name = 'Migration20261129192511';

  override up(): void | Promise<void> {
    this.addSql(`create type "calculation_kind" as enum ('APPLICANT', 'REVIEWED');`);
    this.addSql(`create table "benefit_calculation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "initiative_id" uuid not null, "kind" "calculation_kind" not null, "sheet" jsonb not null, "parameters" jsonb not null, "figures" jsonb not null, "frozen_at" timestamptz null, "frozen_by_action" varchar(40) null, "updated_by_id" uuid null, "updated_by_name" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "benefit_calculation_initiative_id_index" on "benefit_calculation" ("initiative_id");`);
    this.addSql(`alter table "benefit_calculation" add constraint "benefit_calculation_initiative_kind_unique" unique ("initiative_id", "kind");`);

    this.addSql(`alter table "fund_round" add "discount_rate" double precision not null default 0.03, add "horizon_years" int not null default 5, add "optimism_bias" double precision not null default 0, add "hours_per_month" double precision not null default 142, add "overhead" double precision not null default 0.54, add "default_monthly_salary" int not null default 35000, add "version" int not null default 1;`);

    this.addSql(`alter table "initiative" add "npv" double precision null, add "benefit_cost_ratio" double precision null, add "npv_per_krona" double precision null;`);
    this.addSql(`create index "initiative_npv_index" on "initiative" ("npv");`);

    this.addSql(`alter table "benefit_calculation" add constraint "benefit_calculation_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "benefit_calculation" cascade;`);

    this.addSql(`alter table "fund_round" drop column "discount_rate", drop column "horizon_years", drop column "optimism_bias", drop column "hours_per_month", drop column "overhead", drop column "default_monthly_salary", drop column "version";`);

    this.addSql(`drop index "initiative_npv_index";`);
    this.addSql(`alter table "initiative" drop column "npv", drop column "benefit_cost_ratio", drop column "npv_per_krona";`);

    this.addSql(`drop type "calculation_kind";`);
  }

}
