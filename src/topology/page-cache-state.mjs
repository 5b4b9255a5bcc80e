// What the single instance's page cache (local-cache-handler.mjs) keeps on disk besides the pages,
// so that a process started later never serves what an earlier one invalidated:
// - `tags`: every on-demand revalidation (Next keeps them only in memory, in its `tagsManifest`:
//   after a restart, an entry invalidated before it looked fresh again);
// - `identity`: what the cached pages were rendered for (address, secret, database). Pages carry
//   absolute URLs (canonical, hreflang, share cards signed with the secret) and content from one
//   database: a process started with other values treats every page cached before it as gone
//   (`notBefore`), so one build serves correctly at whatever address it is started with.
// The file is written whole, synced and renamed into place before revalidateTag returns, which
// Next calls before it sends the response of the save that caused it.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { processEnvironment, siteUrlOf } from '../environment.mjs'

export const STATE_FILE = 'scena-page-cache.json'

/**
 * A fingerprint of everything a cached page depends on besides its content's revalidations.
 * @param {Record<string, string | undefined>} [env]
 */
export function pageCacheIdentity(env = processEnvironment()) {
  // The database by where it is, not by its password.
  const database = (env.DATABASE_URL ?? '').replace(/\/\/([^:@/]+):[^@/]*@/, '//$1@')
  return createHash('sha256')
    .update(JSON.stringify([siteUrlOf(env), env.PAYLOAD_SECRET ?? '', database]))
    .digest('hex')
    .slice(0, 16)
}

/** `{ identity, notBefore, tags }` as last written in `serverDistDir`, or null. */
export function readPageCacheState(serverDistDir) {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(serverDistDir, STATE_FILE), 'utf8'))
    return state && typeof state.identity === 'string' ? state : null
  } catch {
    return null
  }
}

/** Writes the state so that a crash at any moment leaves either the old file or the new one. */
export function writePageCacheState(serverDistDir, state) {
  fs.mkdirSync(serverDistDir, { recursive: true })
  const file = path.join(serverDistDir, STATE_FILE)
  const temp = `${file}.${process.pid}.tmp`
  const fd = fs.openSync(temp, 'w')
  try {
    fs.writeSync(fd, JSON.stringify(state))
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(temp, file)
  const dir = fs.openSync(serverDistDir, 'r')
  try {
    fs.fsyncSync(dir)
  } finally {
    fs.closeSync(dir)
  }
}

/**
 * The state this process starts from: the saved one when it was made for the same identity, else
 * a new one in which everything cached before now is gone.
 */
export function startingPageCacheState(serverDistDir, identity = pageCacheIdentity(), now = Date.now()) {
  const saved = readPageCacheState(serverDistDir)
  if (saved?.identity === identity) return { identity, notBefore: saved.notBefore ?? 0, tags: saved.tags ?? {} }
  const state = { identity, notBefore: now, tags: {} }
  writePageCacheState(serverDistDir, state)
  return state
}
