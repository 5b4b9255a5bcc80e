import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkEnvironment, ConfigError, configFrom, documentedVariables, siteUrl } from '../../src/env'
import { siteUrlOf } from '../../src/environment.mjs'

const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8')

/** The variable names of the README's "Configuration" table (first column, each in backticks). */
function readmeVariables(): string[] {
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
  )
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!))
}

const errorOf = (source: Record<string, string>, name: string): string => {
  try {
    void configFrom(source)[name as keyof ReturnType<typeof configFrom>]
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error(`${name} was accepted`)
}

describe('configuration (src/env.ts)', () => {
  it('the README lists exactly the variables the module knows', () => {
    expect([...readmeVariables()].sort()).toEqual([...documentedVariables].sort())
  })

  it('defaults, when nothing is set', () => {
    const config = configFrom({})
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      SITE_URL: undefined,
      EMBEDDED_PG_PORT: 54329,
      EMBEDDED_PG_DATA_DIR: '.data/postgres',
      MEDIA_DIR: 'media',
      MAX_UPLOAD_MB: 10,
      MAX_JSON_BODY_KB: 1024,
      SMTP_PORT: 587,
      SMTP_SECURE: false,
      SEED_ON_EMPTY: true,
      INSIGHTS_ENABLED: true,
      INSIGHTS_RETENTION_DAYS: 400,
      INSIGHTS_FLUSH_SECONDS: 10,
      ENQUIRY_RETENTION_DAYS: 730,
      SEARCH_TIMEOUT_MS: 1000,
      SEARCH_CACHE_MB: 16,
      BACKUP_KEEP: 7,
      BACKUP_SCHEDULE: '0 3 * * *',
      DATABASE_READ_REPLICAS: [],
      SCENA_RUN_JOBS: undefined,
      CLUSTER_REDIS_MEMORY: '256mb',
    })
    // An empty value is the default too (`FOO=` in a .env file).
    expect(configFrom({ PORT: '', SMTP_PORT: '  ' })).toMatchObject({ PORT: 3000, SMTP_PORT: 587 })
  })

  it('values are typed', () => {
    const config = configFrom({
      PORT: '8080',
      SEED_ON_EMPTY: 'false',
      SMTP_SECURE: 'true',
      MAX_UPLOAD_MB: '2.5',
      SEARCH_CACHE_MB: '0',
      DATABASE_READ_REPLICAS: 'postgres://a/x, postgres://b/x,',
      SITE_URL: 'https://scena.example/',
    })
    expect(config).toMatchObject({
      PORT: 8080,
      SEED_ON_EMPTY: false,
      SMTP_SECURE: true,
      MAX_UPLOAD_MB: 2.5,
      SEARCH_CACHE_MB: 0,
      DATABASE_READ_REPLICAS: ['postgres://a/x', 'postgres://b/x'],
      SITE_URL: 'https://scena.example/',
    })
  })

  it('a bad value names the variable, the value and the expected form', () => {
    expect(errorOf({ PORT: 'abc' }, 'PORT')).toBe('PORT: "abc" is not a whole number from 1 to 65535.')
    expect(errorOf({ PORT: '70000' }, 'PORT')).toBe('PORT: "70000" is not a whole number from 1 to 65535.')
    expect(errorOf({ INSIGHTS_RETENTION_DAYS: '-1' }, 'INSIGHTS_RETENTION_DAYS')).toBe(
      'INSIGHTS_RETENTION_DAYS: "-1" is not a whole number of at least 1.',
    )
    expect(errorOf({ SMTP_PORT: 'x' }, 'SMTP_PORT')).toBe('SMTP_PORT: "x" is not a whole number from 1 to 65535.')
    expect(errorOf({ SITE_URL: 'scena dot example' }, 'SITE_URL')).toBe(
      'SITE_URL: "scena dot example" is not an http(s) address.',
    )
    expect(errorOf({ DATABASE_URL: 'mysql://db/scena' }, 'DATABASE_URL')).toMatch(/^DATABASE_URL: .* postgres:\/\//)
    expect(errorOf({ REDIS_URL: 'localhost:6379' }, 'REDIS_URL')).toMatch(/is not a redis:\/\/ address/)
    expect(errorOf({ SEED_ON_EMPTY: 'maybe' }, 'SEED_ON_EMPTY')).toBe(
      'SEED_ON_EMPTY: "maybe" is not true or false (1/0, yes/no, on/off).',
    )
    expect(configFrom({ SEED_ON_EMPTY: 'no', SCENA_DEBUG: 'yes' })).toMatchObject({
      SEED_ON_EMPTY: false,
      SCENA_DEBUG: true,
    })
    // PostgreSQL over a Unix socket has no host in its address.
    expect(configFrom({ DATABASE_URL: 'postgres:///scena?host=/var/run/postgresql' }).DATABASE_URL).toBe(
      'postgres:///scena?host=/var/run/postgresql',
    )
    expect(errorOf({ MAX_UPLOAD_MB: '0' }, 'MAX_UPLOAD_MB')).toBe('MAX_UPLOAD_MB: "0" is not a number above 0.')
    expect(errorOf({ NODE_ENV: 'staging' }, 'NODE_ENV')).toMatch(/one of development, production, test/)
    expect(errorOf({ PAYLOAD_LOG_LEVEL: 'verbose' }, 'PAYLOAD_LOG_LEVEL')).toMatch(/one of trace, debug/)
  })

  it('the start-up check lists every bad value, and warns about names that look like ours', () => {
    const { errors, unknown } = checkEnvironment({
      PORT: 'abc',
      SMTP_PORT: 'x',
      SMTP_HOTS: 'mail.example',
      SCENA_STRICT_CPS: 'true',
      HOME: '/root',
      SMTP_HOST: 'mail.example',
    })
    expect(errors.map((error) => error.variable)).toEqual(['PORT', 'SMTP_PORT'])
    expect(unknown).toEqual(['SCENA_STRICT_CPS', 'SMTP_HOTS'])
    expect(checkEnvironment({ PORT: '3100', CHROMIUM_PATH: '/usr/bin/chromium' })).toEqual({ errors: [], unknown: [] })
  })

  it('the site address: the cache handlers’ rule and the app’s agree', () => {
    expect(siteUrlOf({})).toBe('http://localhost:3000')
    expect(siteUrlOf({ PORT: '3100' })).toBe('http://localhost:3100')
    expect(siteUrlOf({ SITE_URL: 'https://scena.example//' })).toBe('https://scena.example')
    // The test environment's own (tests/int/support/env.ts).
    expect(siteUrl()).toBe(siteUrlOf(process.env))
  })
})
