import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pilots_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum__pilots_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_practices_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum__practices_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_lessons_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum__lessons_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_review_events_record_collection" AS ENUM('pilots', 'practices', 'lessons', 'documents');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submitForReview', 'requestChanges', 'publish', 'archive', 'restore', 'startRevision');
  CREATE TYPE "public"."enum_review_events_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_review_events_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"record_collection" "enum_review_events_record_collection" NOT NULL,
  	"record_id" varchar NOT NULL,
  	"record_title" varchar,
  	"action" "enum_review_events_action" NOT NULL,
  	"from_state" "enum_review_events_from_state" NOT NULL,
  	"to_state" "enum_review_events_to_state" NOT NULL,
  	"note" varchar,
  	"actor_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pilots" ADD COLUMN "review_state" "enum_pilots_review_state" DEFAULT 'draft';
  ALTER TABLE "pilots" ADD COLUMN "review_note" varchar;
  ALTER TABLE "pilots" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "pilots" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "pilots" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_pilots_v" ADD COLUMN "version_review_state" "enum__pilots_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_pilots_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_pilots_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_pilots_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_pilots_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "practices" ADD COLUMN "review_state" "enum_practices_review_state" DEFAULT 'draft';
  ALTER TABLE "practices" ADD COLUMN "review_note" varchar;
  ALTER TABLE "practices" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "practices" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_review_state" "enum__practices_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_practices_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_practices_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_practices_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "lessons" ADD COLUMN "review_state" "enum_lessons_review_state" DEFAULT 'draft';
  ALTER TABLE "lessons" ADD COLUMN "review_note" varchar;
  ALTER TABLE "lessons" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "lessons" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "lessons" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_review_state" "enum__lessons_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_lessons_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "review_state" "enum_documents_review_state" DEFAULT 'draft';
  ALTER TABLE "documents" ADD COLUMN "review_note" varchar;
  ALTER TABLE "documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_state" "enum__documents_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_events_record_collection_idx" ON "review_events" USING btree ("record_collection");
  CREATE INDEX "review_events_record_id_idx" ON "review_events" USING btree ("record_id");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  ALTER TABLE "pilots" ADD CONSTRAINT "pilots_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pilots" ADD CONSTRAINT "pilots_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pilots_review_state_idx" ON "pilots" USING btree ("review_state");
  CREATE INDEX "pilots_submitted_by_idx" ON "pilots" USING btree ("submitted_by_id");
  CREATE INDEX "pilots_last_edited_by_idx" ON "pilots" USING btree ("last_edited_by_id");
  CREATE INDEX "_pilots_v_version_version_review_state_idx" ON "_pilots_v" USING btree ("version_review_state");
  CREATE INDEX "_pilots_v_version_version_submitted_by_idx" ON "_pilots_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_pilots_v_version_version_last_edited_by_idx" ON "_pilots_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "practices_review_state_idx" ON "practices" USING btree ("review_state");
  CREATE INDEX "practices_submitted_by_idx" ON "practices" USING btree ("submitted_by_id");
  CREATE INDEX "practices_last_edited_by_idx" ON "practices" USING btree ("last_edited_by_id");
  CREATE INDEX "_practices_v_version_version_review_state_idx" ON "_practices_v" USING btree ("version_review_state");
  CREATE INDEX "_practices_v_version_version_submitted_by_idx" ON "_practices_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_practices_v_version_version_last_edited_by_idx" ON "_practices_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "lessons_review_state_idx" ON "lessons" USING btree ("review_state");
  CREATE INDEX "lessons_submitted_by_idx" ON "lessons" USING btree ("submitted_by_id");
  CREATE INDEX "lessons_last_edited_by_idx" ON "lessons" USING btree ("last_edited_by_id");
  CREATE INDEX "_lessons_v_version_version_review_state_idx" ON "_lessons_v" USING btree ("version_review_state");
  CREATE INDEX "_lessons_v_version_version_submitted_by_idx" ON "_lessons_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_lessons_v_version_version_last_edited_by_idx" ON "_lessons_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "documents_review_state_idx" ON "documents" USING btree ("review_state");
  CREATE INDEX "documents_submitted_by_idx" ON "documents" USING btree ("submitted_by_id");
  CREATE INDEX "documents_last_edited_by_idx" ON "documents" USING btree ("last_edited_by_id");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v" USING btree ("version_review_state");
  CREATE INDEX "_documents_v_version_version_submitted_by_idx" ON "_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_documents_v_version_version_last_edited_by_idx" ON "_documents_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  -- Records published before the review workflow existed are published in it too.
  UPDATE "pilots" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_pilots_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "practices" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_practices_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "lessons" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_lessons_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "documents" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_documents_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_events" CASCADE;
  ALTER TABLE "pilots" DROP CONSTRAINT "pilots_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pilots" DROP CONSTRAINT "pilots_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_pilots_v" DROP CONSTRAINT "_pilots_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pilots_v" DROP CONSTRAINT "_pilots_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "practices" DROP CONSTRAINT "practices_submitted_by_id_users_id_fk";
  
  ALTER TABLE "practices" DROP CONSTRAINT "practices_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_submitted_by_id_users_id_fk";
  
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_lessons_v" DROP CONSTRAINT "_lessons_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_lessons_v" DROP CONSTRAINT "_lessons_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "pilots_review_state_idx";
  DROP INDEX "pilots_submitted_by_idx";
  DROP INDEX "pilots_last_edited_by_idx";
  DROP INDEX "_pilots_v_version_version_review_state_idx";
  DROP INDEX "_pilots_v_version_version_submitted_by_idx";
  DROP INDEX "_pilots_v_version_version_last_edited_by_idx";
  DROP INDEX "practices_review_state_idx";
  DROP INDEX "practices_submitted_by_idx";
  DROP INDEX "practices_last_edited_by_idx";
  DROP INDEX "_practices_v_version_version_review_state_idx";
  DROP INDEX "_practices_v_version_version_submitted_by_idx";
  DROP INDEX "_practices_v_version_version_last_edited_by_idx";
  DROP INDEX "lessons_review_state_idx";
  DROP INDEX "lessons_submitted_by_idx";
  DROP INDEX "lessons_last_edited_by_idx";
  DROP INDEX "_lessons_v_version_version_review_state_idx";
  DROP INDEX "_lessons_v_version_version_submitted_by_idx";
  DROP INDEX "_lessons_v_version_version_last_edited_by_idx";
  DROP INDEX "documents_review_state_idx";
  DROP INDEX "documents_submitted_by_idx";
  DROP INDEX "documents_last_edited_by_idx";
  DROP INDEX "_documents_v_version_version_review_state_idx";
  DROP INDEX "_documents_v_version_version_submitted_by_idx";
  DROP INDEX "_documents_v_version_version_last_edited_by_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "pilots" DROP COLUMN "review_state";
  ALTER TABLE "pilots" DROP COLUMN "review_note";
  ALTER TABLE "pilots" DROP COLUMN "submitted_by_id";
  ALTER TABLE "pilots" DROP COLUMN "submitted_at";
  ALTER TABLE "pilots" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_pilots_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_pilots_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_pilots_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_pilots_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_pilots_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "practices" DROP COLUMN "review_state";
  ALTER TABLE "practices" DROP COLUMN "review_note";
  ALTER TABLE "practices" DROP COLUMN "submitted_by_id";
  ALTER TABLE "practices" DROP COLUMN "submitted_at";
  ALTER TABLE "practices" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_practices_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_practices_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_practices_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "lessons" DROP COLUMN "review_state";
  ALTER TABLE "lessons" DROP COLUMN "review_note";
  ALTER TABLE "lessons" DROP COLUMN "submitted_by_id";
  ALTER TABLE "lessons" DROP COLUMN "submitted_at";
  ALTER TABLE "lessons" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "documents" DROP COLUMN "review_state";
  ALTER TABLE "documents" DROP COLUMN "review_note";
  ALTER TABLE "documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "documents" DROP COLUMN "submitted_at";
  ALTER TABLE "documents" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_pilots_review_state";
  DROP TYPE "public"."enum__pilots_v_version_review_state";
  DROP TYPE "public"."enum_practices_review_state";
  DROP TYPE "public"."enum__practices_v_version_review_state";
  DROP TYPE "public"."enum_lessons_review_state";
  DROP TYPE "public"."enum__lessons_v_version_review_state";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum_review_events_record_collection";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from_state";
  DROP TYPE "public"."enum_review_events_to_state";`)
}
