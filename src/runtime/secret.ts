import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/** A development secret, generated once and kept under `.data/` so sessions survive restarts. */
export async function developmentSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) {
    const saved = (await fs.readFile(file, 'utf8')).trim()
    if (saved) return saved
  }
  const secret = randomBytes(32).toString('hex')
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, secret + '\n', { mode: 0o600 })
  return secret
}
