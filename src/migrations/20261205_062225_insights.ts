import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 25, "Insights": the page an enquiry was sent from (a Payload field), and the two tables of
 * aggregate counts written by src/insights/counter.ts (by hand: they are counters, not documents,
 * and Payload does not model an upsert). Nothing in them identifies a visitor: a day, a public
 * path, a language, a referring host; a day, a language, a normalized search and whether it found
 * anything.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" ADD COLUMN "from_path" varchar;
   CREATE TABLE IF NOT EXISTS "insights_page_views" (
     "day" date NOT NULL,
     "path" varchar(300) NOT NULL,
     "locale" varchar(5) NOT NULL,
     "referrer_host" varchar(253) NOT NULL DEFAULT '',
     "views" integer NOT NULL DEFAULT 0,
     PRIMARY KEY ("day", "path", "locale", "referrer_host")
   );
   CREATE TABLE IF NOT EXISTS "insights_searches" (
     "day" date NOT NULL,
     "locale" varchar(5) NOT NULL,
     "query" varchar(200) NOT NULL,
     "found" boolean NOT NULL,
     "count" integer NOT NULL DEFAULT 0,
     PRIMARY KEY ("day", "locale", "query", "found")
   );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE IF EXISTS "insights_searches";
   DROP TABLE IF EXISTS "insights_page_views";
   ALTER TABLE "enquiries" DROP COLUMN "from_path";`)
}
