import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_faqs_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__faqs_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_services_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__services_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_kit_items_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__kit_items_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum_associations_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TYPE "public"."enum__associations_v_version_translation_status" AS ENUM('complete', 'missing', 'outdated');
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"translation" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "faqs" ADD COLUMN "translation_status" "enum_faqs_translation_status";
  ALTER TABLE "faqs" ADD COLUMN "translation_state" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_translation_status" "enum__faqs_v_version_translation_status";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_translation_state" jsonb;
  ALTER TABLE "services" ADD COLUMN "translation_status" "enum_services_translation_status";
  ALTER TABLE "services" ADD COLUMN "translation_state" jsonb;
  ALTER TABLE "_services_v" ADD COLUMN "version_translation_status" "enum__services_v_version_translation_status";
  ALTER TABLE "_services_v" ADD COLUMN "version_translation_state" jsonb;
  ALTER TABLE "kit_items" ADD COLUMN "translation_status" "enum_kit_items_translation_status";
  ALTER TABLE "kit_items" ADD COLUMN "translation_state" jsonb;
  ALTER TABLE "_kit_items_v" ADD COLUMN "version_translation_status" "enum__kit_items_v_version_translation_status";
  ALTER TABLE "_kit_items_v" ADD COLUMN "version_translation_state" jsonb;
  ALTER TABLE "associations" ADD COLUMN "translation_status" "enum_associations_translation_status";
  ALTER TABLE "associations" ADD COLUMN "translation_state" jsonb;
  ALTER TABLE "_associations_v" ADD COLUMN "version_translation_status" "enum__associations_v_version_translation_status";
  ALTER TABLE "_associations_v" ADD COLUMN "version_translation_state" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_id" integer;
  CREATE UNIQUE INDEX "glossary_term_idx" ON "glossary" USING btree ("term");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_translation_status_idx" ON "faqs" USING btree ("translation_status");
  CREATE INDEX "_faqs_v_version_version_translation_status_idx" ON "_faqs_v" USING btree ("version_translation_status");
  CREATE INDEX "services_translation_status_idx" ON "services" USING btree ("translation_status");
  CREATE INDEX "_services_v_version_version_translation_status_idx" ON "_services_v" USING btree ("version_translation_status");
  CREATE INDEX "kit_items_translation_status_idx" ON "kit_items" USING btree ("translation_status");
  CREATE INDEX "_kit_items_v_version_version_translation_status_idx" ON "_kit_items_v" USING btree ("version_translation_status");
  CREATE INDEX "associations_translation_status_idx" ON "associations" USING btree ("translation_status");
  CREATE INDEX "_associations_v_version_version_translation_status_idx" ON "_associations_v" USING btree ("version_translation_status");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "glossary" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_fk";
  
  DROP INDEX "faqs_translation_status_idx";
  DROP INDEX "_faqs_v_version_version_translation_status_idx";
  DROP INDEX "services_translation_status_idx";
  DROP INDEX "_services_v_version_version_translation_status_idx";
  DROP INDEX "kit_items_translation_status_idx";
  DROP INDEX "_kit_items_v_version_version_translation_status_idx";
  DROP INDEX "associations_translation_status_idx";
  DROP INDEX "_associations_v_version_version_translation_status_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_id_idx";
  ALTER TABLE "faqs" DROP COLUMN "translation_status";
  ALTER TABLE "faqs" DROP COLUMN "translation_state";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_translation_state";
  ALTER TABLE "services" DROP COLUMN "translation_status";
  ALTER TABLE "services" DROP COLUMN "translation_state";
  ALTER TABLE "_services_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_services_v" DROP COLUMN "version_translation_state";
  ALTER TABLE "kit_items" DROP COLUMN "translation_status";
  ALTER TABLE "kit_items" DROP COLUMN "translation_state";
  ALTER TABLE "_kit_items_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_kit_items_v" DROP COLUMN "version_translation_state";
  ALTER TABLE "associations" DROP COLUMN "translation_status";
  ALTER TABLE "associations" DROP COLUMN "translation_state";
  ALTER TABLE "_associations_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_associations_v" DROP COLUMN "version_translation_state";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_id";
  DROP TYPE "public"."enum_faqs_translation_status";
  DROP TYPE "public"."enum__faqs_v_version_translation_status";
  DROP TYPE "public"."enum_services_translation_status";
  DROP TYPE "public"."enum__services_v_version_translation_status";
  DROP TYPE "public"."enum_kit_items_translation_status";
  DROP TYPE "public"."enum__kit_items_v_version_translation_status";
  DROP TYPE "public"."enum_associations_translation_status";
  DROP TYPE "public"."enum__associations_v_version_translation_status";`)
}
