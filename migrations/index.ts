import * as migration_20261129_161616_initial from './20261129_161616_initial';
import * as migration_20261129_164551_search_jobs from './20261129_164551_search_jobs';
import * as migration_20261129_165710_review_workflow from './20261129_165710_review_workflow';
import * as migration_20261129_170650_document_texts from './20261129_170650_document_texts';
import * as migration_20261129_173800_rate_limits from './20261129_173800_rate_limits';
import * as migration_20261129_190953_drop_documents_extracted_text from './20261129_190953_drop_documents_extracted_text';
import * as migration_20261201_233131_s3_storage_fields from './20261201_233131_s3_storage_fields';
import * as migration_20261202_014805_open_knowledge from './20261202_014805_open_knowledge';
import * as migration_20261202_015336_admin_journeys from './20261202_015336_admin_journeys';
import * as migration_20261202_015637_signed_in_security from './20261202_015637_signed_in_security';
import * as migration_20261202_030602_search_misses from './20261202_030602_search_misses';

export const migrations = [
  {
    up: migration_20261129_161616_initial.up,
    down: migration_20261129_161616_initial.down,
    name: '20261129_161616_initial',
  },
  {
    up: migration_20261129_164551_search_jobs.up,
    down: migration_20261129_164551_search_jobs.down,
    name: '20261129_164551_search_jobs',
  },
  {
    up: migration_20261129_165710_review_workflow.up,
    down: migration_20261129_165710_review_workflow.down,
    name: '20261129_165710_review_workflow',
  },
  {
    up: migration_20261129_170650_document_texts.up,
    down: migration_20261129_170650_document_texts.down,
    name: '20261129_170650_document_texts',
  },
  {
    up: migration_20261129_173800_rate_limits.up,
    down: migration_20261129_173800_rate_limits.down,
    name: '20261129_173800_rate_limits',
  },
  {
    up: migration_20261129_190953_drop_documents_extracted_text.up,
    down: migration_20261129_190953_drop_documents_extracted_text.down,
    name: '20261129_190953_drop_documents_extracted_text',
  },
  {
    up: migration_20261201_233131_s3_storage_fields.up,
    down: migration_20261201_233131_s3_storage_fields.down,
    name: '20261201_233131_s3_storage_fields',
  },
  {
    up: migration_20261202_014805_open_knowledge.up,
    down: migration_20261202_014805_open_knowledge.down,
    name: '20261202_014805_open_knowledge',
  },
  {
    up: migration_20261202_015336_admin_journeys.up,
    down: migration_20261202_015336_admin_journeys.down,
    name: '20261202_015336_admin_journeys',
  },
  {
    up: migration_20261202_015637_signed_in_security.up,
    down: migration_20261202_015637_signed_in_security.down,
    name: '20261202_015637_signed_in_security',
  },
  {
    up: migration_20261202_030602_search_misses.up,
    down: migration_20261202_030602_search_misses.down,
    name: '20261202_030602_search_misses'
  },
];
