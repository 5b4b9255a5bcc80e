import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { env } from '../env'

export const DEV_ADMIN_EMAIL = 'admin@scena.local'

/**
 * With no user at all, creates the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD when both are set,
 * otherwise a development admin with a random password, printed once and kept in `.data/`.
 */
export async function ensureAdmin(payload: Payload, dataDir: string, log: (line: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return

  const email = env.ADMIN_EMAIL
  const password = env.ADMIN_PASSWORD
  if (email && password) {
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'admin', name: 'Admin' },
      overrideAccess: true,
    })
    log(`Created the admin user ${email} (from ADMIN_EMAIL / ADMIN_PASSWORD).`)
    return
  }

  const devPassword = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: DEV_ADMIN_EMAIL, password: devPassword, role: 'admin', name: 'Development admin' },
    overrideAccess: true,
  })
  const file = path.join(dataDir, 'dev-admin.txt')
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, `email: ${DEV_ADMIN_EMAIL}\npassword: ${devPassword}\n`, { mode: 0o600 })
  const bar = '='.repeat(72)
  log(
    [
      bar,
      '  DEVELOPMENT-ONLY ADMIN ACCOUNT (set ADMIN_EMAIL and ADMIN_PASSWORD for a real one)',
      `  e-mail:   ${DEV_ADMIN_EMAIL}`,
      `  password: ${devPassword}`,
      `  (also saved in ${path.relative(process.cwd(), file)}; change it after the first login)`,
      bar,
    ].join('\n'),
  )
}
