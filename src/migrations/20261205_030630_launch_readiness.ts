import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enquiry_access_action" AS ENUM('view', 'export', 'erasure');
  CREATE TABLE "enquiry_access" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_enquiry_access_action" NOT NULL,
  	"enquiry_id" numeric NOT NULL,
  	"user_id" integer,
  	"user_email" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "launch_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"test_email_at" timestamp(3) with time zone,
  	"test_email_to" varchar,
  	"test_email_failure_at" timestamp(3) with time zone,
  	"test_email_error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "enquiries" ALTER COLUMN "consent" DROP DEFAULT;
  ALTER TABLE "enquiries" ALTER COLUMN "consent" DROP NOT NULL;
  ALTER TABLE "privacy_notice_locales" ALTER COLUMN "body" DROP NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enquiry_access_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "reply_working_days" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "controller_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "controller_address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "controller_email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "controller_vat_number" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "controller_pec" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "processors_hosting" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "processors_email" varchar;
  ALTER TABLE "privacy_notice" ADD COLUMN "reviewed" boolean DEFAULT false;
  ALTER TABLE "privacy_notice" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "backup_status" ADD COLUMN "last_encrypted" boolean;
  ALTER TABLE "backup_status" ADD COLUMN "last_offsite_at" timestamp(3) with time zone;
  ALTER TABLE "backup_status" ADD COLUMN "last_offsite_target" varchar;
  ALTER TABLE "backup_status" ADD COLUMN "last_offsite_failure_at" timestamp(3) with time zone;
  ALTER TABLE "backup_status" ADD COLUMN "last_offsite_error" varchar;
  ALTER TABLE "enquiry_access" ADD CONSTRAINT "enquiry_access_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "enquiry_access_enquiry_id_idx" ON "enquiry_access" USING btree ("enquiry_id");
  CREATE INDEX "enquiry_access_user_idx" ON "enquiry_access" USING btree ("user_id");
  CREATE INDEX "enquiry_access_expires_at_idx" ON "enquiry_access" USING btree ("expires_at");
  CREATE INDEX "enquiry_access_updated_at_idx" ON "enquiry_access" USING btree ("updated_at");
  CREATE INDEX "enquiry_access_created_at_idx" ON "enquiry_access" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enquiry_access_fk" FOREIGN KEY ("enquiry_access_id") REFERENCES "public"."enquiry_access"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_enquiry_access_id_idx" ON "payload_locked_documents_rels" USING btree ("enquiry_access_id");
  ALTER TABLE "privacy_notice_locales" DROP COLUMN "title";`)
  // The notice is now built from the controller's details (src/privacy/notice.ts). The seeded
  // draft (consent as legal basis, no controller, "BOZZA DA RIVEDERE") must never be shown again:
  // its text, edited or not, is dropped where it still carries the draft's heading.
  await db.execute(sql`
  UPDATE "privacy_notice_locales" SET "body" = NULL
  WHERE "body"::text LIKE '%BOZZA DA RIVEDERE%' OR "body"::text LIKE '%DRAFT FOR REVIEW%';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiry_access" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "launch_status" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "enquiry_access" CASCADE;
  DROP TABLE "launch_status" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enquiry_access_fk";
  
  DROP INDEX "payload_locked_documents_rels_enquiry_access_id_idx";
  ALTER TABLE "enquiries" ALTER COLUMN "consent" SET DEFAULT false;
  ALTER TABLE "enquiries" ALTER COLUMN "consent" SET NOT NULL;
    ALTER TABLE "privacy_notice_locales" ADD COLUMN "title" varchar;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enquiry_access_id";
  ALTER TABLE "site_settings" DROP COLUMN "reply_working_days";
  ALTER TABLE "site_settings" DROP COLUMN "controller_name";
  ALTER TABLE "site_settings" DROP COLUMN "controller_address";
  ALTER TABLE "site_settings" DROP COLUMN "controller_email";
  ALTER TABLE "site_settings" DROP COLUMN "controller_vat_number";
  ALTER TABLE "site_settings" DROP COLUMN "controller_pec";
  ALTER TABLE "site_settings" DROP COLUMN "processors_hosting";
  ALTER TABLE "site_settings" DROP COLUMN "processors_email";
  ALTER TABLE "privacy_notice" DROP COLUMN "reviewed";
  ALTER TABLE "privacy_notice" DROP COLUMN "reviewed_at";
  ALTER TABLE "backup_status" DROP COLUMN "last_encrypted";
  ALTER TABLE "backup_status" DROP COLUMN "last_offsite_at";
  ALTER TABLE "backup_status" DROP COLUMN "last_offsite_target";
  ALTER TABLE "backup_status" DROP COLUMN "last_offsite_failure_at";
  ALTER TABLE "backup_status" DROP COLUMN "last_offsite_error";
  DROP TYPE "public"."enum_enquiry_access_action";`)
}
