import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './src/collections'
import { localizedFieldsSchema } from './src/collections/localizedFieldsSchema'
import { guardPool } from './src/db/pool'
import { searchIndexes } from './src/db/searchIndexes'
import { answerKnownErrors } from './src/api/afterError'
import { healthEndpoint, readyEndpoint } from './src/topology/health'
import { revalidateEndpoint } from './src/topology/revalidateEndpoint'
import { BackupStatus, scheduledBackupTask } from './src/backup/scheduled'
import { scenaLogger } from './src/api/logger'
import { env, isProduction, maxUploadBytes, payloadSecret, siteUrl } from './src/env'
import { PrivacyNotice } from './src/globals/PrivacyNotice'
import { LaunchStatus } from './src/launch/LaunchStatus'
import { mediaStoragePlugin } from './src/media/storage'
import { testEmailEndpoint } from './src/launch/testEmail'
import { SiteSettings } from './src/globals/SiteSettings'
import { rejectBadQuery } from './src/hooks/rejectBadQuery'
import { revalidateInNext } from './src/topology/refresh'
import { withSizeLimits } from './src/hooks/rejectOversizedValues'
import { withRequestChecks } from './src/hooks/rejectUnknownLocale'
import { adminLocaleLabels, adminTranslations } from './src/i18n/admin'
import { defaultLocale, locales } from './src/i18n/locales'
import { insightsEndpoints } from './src/insights/endpoints'
import { metricsEndpoint } from './src/observability/metricsEndpoint'
import { privacyEndpoints } from './src/privacy/endpoints'
import { enquiryRetentionTask } from './src/privacy/retention'
import { translationEndpoints } from './src/translation/endpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: siteUrl(),
  csrf: [siteUrl()],
  cors: [siteUrl()],
  secret: payloadSecret(),
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Scena' },
    // Day, month name in the admin's language, 24-hour clock: "28 novembre 2026, 14:02" / "28 November 2026, 14:02".
    dateFormat: 'd MMMM yyyy, HH:mm',
    // Gravatar would make every admin page call a third-party server.
    avatar: 'default',
    components: {
      // For admins: what is left before going live (hidden once all holds), then the last
      // scheduled backup, or its failure.
      beforeDashboard: [
        '/components/admin/LaunchChecklist#LaunchChecklist',
        '/components/admin/BackupStatus#BackupStatus',
      ],
      afterNavLinks: [
        '/components/admin/TranslationsNavLink#TranslationsNavLink',
        '/components/admin/PrivacyNavLink#PrivacyNavLink',
        '/components/admin/InsightsNavLink#InsightsNavLink',
      ],
      views: {
        insights: {
          Component: '/components/admin/InsightsView#InsightsView',
          path: '/insights',
        },
        privacyRequests: {
          Component: '/components/admin/PrivacyRequestsView#PrivacyRequestsView',
          path: '/privacy-requests',
        },
        translations: {
          Component: '/components/admin/TranslationsView#TranslationsView',
          path: '/translations',
        },
      },
    },
  },
  // `as never`: Payload types a collection's beforeOperation hook per operation, and one hook for all
  // of them fits none of those types.
  collections: withSizeLimits(withRequestChecks(collections, [rejectBadQuery as never])),
  globals: [...withSizeLimits(withRequestChecks([SiteSettings, PrivacyNotice])), BackupStatus, LaunchStatus],
  editor: lexicalEditor(),
  endpoints: [
    healthEndpoint,
    readyEndpoint,
    revalidateEndpoint(revalidateInNext),
    ...translationEndpoints,
    ...privacyEndpoints,
    testEmailEndpoint,
    metricsEndpoint,
    ...insightsEndpoints,
  ],
  localization: {
    // Named in the admin's language: "Lingua: Inglese" in the Italian admin, "Language: Italian" in the English one.
    locales: locales.map((code) => ({ code, label: adminLocaleLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { it, en },
    fallbackLanguage: 'it',
    translations: adminTranslations,
  },
  db: postgresAdapter({
    pool: {
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_MAX,
      // While PostgreSQL is unreachable a request fails after this wait (503) instead of hanging.
      connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
      // No single statement may hold a connection for long (search sets a tighter one of its own).
      statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    // Reads may go to replicas (comma-separated URLs); writes and reads right after them go to the primary.
    ...(env.DATABASE_READ_REPLICAS.length ? { readReplicas: env.DATABASE_READ_REPLICAS } : {}),
    // Schema changes only through committed migrations, never `push`.
    push: false,
    // Each content type's search indexes, in the schema `npm run migrate:create` compares.
    afterSchemaInit: [searchIndexes],
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  upload: {
    limits: { fileSize: maxUploadBytes() },
    // Reject an oversized file (413) instead of silently storing a truncated one.
    abortOnLimit: true,
  },
  // Neither the site nor the admin uses GraphQL, and one anonymous query of a few hundred aliases
  // cost tens of seconds of database work: it is switched off (the REST API serves every client).
  graphQL: { disable: true },
  jobs: {
    // Scheduled publishing: due jobs run every minute (SCENA_JOBS_CRON, croner syntax, seconds
    // allowed) in the process that runs the queue: the web server of `npm run dev` / `npm start`, or
    // `npm run worker` when web instances are started with SCENA_RUN_JOBS=false. Never in scripts,
    // builds or tests.
    // Tasks of our own: the daily deletion of enquiries past ENQUIRY_RETENTION_DAYS and the nightly
    // backup (BACKUP_SCHEDULE); their schedules are checked by the same cron, in the same process.
    tasks: [enquiryRetentionTask, scheduledBackupTask],
    autoRun: [
      {
        cron: env.SCENA_JOBS_CRON,
        queue: 'default',
        limit: 20,
        // Only the process that runs the queue also queues scheduled tasks (every web instance
        // has this cron, but instances started with SCENA_RUN_JOBS=false leave it to the worker).
        disableScheduling: env.SCENA_RUN_JOBS !== true,
      },
    ],
    shouldAutoRun: () => env.SCENA_RUN_JOBS === true,
  },
  sharp,
  // Uploads in a bucket (S3_BUCKET) instead of MEDIA_DIR; switched off, it still adds its columns.
  plugins: [mediaStoragePlugin()],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), schema: [localizedFieldsSchema] },
  telemetry: false,
  // Refused requests are the caller's error: logged at info as one line (src/api/logger.ts), and a
  // database outage answers 503 (src/api/afterError.ts).
  logger: scenaLogger(),
  hooks: { afterError: [answerKnownErrors] },
  onInit: async (payload) => {
    guardPool(payload)
    if (!isProduction()) payload.logger.debug('Scena CMS initialised')
  },
})
