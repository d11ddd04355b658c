import { Migration } from '@mikro-orm/migrations';

export class Migration20261129212017 extends Migration {

  override name = 'Migration20261129212017';

  override up(): void | Promise<void> {
    this.addSql(`drop index "initiative_npv_index";`);
    this.addSql(`alter table "initiative" drop column "benefit_cost_ratio", drop column "npv", drop column "npv_per_krona";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "initiative" add "benefit_cost_ratio" double precision null, add "npv" double precision null, add "npv_per_krona" double precision null;`);
    this.addSql(`create index "initiative_npv_index" on "initiative" ("npv");`);
  }

}
