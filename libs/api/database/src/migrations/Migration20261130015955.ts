import { Migration } from '@mikro-orm/migrations';

export class Migration20261130015955 extends Migration {

  override name = 'Migration20261130015955';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification" add "attempts" int not null default 0, add "next_attempt_at" timestamptz null;`);
    this.addSql(`create index "notification_next_attempt_at_index" on "notification" ("next_attempt_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notification_next_attempt_at_index";`);
    this.addSql(`alter table "notification" drop column "attempts", drop column "next_attempt_at";`);
  }

}
