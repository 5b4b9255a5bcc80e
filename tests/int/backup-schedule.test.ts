import fs from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScheduledBackup } from '../../src/backup/scheduled'
import { backupSettings } from '../../src/backup/settings'
import { withStaff } from './support/staff'
import { makeTempDir, removeDir } from './support/tempDir'

const staff = withStaff()
let dir: string
const saved = { ...process.env }

beforeAll(async () => {
  dir = await makeTempDir('scheduled-backups')
  Object.assign(process.env, { BACKUP_DIR: dir, BACKUP_KEEP: '2' })
})
afterAll(async () => {
  for (const key of ['BACKUP_DIR', 'BACKUP_KEEP', 'DATABASE_URL']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  await removeDir(dir)
})

const archives = async () => (await fs.readdir(dir)).filter((name) => name.endsWith('.tar.gz')).sort()
const status = () => staff.payload.findGlobal({ slug: 'backup-status', overrideAccess: true })

describe('scheduled backups', () => {
  it('is a nightly task of the job queue by default', () => {
    const task = staff.payload.config.jobs.tasks?.find((t) => t.slug === 'scheduledBackup')
    expect(task?.schedule?.[0]?.cron).toBe('0 3 * * *')
    expect(backupSettings().keep).toBe(2)
  })

  it('runs through the job queue, keeps the newest BACKUP_KEEP archives and records the last success', async () => {
    await staff.payload.jobs.queue({ task: 'scheduledBackup', input: {} })
    await staff.payload.jobs.run()
    for (let i = 0; i < 2; i++) await runScheduledBackup(staff.payload)
    const kept = await archives()
    expect(kept).toHaveLength(2)
    const recorded = await status()
    expect(recorded.lastArchive).toBe(kept.at(-1))
    expect(new Date(recorded.lastSuccessAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('reports a failure: logged as an error and recorded for the admin dashboard', async () => {
    const errors: string[] = []
    const original = staff.payload.logger.error.bind(staff.payload.logger)
    staff.payload.logger.error = (message: unknown) => errors.push(String(message))
    process.env.DATABASE_URL = 'postgres://nobody:wrong@127.0.0.1:1/none'
    try {
      await expect(runScheduledBackup(staff.payload)).rejects.toThrow()
    } finally {
      process.env.DATABASE_URL = saved.DATABASE_URL
      staff.payload.logger.error = original
    }
    expect(errors.join('\n')).toMatch(/Scheduled backup failed/)
    const recorded = await status()
    expect(new Date(recorded.lastFailureAt!).getTime()).toBeGreaterThan(new Date(recorded.lastSuccessAt!).getTime())
    expect(recorded.lastError).toMatch(/ECONNREFUSED|connect/)
    expect(await archives()).toHaveLength(2) // nothing removed by a failed run
  })

  it('is visible to admins only', async () => {
    const { rest } = await import('./support/rest')
    expect((await rest('GET', '/api/globals/backup-status', { token: staff.editor })).status).toBe(403)
    expect((await rest('GET', '/api/globals/backup-status')).status).toBe(403)
  })
})
