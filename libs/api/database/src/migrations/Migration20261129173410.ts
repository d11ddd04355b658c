import { Migration } from '@mikro-orm/migrations';

export class Migration20261129173410 extends Migration {

  override name = 'Migration20261129173410';

  override up(): void | Promise<void> {
    this.addSql(`create table "initiative_status_interval" ("id" uuid not null, "initiative_id" uuid not null, "status" "initiative_status" not null, "entered_at" timestamptz not null, "left_at" timestamptz null, "actor_id" uuid null, "actor_name" varchar(200) null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "initiative_status_interval_initiative_id_index" on "initiative_status_interval" ("initiative_id");`);

    this.addSql(`alter type "initiative_status" add value if not exists 'AWAITING_ANCHORING' after 'DRAFT';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'SUBMITTED' after 'AWAITING_ANCHORING';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'IN_PREPARATION' after 'SUBMITTED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'AWAITING_COMPLETION' after 'IN_PREPARATION';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'PREPARED' after 'AWAITING_COMPLETION';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'GRANTED' after 'PREPARED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'REJECTED' after 'GRANTED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'DEFERRED' after 'REJECTED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'IN_PROGRESS' after 'DEFERRED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'COMPLETED' after 'IN_PROGRESS';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'FOLLOWED_UP' after 'COMPLETED';`);
    this.addSql(`alter type "initiative_status" add value if not exists 'WITHDRAWN' after 'FOLLOWED_UP';`);
    this.addSql(`alter table "initiative" add "anchored_at" timestamptz null, add "anchored_by_id" uuid null;`);

    this.addSql(`alter table "initiative_status_interval" add constraint "initiative_status_interval_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on delete cascade;`);
    // existing initiatives: their current state, entered when they were created
    this.addSql(`insert into "initiative_status_interval" ("id", "initiative_id", "status", "entered_at") select gen_random_uuid(), "id", "status", "created_at" from "initiative";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "initiative_status_interval" cascade;`);

    this.addSql(`alter table "initiative" drop column "anchored_at", drop column "anchored_by_id";`);
  }

}
