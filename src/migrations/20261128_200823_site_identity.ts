import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "coordinator_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accent_colour" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "portrait_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_home_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_faq_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_services_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_kit_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_association_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "hero_images_contact_id" integer;
  ALTER TABLE "site_settings_locales" ADD COLUMN "role" varchar;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_rels_order_idx" ON "site_settings_rels" USING btree ("order");
  CREATE INDEX "site_settings_rels_parent_idx" ON "site_settings_rels" USING btree ("parent_id");
  CREATE INDEX "site_settings_rels_path_idx" ON "site_settings_rels" USING btree ("path");
  CREATE INDEX "site_settings_rels_faqs_id_idx" ON "site_settings_rels" USING btree ("faqs_id");
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_home_id_media_id_fk" FOREIGN KEY ("hero_images_home_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_faq_id_media_id_fk" FOREIGN KEY ("hero_images_faq_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_services_id_media_id_fk" FOREIGN KEY ("hero_images_services_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_kit_id_media_id_fk" FOREIGN KEY ("hero_images_kit_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_association_id_media_id_fk" FOREIGN KEY ("hero_images_association_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_images_contact_id_media_id_fk" FOREIGN KEY ("hero_images_contact_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");
  CREATE INDEX "site_settings_portrait_idx" ON "site_settings" USING btree ("portrait_id");
  CREATE INDEX "site_settings_hero_images_hero_images_home_idx" ON "site_settings" USING btree ("hero_images_home_id");
  CREATE INDEX "site_settings_hero_images_hero_images_faq_idx" ON "site_settings" USING btree ("hero_images_faq_id");
  CREATE INDEX "site_settings_hero_images_hero_images_services_idx" ON "site_settings" USING btree ("hero_images_services_id");
  CREATE INDEX "site_settings_hero_images_hero_images_kit_idx" ON "site_settings" USING btree ("hero_images_kit_id");
  CREATE INDEX "site_settings_hero_images_hero_images_association_idx" ON "site_settings" USING btree ("hero_images_association_id");
  CREATE INDEX "site_settings_hero_images_hero_images_contact_idx" ON "site_settings" USING btree ("hero_images_contact_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_settings_rels" CASCADE;
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_logo_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_portrait_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_home_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_faq_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_services_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_kit_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_association_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hero_images_contact_id_media_id_fk";
  
  DROP INDEX "site_settings_logo_idx";
  DROP INDEX "site_settings_portrait_idx";
  DROP INDEX "site_settings_hero_images_hero_images_home_idx";
  DROP INDEX "site_settings_hero_images_hero_images_faq_idx";
  DROP INDEX "site_settings_hero_images_hero_images_services_idx";
  DROP INDEX "site_settings_hero_images_hero_images_kit_idx";
  DROP INDEX "site_settings_hero_images_hero_images_association_idx";
  DROP INDEX "site_settings_hero_images_hero_images_contact_idx";
  ALTER TABLE "site_settings" DROP COLUMN "coordinator_name";
  ALTER TABLE "site_settings" DROP COLUMN "accent_colour";
  ALTER TABLE "site_settings" DROP COLUMN "logo_id";
  ALTER TABLE "site_settings" DROP COLUMN "portrait_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_home_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_faq_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_services_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_kit_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_association_id";
  ALTER TABLE "site_settings" DROP COLUMN "hero_images_contact_id";
  ALTER TABLE "site_settings_locales" DROP COLUMN "role";`)
}
