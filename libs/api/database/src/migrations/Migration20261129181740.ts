import { Migration } from '@mikro-orm/migrations';

export class Migration20261129181740 extends Migration {

  override name = 'Migration20261129181740';

  override up(): void | Promise<void> {
    this.addSql(`create type "dpia_status" as enum ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_REQUIRED');`);
    this.addSql(`alter table "initiative" add "contact_name" varchar(200) null, add "contact_email" varchar(320) null, add "current_situation" text null, add "problem" text null, add "desired_situation" text null, add "expected_effects" text null, add "risks" text null, add "dependencies" text null, add "co_financing" bigint null, add "planned_start" date null, add "planned_end" date null, add "handles_personal_data" boolean null, add "confidentiality_level" smallint null, add "integrity_level" smallint null, add "availability_level" smallint null, add "dpia_status" "dpia_status" null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "initiative" drop column "contact_name", drop column "contact_email", drop column "current_situation", drop column "problem", drop column "desired_situation", drop column "expected_effects", drop column "risks", drop column "dependencies", drop column "co_financing", drop column "planned_start", drop column "planned_end", drop column "handles_personal_data", drop column "confidentiality_level", drop column "integrity_level", drop column "availability_level", drop column "dpia_status";`);

    this.addSql(`drop type "dpia_status";`);
  }

}
