import { Migration } from '@mikro-orm/migrations';

export class Migration20261129173620 extends Migration {

  override name = 'Migration20261129173620';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "version";`);
  }

}
