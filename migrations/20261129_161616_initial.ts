import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_pilots_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum_pilots_target_groups" AS ENUM('third-country-nationals', 'refugees', 'asylum-seekers', 'family-migrants', 'aspiring-entrepreneurs', 'entrepreneurs', 'jobseekers', 'families', 'children', 'youth', 'women', 'qualified-migrants', 'local-services', 'schools', 'financial-institutions', 'civil-society');
  CREATE TYPE "public"."enum_pilots_intervention_types" AS ENUM('training', 'coaching', 'mentoring', 'microcredit', 'financial-education', 'diploma-recognition', 'school-activities', 'multilingual-services', 'dialogue-forum', 'outreach');
  CREATE TYPE "public"."enum_pilots_funding_co_financing_instrument" AS ENUM('eu-grant', 'ceb-loan', 'national-funding', 'local-funding', 'private-co-financing', 'guarantee');
  CREATE TYPE "public"."enum_pilots_funding_instruments" AS ENUM('eu-grant', 'ceb-loan', 'national-funding', 'local-funding', 'private-co-financing', 'guarantee');
  CREATE TYPE "public"."enum_pilots_country" AS ENUM('AL', 'AD', 'AM', 'AT', 'AZ', 'BE', 'BA', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GE', 'DE', 'GR', 'HU', 'IS', 'IE', 'IT', 'LV', 'LI', 'LT', 'LU', 'MT', 'MD', 'MC', 'ME', 'NL', 'NO', 'PL', 'PT', 'RO', 'SM', 'RS', 'SK', 'SI', 'ES', 'SE', 'CH', 'MK', 'TR', 'UA', 'GB');
  CREATE TYPE "public"."enum_pilots_project_status" AS ENUM('planned', 'ongoing', 'completed', 'mainstreamed');
  CREATE TYPE "public"."enum_pilots_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pilots_v_version_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum__pilots_v_version_target_groups" AS ENUM('third-country-nationals', 'refugees', 'asylum-seekers', 'family-migrants', 'aspiring-entrepreneurs', 'entrepreneurs', 'jobseekers', 'families', 'children', 'youth', 'women', 'qualified-migrants', 'local-services', 'schools', 'financial-institutions', 'civil-society');
  CREATE TYPE "public"."enum__pilots_v_version_intervention_types" AS ENUM('training', 'coaching', 'mentoring', 'microcredit', 'financial-education', 'diploma-recognition', 'school-activities', 'multilingual-services', 'dialogue-forum', 'outreach');
  CREATE TYPE "public"."enum__pilots_v_version_funding_co_financing_instrument" AS ENUM('eu-grant', 'ceb-loan', 'national-funding', 'local-funding', 'private-co-financing', 'guarantee');
  CREATE TYPE "public"."enum__pilots_v_version_funding_instruments" AS ENUM('eu-grant', 'ceb-loan', 'national-funding', 'local-funding', 'private-co-financing', 'guarantee');
  CREATE TYPE "public"."enum__pilots_v_version_country" AS ENUM('AL', 'AD', 'AM', 'AT', 'AZ', 'BE', 'BA', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GE', 'DE', 'GR', 'HU', 'IS', 'IE', 'IT', 'LV', 'LI', 'LT', 'LU', 'MT', 'MD', 'MC', 'ME', 'NL', 'NO', 'PL', 'PT', 'RO', 'SM', 'RS', 'SK', 'SI', 'ES', 'SE', 'CH', 'MK', 'TR', 'UA', 'GB');
  CREATE TYPE "public"."enum__pilots_v_version_project_status" AS ENUM('planned', 'ongoing', 'completed', 'mainstreamed');
  CREATE TYPE "public"."enum__pilots_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pilots_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_practices_delivery_languages" AS ENUM('en', 'fr', 'nl', 'fi', 'sv', 'it', 'de', 'es', 'pt', 'ar', 'fa', 'ps', 'so', 'ti', 'tr', 'ru', 'uk', 'ro', 'et', 'zh');
  CREATE TYPE "public"."enum_practices_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum_practices_target_groups" AS ENUM('third-country-nationals', 'refugees', 'asylum-seekers', 'family-migrants', 'aspiring-entrepreneurs', 'entrepreneurs', 'jobseekers', 'families', 'children', 'youth', 'women', 'qualified-migrants', 'local-services', 'schools', 'financial-institutions', 'civil-society');
  CREATE TYPE "public"."enum_practices_intervention_types" AS ENUM('training', 'coaching', 'mentoring', 'microcredit', 'financial-education', 'diploma-recognition', 'school-activities', 'multilingual-services', 'dialogue-forum', 'outreach');
  CREATE TYPE "public"."enum_practices_evidence_level" AS ENUM('described', 'monitored', 'independently-evaluated');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_delivery_languages" AS ENUM('en', 'fr', 'nl', 'fi', 'sv', 'it', 'de', 'es', 'pt', 'ar', 'fa', 'ps', 'so', 'ti', 'tr', 'ru', 'uk', 'ro', 'et', 'zh');
  CREATE TYPE "public"."enum__practices_v_version_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum__practices_v_version_target_groups" AS ENUM('third-country-nationals', 'refugees', 'asylum-seekers', 'family-migrants', 'aspiring-entrepreneurs', 'entrepreneurs', 'jobseekers', 'families', 'children', 'youth', 'women', 'qualified-migrants', 'local-services', 'schools', 'financial-institutions', 'civil-society');
  CREATE TYPE "public"."enum__practices_v_version_intervention_types" AS ENUM('training', 'coaching', 'mentoring', 'microcredit', 'financial-education', 'diploma-recognition', 'school-activities', 'multilingual-services', 'dialogue-forum', 'outreach');
  CREATE TYPE "public"."enum__practices_v_version_evidence_level" AS ENUM('described', 'monitored', 'independently-evaluated');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_lessons_audience" AS ENUM('city-officials', 'ngos', 'microfinance-institutions', 'banks', 'researchers', 'funders');
  CREATE TYPE "public"."enum_lessons_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum_lessons_kind" AS ENUM('success', 'challenge', 'risk');
  CREATE TYPE "public"."enum_lessons_phase" AS ENUM('design', 'outreach', 'selection', 'delivery', 'financing', 'follow-up', 'partnership', 'scaling');
  CREATE TYPE "public"."enum_lessons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_version_audience" AS ENUM('city-officials', 'ngos', 'microfinance-institutions', 'banks', 'researchers', 'funders');
  CREATE TYPE "public"."enum__lessons_v_version_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum__lessons_v_version_kind" AS ENUM('success', 'challenge', 'risk');
  CREATE TYPE "public"."enum__lessons_v_version_phase" AS ENUM('design', 'outreach', 'selection', 'delivery', 'financing', 'follow-up', 'partnership', 'scaling');
  CREATE TYPE "public"."enum__lessons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_documents_languages" AS ENUM('en', 'fr', 'nl', 'fi', 'sv', 'it', 'de', 'es', 'pt', 'ar', 'fa', 'ps', 'so', 'ti', 'tr', 'ru', 'uk', 'ro', 'et', 'zh');
  CREATE TYPE "public"."enum_documents_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('evaluation', 'report', 'toolkit', 'template', 'presentation', 'policy-brief');
  CREATE TYPE "public"."enum_documents_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0', 'all-rights-reserved');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_languages" AS ENUM('en', 'fr', 'nl', 'fi', 'sv', 'it', 'de', 'es', 'pt', 'ar', 'fa', 'ps', 'so', 'ti', 'tr', 'ru', 'uk', 'ro', 'et', 'zh');
  CREATE TYPE "public"."enum__documents_v_version_themes" AS ENUM('employment-skills', 'entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'education-children', 'family-community', 'health', 'housing', 'language-communication', 'governance-partnerships', 'blended-finance', 'public-services');
  CREATE TYPE "public"."enum__documents_v_version_kind" AS ENUM('evaluation', 'report', 'toolkit', 'template', 'presentation', 'policy-brief');
  CREATE TYPE "public"."enum__documents_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0', 'all-rights-reserved');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor');
  CREATE TABLE "pilots_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "pilots_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pilots_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pilots_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pilots_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pilots_intervention_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pilots_intervention_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pilots_funding_co_financing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation" varchar,
  	"instrument" "enum_pilots_funding_co_financing_instrument",
  	"amount_eur" numeric
  );
  
  CREATE TABLE "pilots_funding_instruments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pilots_funding_instruments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pilots_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"baseline" numeric,
  	"target" numeric,
  	"actual" numeric,
  	"is_sample" boolean DEFAULT false
  );
  
  CREATE TABLE "pilots_indicators_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pilots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"country" "enum_pilots_country",
  	"project_status" "enum_pilots_project_status" DEFAULT 'ongoing',
  	"implementer" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"funding_ceb_loan_borrower" varchar,
  	"funding_ceb_loan_amount_eur" numeric,
  	"funding_ceb_loan_year" numeric,
  	"contact_email" varchar,
  	"is_sample" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pilots_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pilots_locales" (
  	"name" varchar,
  	"place" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"funding_eu_grant_programme" varchar,
  	"funding_eu_grant_fund" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pilots_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pilots_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pilots_v_version_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pilots_v_version_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pilots_v_version_intervention_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pilots_v_version_intervention_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pilots_v_version_funding_co_financing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar,
  	"instrument" "enum__pilots_v_version_funding_co_financing_instrument",
  	"amount_eur" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_funding_instruments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pilots_v_version_funding_instruments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pilots_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"baseline" numeric,
  	"target" numeric,
  	"actual" numeric,
  	"is_sample" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_indicators_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pilots_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_country" "enum__pilots_v_version_country",
  	"version_project_status" "enum__pilots_v_version_project_status" DEFAULT 'ongoing',
  	"version_implementer" varchar,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_funding_ceb_loan_borrower" varchar,
  	"version_funding_ceb_loan_amount_eur" numeric,
  	"version_funding_ceb_loan_year" numeric,
  	"version_contact_email" varchar,
  	"version_is_sample" boolean DEFAULT false,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pilots_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pilots_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pilots_v_locales" (
  	"version_name" varchar,
  	"version_place" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_funding_eu_grant_programme" varchar,
  	"version_funding_eu_grant_fund" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_delivery_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_delivery_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_intervention_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_intervention_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"resources_cost_per_participant_eur" numeric,
  	"evidence_level" "enum_practices_evidence_level" DEFAULT 'described',
  	"is_sample" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"problem" jsonb,
  	"resources_staff" varchar,
  	"results" jsonb,
  	"transfer_conditions" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pilots_id" integer
  );
  
  CREATE TABLE "_practices_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_delivery_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_delivery_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_intervention_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_intervention_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_resources_cost_per_participant_eur" numeric,
  	"version_evidence_level" "enum__practices_v_version_evidence_level" DEFAULT 'described',
  	"version_is_sample" boolean DEFAULT false,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__practices_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_practices_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_problem" jsonb,
  	"version_resources_staff" varchar,
  	"version_results" jsonb,
  	"version_transfer_conditions" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pilots_id" integer
  );
  
  CREATE TABLE "lessons_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_lessons_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lessons_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_lessons_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lessons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"pilot_id" integer,
  	"kind" "enum_lessons_kind",
  	"phase" "enum_lessons_phase",
  	"is_sample" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lessons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lessons_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"context" jsonb,
  	"expected" jsonb,
  	"what_happened" jsonb,
  	"why" jsonb,
  	"recommendation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "lessons_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_lessons_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__lessons_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_lessons_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__lessons_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_lessons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_pilot_id" integer,
  	"version_kind" "enum__lessons_v_version_kind",
  	"version_phase" "enum__lessons_v_version_phase",
  	"version_is_sample" boolean DEFAULT false,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lessons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__lessons_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_lessons_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_context" jsonb,
  	"version_expected" jsonb,
  	"version_what_happened" jsonb,
  	"version_why" jsonb,
  	"version_recommendation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_lessons_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "documents_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "documents_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_documents_kind",
  	"date" timestamp(3) with time zone,
  	"organisation" varchar,
  	"licence" "enum_documents_licence" DEFAULT 'cc-by-4.0',
  	"pilot_id" integer,
  	"extracted_text" varchar,
  	"is_sample" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__documents_v_version_kind",
  	"version_date" timestamp(3) with time zone,
  	"version_organisation" varchar,
  	"version_licence" "enum__documents_v_version_licence" DEFAULT 'cc-by-4.0',
  	"version_pilot_id" integer,
  	"version_extracted_text" varchar,
  	"version_is_sample" boolean DEFAULT false,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"is_sample" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pilots_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pilots_id" integer,
  	"practices_id" integer,
  	"lessons_id" integer,
  	"documents_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pilots_partners" ADD CONSTRAINT "pilots_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_themes" ADD CONSTRAINT "pilots_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_target_groups" ADD CONSTRAINT "pilots_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_intervention_types" ADD CONSTRAINT "pilots_intervention_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_funding_co_financing" ADD CONSTRAINT "pilots_funding_co_financing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_funding_instruments" ADD CONSTRAINT "pilots_funding_instruments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_indicators" ADD CONSTRAINT "pilots_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_indicators_locales" ADD CONSTRAINT "pilots_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_locales" ADD CONSTRAINT "pilots_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_partners" ADD CONSTRAINT "_pilots_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_themes" ADD CONSTRAINT "_pilots_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_target_groups" ADD CONSTRAINT "_pilots_v_version_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_intervention_types" ADD CONSTRAINT "_pilots_v_version_intervention_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_funding_co_financing" ADD CONSTRAINT "_pilots_v_version_funding_co_financing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_funding_instruments" ADD CONSTRAINT "_pilots_v_version_funding_instruments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_indicators" ADD CONSTRAINT "_pilots_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_indicators_locales" ADD CONSTRAINT "_pilots_v_version_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v_version_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_parent_id_pilots_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v_locales" ADD CONSTRAINT "_pilots_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_steps" ADD CONSTRAINT "practices_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_steps_locales" ADD CONSTRAINT "practices_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_delivery_languages" ADD CONSTRAINT "practices_delivery_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_themes" ADD CONSTRAINT "practices_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_target_groups" ADD CONSTRAINT "practices_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_intervention_types" ADD CONSTRAINT "practices_intervention_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_steps" ADD CONSTRAINT "_practices_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_steps_locales" ADD CONSTRAINT "_practices_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_delivery_languages" ADD CONSTRAINT "_practices_v_version_delivery_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_themes" ADD CONSTRAINT "_practices_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_target_groups" ADD CONSTRAINT "_practices_v_version_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_intervention_types" ADD CONSTRAINT "_practices_v_version_intervention_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_audience" ADD CONSTRAINT "lessons_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_themes" ADD CONSTRAINT "lessons_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_locales" ADD CONSTRAINT "lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_audience" ADD CONSTRAINT "_lessons_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_themes" ADD CONSTRAINT "_lessons_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_parent_id_lessons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_pilot_id_pilots_id_fk" FOREIGN KEY ("version_pilot_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_locales" ADD CONSTRAINT "_lessons_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_languages" ADD CONSTRAINT "documents_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_themes" ADD CONSTRAINT "documents_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_languages" ADD CONSTRAINT "_documents_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_themes" ADD CONSTRAINT "_documents_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_pilot_id_pilots_id_fk" FOREIGN KEY ("version_pilot_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pilots_partners_order_idx" ON "pilots_partners" USING btree ("_order");
  CREATE INDEX "pilots_partners_parent_id_idx" ON "pilots_partners" USING btree ("_parent_id");
  CREATE INDEX "pilots_themes_order_idx" ON "pilots_themes" USING btree ("order");
  CREATE INDEX "pilots_themes_parent_idx" ON "pilots_themes" USING btree ("parent_id");
  CREATE INDEX "pilots_target_groups_order_idx" ON "pilots_target_groups" USING btree ("order");
  CREATE INDEX "pilots_target_groups_parent_idx" ON "pilots_target_groups" USING btree ("parent_id");
  CREATE INDEX "pilots_intervention_types_order_idx" ON "pilots_intervention_types" USING btree ("order");
  CREATE INDEX "pilots_intervention_types_parent_idx" ON "pilots_intervention_types" USING btree ("parent_id");
  CREATE INDEX "pilots_funding_co_financing_order_idx" ON "pilots_funding_co_financing" USING btree ("_order");
  CREATE INDEX "pilots_funding_co_financing_parent_id_idx" ON "pilots_funding_co_financing" USING btree ("_parent_id");
  CREATE INDEX "pilots_funding_instruments_order_idx" ON "pilots_funding_instruments" USING btree ("order");
  CREATE INDEX "pilots_funding_instruments_parent_idx" ON "pilots_funding_instruments" USING btree ("parent_id");
  CREATE INDEX "pilots_indicators_order_idx" ON "pilots_indicators" USING btree ("_order");
  CREATE INDEX "pilots_indicators_parent_id_idx" ON "pilots_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pilots_indicators_locales_locale_parent_id_unique" ON "pilots_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pilots_slug_idx" ON "pilots" USING btree ("slug");
  CREATE INDEX "pilots_updated_at_idx" ON "pilots" USING btree ("updated_at");
  CREATE INDEX "pilots_created_at_idx" ON "pilots" USING btree ("created_at");
  CREATE INDEX "pilots__status_idx" ON "pilots" USING btree ("_status");
  CREATE UNIQUE INDEX "pilots_locales_locale_parent_id_unique" ON "pilots_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pilots_v_version_partners_order_idx" ON "_pilots_v_version_partners" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_partners_parent_id_idx" ON "_pilots_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_version_themes_order_idx" ON "_pilots_v_version_themes" USING btree ("order");
  CREATE INDEX "_pilots_v_version_themes_parent_idx" ON "_pilots_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_target_groups_order_idx" ON "_pilots_v_version_target_groups" USING btree ("order");
  CREATE INDEX "_pilots_v_version_target_groups_parent_idx" ON "_pilots_v_version_target_groups" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_intervention_types_order_idx" ON "_pilots_v_version_intervention_types" USING btree ("order");
  CREATE INDEX "_pilots_v_version_intervention_types_parent_idx" ON "_pilots_v_version_intervention_types" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_funding_co_financing_order_idx" ON "_pilots_v_version_funding_co_financing" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_funding_co_financing_parent_id_idx" ON "_pilots_v_version_funding_co_financing" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_version_funding_instruments_order_idx" ON "_pilots_v_version_funding_instruments" USING btree ("order");
  CREATE INDEX "_pilots_v_version_funding_instruments_parent_idx" ON "_pilots_v_version_funding_instruments" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_indicators_order_idx" ON "_pilots_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_indicators_parent_id_idx" ON "_pilots_v_version_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pilots_v_version_indicators_locales_locale_parent_id_unique" ON "_pilots_v_version_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pilots_v_parent_idx" ON "_pilots_v" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_version_slug_idx" ON "_pilots_v" USING btree ("version_slug");
  CREATE INDEX "_pilots_v_version_version_updated_at_idx" ON "_pilots_v" USING btree ("version_updated_at");
  CREATE INDEX "_pilots_v_version_version_created_at_idx" ON "_pilots_v" USING btree ("version_created_at");
  CREATE INDEX "_pilots_v_version_version__status_idx" ON "_pilots_v" USING btree ("version__status");
  CREATE INDEX "_pilots_v_created_at_idx" ON "_pilots_v" USING btree ("created_at");
  CREATE INDEX "_pilots_v_updated_at_idx" ON "_pilots_v" USING btree ("updated_at");
  CREATE INDEX "_pilots_v_snapshot_idx" ON "_pilots_v" USING btree ("snapshot");
  CREATE INDEX "_pilots_v_published_locale_idx" ON "_pilots_v" USING btree ("published_locale");
  CREATE INDEX "_pilots_v_latest_idx" ON "_pilots_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pilots_v_locales_locale_parent_id_unique" ON "_pilots_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_steps_order_idx" ON "practices_steps" USING btree ("_order");
  CREATE INDEX "practices_steps_parent_id_idx" ON "practices_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_steps_locales_locale_parent_id_unique" ON "practices_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_delivery_languages_order_idx" ON "practices_delivery_languages" USING btree ("order");
  CREATE INDEX "practices_delivery_languages_parent_idx" ON "practices_delivery_languages" USING btree ("parent_id");
  CREATE INDEX "practices_themes_order_idx" ON "practices_themes" USING btree ("order");
  CREATE INDEX "practices_themes_parent_idx" ON "practices_themes" USING btree ("parent_id");
  CREATE INDEX "practices_target_groups_order_idx" ON "practices_target_groups" USING btree ("order");
  CREATE INDEX "practices_target_groups_parent_idx" ON "practices_target_groups" USING btree ("parent_id");
  CREATE INDEX "practices_intervention_types_order_idx" ON "practices_intervention_types" USING btree ("order");
  CREATE INDEX "practices_intervention_types_parent_idx" ON "practices_intervention_types" USING btree ("parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE UNIQUE INDEX "practices_locales_locale_parent_id_unique" ON "practices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_pilots_id_idx" ON "practices_rels" USING btree ("pilots_id");
  CREATE INDEX "_practices_v_version_steps_order_idx" ON "_practices_v_version_steps" USING btree ("_order");
  CREATE INDEX "_practices_v_version_steps_parent_id_idx" ON "_practices_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_steps_locales_locale_parent_id_unique" ON "_practices_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_delivery_languages_order_idx" ON "_practices_v_version_delivery_languages" USING btree ("order");
  CREATE INDEX "_practices_v_version_delivery_languages_parent_idx" ON "_practices_v_version_delivery_languages" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_themes_order_idx" ON "_practices_v_version_themes" USING btree ("order");
  CREATE INDEX "_practices_v_version_themes_parent_idx" ON "_practices_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_target_groups_order_idx" ON "_practices_v_version_target_groups" USING btree ("order");
  CREATE INDEX "_practices_v_version_target_groups_parent_idx" ON "_practices_v_version_target_groups" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_intervention_types_order_idx" ON "_practices_v_version_intervention_types" USING btree ("order");
  CREATE INDEX "_practices_v_version_intervention_types_parent_idx" ON "_practices_v_version_intervention_types" USING btree ("parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_snapshot_idx" ON "_practices_v" USING btree ("snapshot");
  CREATE INDEX "_practices_v_published_locale_idx" ON "_practices_v" USING btree ("published_locale");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_practices_v_locales_locale_parent_id_unique" ON "_practices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_pilots_id_idx" ON "_practices_v_rels" USING btree ("pilots_id");
  CREATE INDEX "lessons_audience_order_idx" ON "lessons_audience" USING btree ("order");
  CREATE INDEX "lessons_audience_parent_idx" ON "lessons_audience" USING btree ("parent_id");
  CREATE INDEX "lessons_themes_order_idx" ON "lessons_themes" USING btree ("order");
  CREATE INDEX "lessons_themes_parent_idx" ON "lessons_themes" USING btree ("parent_id");
  CREATE UNIQUE INDEX "lessons_slug_idx" ON "lessons" USING btree ("slug");
  CREATE INDEX "lessons_pilot_idx" ON "lessons" USING btree ("pilot_id");
  CREATE INDEX "lessons_updated_at_idx" ON "lessons" USING btree ("updated_at");
  CREATE INDEX "lessons_created_at_idx" ON "lessons" USING btree ("created_at");
  CREATE INDEX "lessons__status_idx" ON "lessons" USING btree ("_status");
  CREATE UNIQUE INDEX "lessons_locales_locale_parent_id_unique" ON "lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "lessons_rels_order_idx" ON "lessons_rels" USING btree ("order");
  CREATE INDEX "lessons_rels_parent_idx" ON "lessons_rels" USING btree ("parent_id");
  CREATE INDEX "lessons_rels_path_idx" ON "lessons_rels" USING btree ("path");
  CREATE INDEX "lessons_rels_documents_id_idx" ON "lessons_rels" USING btree ("documents_id");
  CREATE INDEX "_lessons_v_version_audience_order_idx" ON "_lessons_v_version_audience" USING btree ("order");
  CREATE INDEX "_lessons_v_version_audience_parent_idx" ON "_lessons_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_version_themes_order_idx" ON "_lessons_v_version_themes" USING btree ("order");
  CREATE INDEX "_lessons_v_version_themes_parent_idx" ON "_lessons_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_parent_idx" ON "_lessons_v" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_version_version_slug_idx" ON "_lessons_v" USING btree ("version_slug");
  CREATE INDEX "_lessons_v_version_version_pilot_idx" ON "_lessons_v" USING btree ("version_pilot_id");
  CREATE INDEX "_lessons_v_version_version_updated_at_idx" ON "_lessons_v" USING btree ("version_updated_at");
  CREATE INDEX "_lessons_v_version_version_created_at_idx" ON "_lessons_v" USING btree ("version_created_at");
  CREATE INDEX "_lessons_v_version_version__status_idx" ON "_lessons_v" USING btree ("version__status");
  CREATE INDEX "_lessons_v_created_at_idx" ON "_lessons_v" USING btree ("created_at");
  CREATE INDEX "_lessons_v_updated_at_idx" ON "_lessons_v" USING btree ("updated_at");
  CREATE INDEX "_lessons_v_snapshot_idx" ON "_lessons_v" USING btree ("snapshot");
  CREATE INDEX "_lessons_v_published_locale_idx" ON "_lessons_v" USING btree ("published_locale");
  CREATE INDEX "_lessons_v_latest_idx" ON "_lessons_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_lessons_v_locales_locale_parent_id_unique" ON "_lessons_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_lessons_v_rels_order_idx" ON "_lessons_v_rels" USING btree ("order");
  CREATE INDEX "_lessons_v_rels_parent_idx" ON "_lessons_v_rels" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_rels_path_idx" ON "_lessons_v_rels" USING btree ("path");
  CREATE INDEX "_lessons_v_rels_documents_id_idx" ON "_lessons_v_rels" USING btree ("documents_id");
  CREATE INDEX "documents_languages_order_idx" ON "documents_languages" USING btree ("order");
  CREATE INDEX "documents_languages_parent_idx" ON "documents_languages" USING btree ("parent_id");
  CREATE INDEX "documents_themes_order_idx" ON "documents_themes" USING btree ("order");
  CREATE INDEX "documents_themes_parent_idx" ON "documents_themes" USING btree ("parent_id");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_pilot_idx" ON "documents" USING btree ("pilot_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_documents_v_version_languages_order_idx" ON "_documents_v_version_languages" USING btree ("order");
  CREATE INDEX "_documents_v_version_languages_parent_idx" ON "_documents_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_themes_order_idx" ON "_documents_v_version_themes" USING btree ("order");
  CREATE INDEX "_documents_v_version_themes_parent_idx" ON "_documents_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_pilot_idx" ON "_documents_v" USING btree ("version_pilot_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_version_version_filename_idx" ON "_documents_v" USING btree ("version_filename");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_snapshot_idx" ON "_documents_v" USING btree ("snapshot");
  CREATE INDEX "_documents_v_published_locale_idx" ON "_documents_v" USING btree ("published_locale");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_documents_v_locales_locale_parent_id_unique" ON "_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_pilots_id_idx" ON "users_rels" USING btree ("pilots_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pilots_id_idx" ON "payload_locked_documents_rels" USING btree ("pilots_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_lessons_id_idx" ON "payload_locked_documents_rels" USING btree ("lessons_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pilots_partners" CASCADE;
  DROP TABLE "pilots_themes" CASCADE;
  DROP TABLE "pilots_target_groups" CASCADE;
  DROP TABLE "pilots_intervention_types" CASCADE;
  DROP TABLE "pilots_funding_co_financing" CASCADE;
  DROP TABLE "pilots_funding_instruments" CASCADE;
  DROP TABLE "pilots_indicators" CASCADE;
  DROP TABLE "pilots_indicators_locales" CASCADE;
  DROP TABLE "pilots" CASCADE;
  DROP TABLE "pilots_locales" CASCADE;
  DROP TABLE "_pilots_v_version_partners" CASCADE;
  DROP TABLE "_pilots_v_version_themes" CASCADE;
  DROP TABLE "_pilots_v_version_target_groups" CASCADE;
  DROP TABLE "_pilots_v_version_intervention_types" CASCADE;
  DROP TABLE "_pilots_v_version_funding_co_financing" CASCADE;
  DROP TABLE "_pilots_v_version_funding_instruments" CASCADE;
  DROP TABLE "_pilots_v_version_indicators" CASCADE;
  DROP TABLE "_pilots_v_version_indicators_locales" CASCADE;
  DROP TABLE "_pilots_v" CASCADE;
  DROP TABLE "_pilots_v_locales" CASCADE;
  DROP TABLE "practices_steps" CASCADE;
  DROP TABLE "practices_steps_locales" CASCADE;
  DROP TABLE "practices_delivery_languages" CASCADE;
  DROP TABLE "practices_themes" CASCADE;
  DROP TABLE "practices_target_groups" CASCADE;
  DROP TABLE "practices_intervention_types" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_locales" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_steps" CASCADE;
  DROP TABLE "_practices_v_version_steps_locales" CASCADE;
  DROP TABLE "_practices_v_version_delivery_languages" CASCADE;
  DROP TABLE "_practices_v_version_themes" CASCADE;
  DROP TABLE "_practices_v_version_target_groups" CASCADE;
  DROP TABLE "_practices_v_version_intervention_types" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_locales" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "lessons_audience" CASCADE;
  DROP TABLE "lessons_themes" CASCADE;
  DROP TABLE "lessons" CASCADE;
  DROP TABLE "lessons_locales" CASCADE;
  DROP TABLE "lessons_rels" CASCADE;
  DROP TABLE "_lessons_v_version_audience" CASCADE;
  DROP TABLE "_lessons_v_version_themes" CASCADE;
  DROP TABLE "_lessons_v" CASCADE;
  DROP TABLE "_lessons_v_locales" CASCADE;
  DROP TABLE "_lessons_v_rels" CASCADE;
  DROP TABLE "documents_languages" CASCADE;
  DROP TABLE "documents_themes" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "_documents_v_version_languages" CASCADE;
  DROP TABLE "_documents_v_version_themes" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_pilots_themes";
  DROP TYPE "public"."enum_pilots_target_groups";
  DROP TYPE "public"."enum_pilots_intervention_types";
  DROP TYPE "public"."enum_pilots_funding_co_financing_instrument";
  DROP TYPE "public"."enum_pilots_funding_instruments";
  DROP TYPE "public"."enum_pilots_country";
  DROP TYPE "public"."enum_pilots_project_status";
  DROP TYPE "public"."enum_pilots_status";
  DROP TYPE "public"."enum__pilots_v_version_themes";
  DROP TYPE "public"."enum__pilots_v_version_target_groups";
  DROP TYPE "public"."enum__pilots_v_version_intervention_types";
  DROP TYPE "public"."enum__pilots_v_version_funding_co_financing_instrument";
  DROP TYPE "public"."enum__pilots_v_version_funding_instruments";
  DROP TYPE "public"."enum__pilots_v_version_country";
  DROP TYPE "public"."enum__pilots_v_version_project_status";
  DROP TYPE "public"."enum__pilots_v_version_status";
  DROP TYPE "public"."enum__pilots_v_published_locale";
  DROP TYPE "public"."enum_practices_delivery_languages";
  DROP TYPE "public"."enum_practices_themes";
  DROP TYPE "public"."enum_practices_target_groups";
  DROP TYPE "public"."enum_practices_intervention_types";
  DROP TYPE "public"."enum_practices_evidence_level";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_delivery_languages";
  DROP TYPE "public"."enum__practices_v_version_themes";
  DROP TYPE "public"."enum__practices_v_version_target_groups";
  DROP TYPE "public"."enum__practices_v_version_intervention_types";
  DROP TYPE "public"."enum__practices_v_version_evidence_level";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum__practices_v_published_locale";
  DROP TYPE "public"."enum_lessons_audience";
  DROP TYPE "public"."enum_lessons_themes";
  DROP TYPE "public"."enum_lessons_kind";
  DROP TYPE "public"."enum_lessons_phase";
  DROP TYPE "public"."enum_lessons_status";
  DROP TYPE "public"."enum__lessons_v_version_audience";
  DROP TYPE "public"."enum__lessons_v_version_themes";
  DROP TYPE "public"."enum__lessons_v_version_kind";
  DROP TYPE "public"."enum__lessons_v_version_phase";
  DROP TYPE "public"."enum__lessons_v_version_status";
  DROP TYPE "public"."enum__lessons_v_published_locale";
  DROP TYPE "public"."enum_documents_languages";
  DROP TYPE "public"."enum_documents_themes";
  DROP TYPE "public"."enum_documents_kind";
  DROP TYPE "public"."enum_documents_licence";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_languages";
  DROP TYPE "public"."enum__documents_v_version_themes";
  DROP TYPE "public"."enum__documents_v_version_kind";
  DROP TYPE "public"."enum__documents_v_version_licence";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum__documents_v_published_locale";
  DROP TYPE "public"."enum_users_role";`)
}
