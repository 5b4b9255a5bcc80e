import { notFound, redirect } from 'next/navigation'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { isNotFoundError } from '../../src/components/notFoundError'
import { checkedOutClients } from '../../src/db/pgPoolInternals'
import { cacheLifetimes, FileSystemCache, tagsManifest } from '../../src/topology/next-cache-internals.mjs'

/**
 * The private parts of libraries Scena reads because they have no public API, each through one
 * module. When an upgrade moves or reshapes one, this file fails with its name.
 */
describe("Next's page cache internals (src/topology/next-cache-internals.mjs)", () => {
  it('FileSystemCache is a class with the methods the local handler overrides and calls', () => {
    expect(typeof FileSystemCache).toBe('function')
    for (const method of ['get', 'set', 'revalidateTag'])
      expect(typeof FileSystemCache.prototype[method], `FileSystemCache.prototype.${method}`).toBe('function')
  })

  it('the cached pages’ lifetimes and the revalidated tags are process-wide Maps', () => {
    expect(cacheLifetimes).toBeInstanceOf(Map)
    expect(tagsManifest).toBeInstanceOf(Map)
  })
})

describe("Next's notFound() error (src/components/notFoundError.ts)", () => {
  const thrownBy = (call: () => unknown) => {
    try {
      call()
    } catch (error) {
      return error
    }
    throw new Error('nothing thrown')
  }

  it('tells what notFound() throws from a redirect and from any other error', () => {
    expect(isNotFoundError(thrownBy(notFound))).toBe(true)
    expect(isNotFoundError(thrownBy(() => redirect('/it')))).toBe(false)
    expect(isNotFoundError(new Error('NEXT_HTTP_ERROR_FALLBACK;404'))).toBe(false)
  })
})

describe("node-postgres' pool bookkeeping (src/db/pgPoolInternals.ts)", () => {
  const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 })
  afterAll(() => pool.end())

  it('names the clients checked out, and no longer once they are released', async () => {
    expect(checkedOutClients(pool)).toEqual([])
    const client = await pool.connect()
    expect(checkedOutClients(pool)).toEqual([client])
    client.release()
    expect(checkedOutClients(pool)).toEqual([])
  })
})
