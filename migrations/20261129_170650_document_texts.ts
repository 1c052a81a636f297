import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_document_texts_status" AS ENUM('extracted', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'extractDocumentText';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'extractDocumentText';
  CREATE TABLE "document_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"filename" varchar NOT NULL,
  	"status" "enum_document_texts_status" NOT NULL,
  	"reason" varchar,
  	"characters" numeric,
  	"truncated" boolean,
  	"pages" numeric,
  	"duration_ms" numeric,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_texts_id" integer;
  ALTER TABLE "document_texts" ADD CONSTRAINT "document_texts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "document_texts_document_idx" ON "document_texts" USING btree ("document_id");
  CREATE INDEX "document_texts_filename_idx" ON "document_texts" USING btree ("filename");
  CREATE INDEX "document_texts_updated_at_idx" ON "document_texts" USING btree ("updated_at");
  CREATE INDEX "document_texts_created_at_idx" ON "document_texts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_texts_fk" FOREIGN KEY ("document_texts_id") REFERENCES "public"."document_texts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_texts_id_idx" ON "payload_locked_documents_rels" USING btree ("document_texts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "document_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_texts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'searchSync', 'searchReconcile');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'searchSync', 'searchReconcile');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_document_texts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_texts_id";
  DROP TYPE "public"."enum_document_texts_status";`)
}
