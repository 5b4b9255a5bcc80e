/**
 * The configuration: every environment variable the app reads, its form and its default, in one
 * table (README "Configuration" lists the same names, tests/int/config.test.ts keeps them equal).
 * It reads the environment through src/environment.mjs, the one module that touches `process.env`
 * (an ESLint rule keeps it so), where the page cache handlers, which cannot import TypeScript, read
 * their few raw values too.
 *
 * Values are read when asked for, not once at load: the start scripts load `.env` files and provide
 * DATABASE_URL and the development secret before anything reads them, and a production build is
 * started at whatever address SITE_URL names then (nothing is baked in at build time, except the
 * Content-Security-Policy mode: `strictCsp`). `checkEnvironment` reads them all at start, so a bad
 * value stops the start with one line per variable instead of surfacing on some request later.
 */
import {
  address,
  ConfigError,
  type DatabaseUrl,
  decimal,
  flag,
  integer,
  list,
  matching,
  oneOf,
  parse,
  type Parser,
  port,
  postgresAddress,
  text,
} from './envParsers'
import {
  DEFAULT_PORT,
  DEFAULT_SEARCH_CACHE_MB,
  processEnvironment,
  setProcessEnvironment,
  siteUrlOf,
  strictCspAtBuild,
} from './environment.mjs'

const MAX = Number.MAX_SAFE_INTEGER
const positive = (fallback: number) => integer(1, MAX, fallback)
const http = () => address(['http', 'https'], 'an http(s) address')
const size = (fallback: string) => matching(/^\d+[kmg]b?$/i, 'a size such as 256m', fallback)
const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']

const variables = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  PORT: port(DEFAULT_PORT),
  SITE_URL: http(),
  PAYLOAD_SECRET: text(),
  PAYLOAD_LOG_LEVEL: matching(new RegExp(`^(${logLevels.join('|')})$`), `one of ${logLevels.join(', ')}`),
  SCENA_DEBUG: flag(false),
  SCENA_STRICT_CSP: flag(false),
  MAX_UPLOAD_MB: decimal(0, 10),
  MAX_JSON_BODY_KB: positive(1024),
  SHUTDOWN_GRACE_MS: integer(0, MAX, 10_000),
  SCENA_MAX_HEAP_MB: integer(128, MAX, 512),
  // Node's own (libuv's thread pool); password hashing leaves two of its threads free.
  UV_THREADPOOL_SIZE: integer(1, 1024, 4),

  DATABASE_URL: postgresAddress(),
  EMBEDDED_PG_PORT: port(54329),
  EMBEDDED_PG_DATA_DIR: text('.data/postgres'),
  DATABASE_POOL_MAX: positive(10),
  DATABASE_CONNECT_TIMEOUT_MS: positive(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: positive(30_000),
  DATABASE_READ_REPLICAS: list(),

  ADMIN_EMAIL: text(),
  ADMIN_PASSWORD: text(),
  CONTACT_EMAIL: text(),
  SEED_ON_EMPTY: flag(true),

  MEDIA_DIR: text('media'),
  S3_BUCKET: text(),
  S3_PREFIX: text(),
  S3_ENDPOINT: http(),
  S3_REGION: text(),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_FORCE_PATH_STYLE: flag(),
  AWS_ENDPOINT_URL_S3: http(),
  AWS_ENDPOINT_URL: http(),
  AWS_REGION: text(),
  AWS_DEFAULT_REGION: text(),

  CONTACT_NOTIFY_TO: text(),
  SMTP_HOST: text(),
  SMTP_PORT: port(587),
  SMTP_SECURE: flag(false),
  SMTP_USER: text(),
  SMTP_PASSWORD: text(),
  SMTP_FROM: text(),
  CONTACT_RATE_LIMIT_POINTS: positive(5),
  CONTACT_RATE_LIMIT_SECONDS: positive(15 * 60),
  CONTACT_INVALID_LIMIT_POINTS: positive(30),
  LOGIN_RATE_LIMIT_POINTS: positive(10),
  LOGIN_RATE_LIMIT_SECONDS: positive(15 * 60),
  TRUSTED_PROXIES: text(),

  SEARCH_TIMEOUT_MS: positive(1000),
  SEARCH_CACHE_MB: decimal(0, DEFAULT_SEARCH_CACHE_MB, false),

  BACKUP_DIR: text('backups'),
  BACKUP_SCHEDULE: text('0 3 * * *'),
  BACKUP_KEEP: positive(7),
  BACKUP_RECIPIENTS: text(),
  BACKUP_S3_URL: text(),
  ENQUIRY_RETENTION_DAYS: positive(730),
  ENQUIRY_RETENTION_CRON: text('0 15 3 * * *'),

  METRICS_TOKEN: text(),
  METRICS_ALLOW_FROM: text(),
  INSIGHTS_ENABLED: flag(true),
  INSIGHTS_RETENTION_DAYS: positive(400),
  INSIGHTS_FLUSH_SECONDS: decimal(0, 10),
  INSIGHTS_MAX_NEW_KEYS_PER_MINUTE: positive(1000),

  REDIS_URL: address(['redis', 'rediss'], 'a redis:// address'),
  SCENA_EDGE_URL: http(),
  SCENA_APP_URL: http(),
  SCENA_RUN_JOBS: flag(),
  SCENA_JOBS_CRON: text('* * * * *'),
  SCENA_DEPLOYMENT_ID: text(),
  SCENA_INSTANCE_NAME: text(),
  SCENA_BENCH_SERVER: flag(false),
  CLUSTER_INSTANCES: integer(1, 64, 2),
  CLUSTER_APP_PORT: integer(1, 65535),
  CLUSTER_REDIS_PORT: port(6390),
  CLUSTER_REDIS_MEMORY: size('256mb'),
  CLUSTER_EDGE_MEMORY: size('256m'),
} satisfies Record<string, Parser<unknown>>

/** Names the app does not read itself but documents (README "Configuration"), so they are not typos. */
const readByOthers = [
  'AWS_ACCESS_KEY_ID', // the AWS SDK's credential chain
  'AWS_SECRET_ACCESS_KEY',
  'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', // Next's own
  'CHROMIUM_PATH', // browser tests
  'E2E_BASE_URL',
] as const

// Secrets and passwords are taken as written: a space may be part of them.
const untrimmed = new Set<string>(['PAYLOAD_SECRET', 'ADMIN_PASSWORD', 'SMTP_PASSWORD'])

export type VariableName = keyof typeof variables
export type Config = { readonly [K in VariableName]: (typeof variables)[K] extends Parser<infer T> ? T : never }
type Source = Record<string, string | undefined>

/** Every variable of the README's table: those read here and those read by others. */
export const documentedVariables: readonly string[] = [...Object.keys(variables), ...readByOthers]

/** A typed view of `source`, each variable parsed when it is read (a bad value throws ConfigError). */
export function configFrom(source: Source): Config {
  const view = {}
  for (const [name, parser] of Object.entries(variables) as [string, Parser<unknown>][])
    Object.defineProperty(view, name, {
      enumerable: true,
      get: () => parse(name, parser, source[name], !untrimmed.has(name)),
    })
  return view as Config
}

/** The configuration of this process. */
export const env: Config = configFrom(processEnvironment())

/** Sets variables for this process and the processes it starts (the start scripts). */
export function setEnv(values: Partial<Record<VariableName, string>>): void {
  setProcessEnvironment(values)
}

/** A copy of this process's environment, for a process it starts. */
export const childEnv = (): NodeJS.ProcessEnv => ({ ...processEnvironment() })

// Prefixes of our own variables: an unknown name with one of them is most likely a typo.
const ourPrefixes =
  /^(SCENA|SMTP|BACKUP|INSIGHTS|S3|CONTACT|LOGIN|DATABASE|EMBEDDED_PG|ENQUIRY|METRICS|SEARCH|CLUSTER|MEDIA|REDIS|SITE|ADMIN|MAX|SEED)_/
const known = new Set(documentedVariables)

/** Every variable read once: the values that do not have their form, and names that look like typos. */
export function checkEnvironment(source: Source = processEnvironment()): { errors: ConfigError[]; unknown: string[] } {
  const errors: ConfigError[] = []
  const config = configFrom(source)
  for (const name of Object.keys(variables) as VariableName[]) {
    try {
      void config[name]
    } catch (error) {
      if (error instanceof ConfigError) errors.push(error)
      else throw error
    }
  }
  const unknown = Object.keys(source).filter((name) => ourPrefixes.test(name) && !known.has(name))
  return { errors, unknown: unknown.sort() }
}

/**
 * At start: throws one error naming every bad value and its expected form, and warns about names
 * that look like ours but are not (a typo would otherwise silently leave the default).
 */
export function assertEnvironment(warn: (line: string) => void = console.warn): void {
  const { errors, unknown } = checkEnvironment()
  for (const name of unknown)
    warn(`${name} is not a variable Scena reads: a typo? (README "Configuration" lists them all)`)
  if (errors.length)
    throw new Error(
      `${errors.length === 1 ? 'A setting' : 'Settings'} in the environment cannot be used:\n` +
        errors.map((error) => `  ${error.message}`).join('\n'),
    )
}

export { ConfigError, type DatabaseUrl }

export const isProduction = (): boolean => env.NODE_ENV === 'production'

/** Absolute base URL of the site, without a trailing slash (this machine at PORT when unset). */
export function siteUrl(): string {
  // The page cache handlers' rule (they key pages by it), on the checked values.
  return siteUrlOf({ SITE_URL: env.SITE_URL, PORT: String(env.PORT) })
}

/** Largest accepted upload, in bytes. */
export const maxUploadBytes = (): number => Math.round(env.MAX_UPLOAD_MB * 1024 * 1024)

export function payloadSecret(): string {
  const secret = env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Start the app with `npm run dev` / `npm start` (which provide it in development), ' +
        'or set PAYLOAD_SECRET to a long random string.',
    )
  }
  return secret
}

/**
 * SCENA_STRICT_CSP, fixed when building: next.config.ts gives it to Next's `env`, and Next writes
 * that value in place of the literal `process.env.SCENA_STRICT_CSP` in the bundles
 * (src/environment.mjs), so prerendered pages and the proxy agree on the mode whatever the server
 * is later started with.
 */
export const strictCsp = (): boolean => parse('SCENA_STRICT_CSP', variables.SCENA_STRICT_CSP, strictCspAtBuild())

/** The AWS SDK's region variables, as the off-site copy and the media bucket fall back to them. */
export const awsRegion = (config: Config = env): string => config.AWS_REGION ?? config.AWS_DEFAULT_REGION ?? 'us-east-1'

/** The AWS SDK's endpoint variables: storage other than AWS. */
export const awsEndpoint = (config: Config = env): string | undefined =>
  config.AWS_ENDPOINT_URL_S3 ?? config.AWS_ENDPOINT_URL
