import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_events_mail_status" AS ENUM('sent', 'partial', 'failed', 'none');
  CREATE TYPE "public"."enum_users_language" AS ENUM('en', 'fr');
  ALTER TABLE "review_events" ADD COLUMN "actor_name" varchar;
  ALTER TABLE "review_events" ADD COLUMN "mail_status" "enum_review_events_mail_status";
  ALTER TABLE "review_events" ADD COLUMN "mail_recipients" numeric;
  ALTER TABLE "review_events" ADD COLUMN "mail_error" varchar;
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'en';
  UPDATE "review_events" SET "actor_name" = "users"."name" FROM "users" WHERE "users"."id" = "review_events"."actor_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" DROP COLUMN "actor_name";
  ALTER TABLE "review_events" DROP COLUMN "mail_status";
  ALTER TABLE "review_events" DROP COLUMN "mail_recipients";
  ALTER TABLE "review_events" DROP COLUMN "mail_error";
  ALTER TABLE "users" DROP COLUMN "language";
  DROP TYPE "public"."enum_review_events_mail_status";
  DROP TYPE "public"."enum_users_language";`)
}
