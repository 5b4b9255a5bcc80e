/**
 * `npm run restore -- FILE [--replace]`: restores a backup into the configured database (embedded
 * or DATABASE_URL) and MEDIA_DIR. Refuses a damaged archive, one from a newer schema, or a target
 * that is not empty (unless --replace, which backs it up first); changes nothing when it refuses.
 * Afterwards no page cached from the content before is served (src/backup/forgetPages.ts).
 */
import { takeBackup } from '../src/backup/backup'
import { forgetCachedPages } from '../src/backup/forgetPages'
import { appInfo, backupSettings } from '../src/backup/settings'
import { RestoreRefused, restoreBackup } from '../src/backup/restore'
import { migrations } from '../src/migrations'
import { closePayload } from '../src/db/pool'
import { loadPayloadConfig } from '../src/runtime/loadConfig'
import { projectRoot } from '../src/runtime/environment'
import { scriptDatabase } from '../src/runtime/scriptDatabase'
import { fail, log } from './log'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) fail('usage: npm run restore -- FILE [--replace]')
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
          await payload.db.migrate({ migrations: migrations.filter((m) => names.includes(m.name)) as never })
        } finally {
          await closePayload(payload)
        }
      },
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

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof RestoreRefused ? error.message : error),
)
