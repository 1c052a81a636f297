import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'restoreVersion';
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submitForReview', 'requestChanges', 'publish', 'archive', 'restore', 'startRevision');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  DROP INDEX "media_uploaded_by_idx";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";`)
}
