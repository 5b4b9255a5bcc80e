import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './src/collections'
import { guardPool } from './src/db/pool'
import { requestErrorLogLevel } from './src/errors'
import { isProduction, maxUploadBytes, payloadSecret, siteUrl } from './src/env'
import { SiteSettings } from './src/globals/SiteSettings'
import { withLocaleCheck } from './src/hooks/rejectUnknownLocale'
import { adminTranslations } from './src/i18n/admin'
import { defaultLocale, localeLabels, locales } from './src/i18n/locales'
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
    // Gravatar would make every admin page call a third-party server.
    avatar: 'default',
    components: {
      afterNavLinks: ['/components/admin/TranslationsNavLink#TranslationsNavLink'],
      views: {
        translations: {
          Component: '/components/admin/TranslationsView#TranslationsView',
          path: '/translations',
        },
      },
    },
  },
  collections: withLocaleCheck(collections),
  globals: withLocaleCheck([SiteSettings]),
  editor: lexicalEditor(),
  endpoints: translationEndpoints,
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { it, en },
    fallbackLanguage: 'it',
    translations: adminTranslations,
  },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    // Schema changes only through committed migrations, never `push`.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  upload: {
    limits: { fileSize: maxUploadBytes() },
    // Reject an oversized file (413) instead of silently storing a truncated one.
    abortOnLimit: true,
  },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Scheduled publishing: due jobs run every minute inside the web server only (`npm run dev` /
    // `npm start` set SCENA_RUN_JOBS), never in scripts, builds or tests.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.SCENA_RUN_JOBS === 'true',
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  // A failed or locked login, a refused request: the caller's error, not the server's.
  loggingLevels: { AuthenticationError: 'warn', LockedAuth: 'warn', QueryError: 'info', ...requestErrorLogLevel },
  ...(process.env.PAYLOAD_LOG_LEVEL ? { logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL } } } : {}),
  onInit: async (payload) => {
    guardPool(payload)
    if (!isProduction) payload.logger.debug('Scena CMS initialised')
  },
})
