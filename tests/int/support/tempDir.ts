import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh folder under the system temp dir. Opened to other users because, run as root, the
 * embedded PostgreSQL works as the OS user `postgres` (mkdtemp alone creates it 0700).
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `scena-${prefix}-`))
  await fs.chmod(dir, 0o755)
  return dir
}

export const removeDir = (dir: string) => fs.rm(dir, { recursive: true, force: true })
