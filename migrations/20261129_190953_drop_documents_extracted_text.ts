import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP COLUMN "extracted_text";
  ALTER TABLE "_documents_v" DROP COLUMN "version_extracted_text";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" ADD COLUMN "extracted_text" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_extracted_text" varchar;`)
}
