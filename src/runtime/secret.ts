import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

const developmentSecretFile = (dataDir: string) => path.join(dataDir, 'payload-secret')

/**
 * Whether `secret` is the one generated for development into `dataDir` (the project's `.data/`
 * when the server runs from the project folder): made by `npm run dev` for this machine and kept
 * as a plain file beside the code, not a secret chosen and kept for production.
 */
export function isDevelopmentSecret(secret: string, dataDir = path.join(process.cwd(), '.data')): boolean {
  try {
    return readFileSync(developmentSecretFile(dataDir), 'utf8').trim() === secret.trim()
  } catch {
    return false
  }
}

/** A development secret, generated once and kept under `.data/` so sessions survive restarts. */
export async function developmentSecret(dataDir: string): Promise<string> {
  const file = developmentSecretFile(dataDir)
  if (existsSync(file)) {
    const saved = (await fs.readFile(file, 'utf8')).trim()
    if (saved) return saved
  }
  const secret = randomBytes(32).toString('hex')
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, secret + '\n', { mode: 0o600 })
  return secret
}
