import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publications_record_collection" AS ENUM('pilots', 'practices', 'lessons', 'documents');
  CREATE TYPE "public"."enum_alert_subscriptions_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_alert_subscriptions_frequency" AS ENUM('daily', 'weekly');
  CREATE TYPE "public"."enum_alert_subscriptions_status" AS ENUM('pending', 'active');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'alertDigests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'alertDigests';
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"record_collection" "enum_publications_record_collection" NOT NULL,
  	"record_id" numeric NOT NULL,
  	"slug" varchar,
  	"title" varchar,
  	"first_published_at" timestamp(3) with time zone NOT NULL,
  	"datestamp" timestamp(3) with time zone NOT NULL,
  	"withdrawn" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "alert_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_alert_subscriptions_locale" NOT NULL,
  	"search" varchar,
  	"frequency" "enum_alert_subscriptions_frequency" NOT NULL,
  	"status" "enum_alert_subscriptions_status" DEFAULT 'pending' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"last_digest_at" timestamp(3) with time zone,
  	"last_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_subscriptions_id" integer;
  ALTER TABLE "publications_texts" ADD CONSTRAINT "publications_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "publications_record_collection_idx" ON "publications" USING btree ("record_collection");
  CREATE INDEX "publications_record_id_idx" ON "publications" USING btree ("record_id");
  CREATE INDEX "publications_first_published_at_idx" ON "publications" USING btree ("first_published_at");
  CREATE INDEX "publications_datestamp_idx" ON "publications" USING btree ("datestamp");
  CREATE INDEX "publications_withdrawn_idx" ON "publications" USING btree ("withdrawn");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE UNIQUE INDEX "recordCollection_recordId_idx" ON "publications" USING btree ("record_collection","record_id");
  CREATE INDEX "publications_texts_order_parent" ON "publications_texts" USING btree ("order","parent_id");
  CREATE INDEX "alert_subscriptions_email_idx" ON "alert_subscriptions" USING btree ("email");
  CREATE INDEX "alert_subscriptions_status_idx" ON "alert_subscriptions" USING btree ("status");
  CREATE INDEX "alert_subscriptions_last_digest_at_idx" ON "alert_subscriptions" USING btree ("last_digest_at");
  CREATE INDEX "alert_subscriptions_updated_at_idx" ON "alert_subscriptions" USING btree ("updated_at");
  CREATE INDEX "alert_subscriptions_created_at_idx" ON "alert_subscriptions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_subscriptions_fk" FOREIGN KEY ("alert_subscriptions_id") REFERENCES "public"."alert_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_alert_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_subscriptions_id");`)

  // The publication log starts with what is public now (written by hand: Payload generates no data
  // migrations). Records public before this migration count as published when they were created,
  // so the first alert digests do not announce them as new.
  await db.execute(sql`
  WITH "public_records" AS (
    SELECT 'pilots' AS "collection", r."id", r."slug", l."name" AS "title", r."created_at", r."updated_at"
      FROM "pilots" r LEFT JOIN "pilots_locales" l ON l."_parent_id" = r."id" AND l."_locale" = 'en'
      WHERE r."_status" = 'published' AND (r."review_state" IS NULL OR r."review_state" <> 'archived')
    UNION ALL
    SELECT 'practices', r."id", r."slug", l."title", r."created_at", r."updated_at"
      FROM "practices" r LEFT JOIN "practices_locales" l ON l."_parent_id" = r."id" AND l."_locale" = 'en'
      WHERE r."_status" = 'published' AND (r."review_state" IS NULL OR r."review_state" <> 'archived')
    UNION ALL
    SELECT 'lessons', r."id", r."slug", l."title", r."created_at", r."updated_at"
      FROM "lessons" r LEFT JOIN "lessons_locales" l ON l."_parent_id" = r."id" AND l."_locale" = 'en'
      WHERE r."_status" = 'published' AND (r."review_state" IS NULL OR r."review_state" <> 'archived')
    UNION ALL
    SELECT 'documents', r."id", r."slug", l."title", r."created_at", r."updated_at"
      FROM "documents" r LEFT JOIN "documents_locales" l ON l."_parent_id" = r."id" AND l."_locale" = 'en'
      WHERE r."_status" = 'published' AND (r."review_state" IS NULL OR r."review_state" <> 'archived')
  )
  INSERT INTO "publications" ("record_collection", "record_id", "slug", "title", "first_published_at", "datestamp", "withdrawn")
  SELECT "collection"::"enum_publications_record_collection", "id", "slug", "title", "created_at", date_trunc('second', "updated_at"), false
    FROM "public_records";

  INSERT INTO "publications_texts" ("order", "parent_id", "path", "text")
  SELECT 1, p."id", 'sets', 'type' FROM "publications" p
  UNION ALL
  SELECT 2, p."id", 'sets', 'type:' || CASE p."record_collection"
      WHEN 'pilots' THEN 'pilot' WHEN 'practices' THEN 'practice' WHEN 'lessons' THEN 'lesson' ELSE 'document' END
    FROM "publications" p;

  WITH "public_pilots" AS (
    SELECT "id", "slug" FROM "pilots"
      WHERE "_status" = 'published' AND ("review_state" IS NULL OR "review_state" <> 'archived') AND "slug" IS NOT NULL
  ), "memberships" AS (
    SELECT 'pilots' AS "collection", "id" AS "record_id", "id" AS "pilot_id" FROM "pilots"
    UNION ALL SELECT 'practices', "parent_id", "pilots_id" FROM "practices_rels" WHERE "path" = 'pilots'
    UNION ALL SELECT 'lessons', "id", "pilot_id" FROM "lessons"
    UNION ALL SELECT 'documents', "id", "pilot_id" FROM "documents"
  )
  , "pilot_sets" AS (
    SELECT DISTINCT p."id" AS "parent_id", pp."slug"
      FROM "publications" p
      JOIN "memberships" m ON m."collection" = p."record_collection"::text AND m."record_id" = p."record_id"
      JOIN "public_pilots" pp ON pp."id" = m."pilot_id"
  )
  INSERT INTO "publications_texts" ("order", "parent_id", "path", "text")
  SELECT DISTINCT 3, "parent_id", 'sets', 'pilot' FROM "pilot_sets"
  UNION ALL
  SELECT 3 + row_number() OVER (PARTITION BY "parent_id" ORDER BY "slug"), "parent_id", 'sets', 'pilot:' || "slug" FROM "pilot_sets";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_texts" CASCADE;
  DROP TABLE "alert_subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_subscriptions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'searchSync', 'searchReconcile', 'extractDocumentText');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'searchSync', 'searchReconcile', 'extractDocumentText');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_publications_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_subscriptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_subscriptions_id";
  DROP TYPE "public"."enum_publications_record_collection";
  DROP TYPE "public"."enum_alert_subscriptions_locale";
  DROP TYPE "public"."enum_alert_subscriptions_frequency";
  DROP TYPE "public"."enum_alert_subscriptions_status";`)
}
