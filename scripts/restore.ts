/**
 * `npm run restore -- FILE [--identity KEYFILE] [--replace]`: restores a backup into the configured database (embedded
 * or DATABASE_URL) and MEDIA_DIR, or the media bucket with S3_BUCKET. Refuses a damaged archive, one from a newer
 * schema, or a target that is not empty (unless --replace, which backs it up first); changes nothing when it refuses.
 * Afterwards no page cached from the content before is served (src/backup/forgetPages.ts).
 */
import { readFile } from 'node:fs/promises'

import { takeBackup } from '../src/backup/backup'
import { identitiesIn } from '../src/backup/encryption'
import { forgetCachedPages } from '../src/backup/forgetPages'
import { appInfo, backupSettings } from '../src/backup/settings'
import { RestoreRefused, restoreBackup } from '../src/backup/restore'
import { migrations } from '../src/migrations'
import { runMigrations } from '../src/db/migrate'
import { closePayload } from '../src/db/pool'
import { loadPayloadConfig } from '../src/runtime/loadConfig'
import { projectRoot } from '../src/runtime/environment'
import { scriptDatabase } from '../src/runtime/scriptDatabase'
import { fail, log } from './log'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const keyFile = args[args.indexOf('--identity') + 1]
  const identityGiven = args.includes('--identity')
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--identity')
  if (!file || (identityGiven && !keyFile)) fail('usage: npm run restore -- FILE [--identity KEYFILE] [--replace]')
  const identities = identityGiven ? await readIdentities(keyFile!) : []
  const db = await scriptDatabase()
  const { dir, mediaDir } = backupSettings(projectRoot)
  try {
    await restoreBackup({
      file,
      databaseUrl: db.url,
      mediaDir,
      knownMigrations: migrations.map((m) => m.name),
      migrate: async (names) => {
        // A fresh Payload each time: the schema was just dropped and rebuilt under it.
        const { getPayload } = await import('payload')
        const payload = await getPayload({ config: await loadPayloadConfig(), key: `restore-${Date.now()}` })
        try {
          await runMigrations(
            payload,
            migrations.filter((m) => names.includes(m.name)),
          )
        } finally {
          await closePayload(payload)
        }
      },
      identities,
      replace: args.includes('--replace')
        ? () => takeBackup({ databaseUrl: db.url, mediaDir, backupDir: dir, app: appInfo(projectRoot), log })
        : undefined,
      log,
    })
    await forgetCachedPages(projectRoot, log)
  } finally {
    await db.stop()
  }
}

/** The private keys of an age identity file (`age-keygen -o key.txt`). */
async function readIdentities(keyFile: string): Promise<string[]> {
  const text = await readFile(keyFile, 'utf8').catch(() => fail(`Cannot read the key file ${keyFile}.`))
  const identities = identitiesIn(text)
  if (!identities.length) fail(`${keyFile} holds no age private key (AGE-SECRET-KEY-1…); nothing was changed.`)
  return identities
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof RestoreRefused ? error.message : error),
)
