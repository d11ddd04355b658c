import { Migration } from '@mikro-orm/migrations';

export class Migration20261129175359 extends Migration {

  override name = 'Migration20261129175359';

  override up(): void | Promise<void> {
    this.addSql(`create table "initiative_comment" ("id" uuid not null, "initiative_id" uuid not null, "author_id" uuid not null, "author_name" varchar(200) not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "initiative_comment_initiative_id_index" on "initiative_comment" ("initiative_id");`);

    this.addSql(`alter table "initiative_comment" add constraint "initiative_comment_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "initiative_comment" cascade;`);
  }

}
