import fs from 'node:fs'

/** What the tests and the bench call on a page cache handler (Next's FileSystemCache and ours). */
export interface PageCache {
  get(key: string, ctx: object): Promise<{ value: { html: string } } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string[] | string, durations?: object): Promise<void>
}

export type PageCacheClass = new (ctx: object) => PageCache

/** The file-system methods Next hands its cache handlers. */
export const nodeFs = {
  existsSync: fs.existsSync,
  readFile: (f: string, enc?: BufferEncoding) => fs.promises.readFile(f, enc),
  readFileSync: fs.readFileSync,
  writeFile: (f: string, d: string | Buffer) => fs.promises.writeFile(f, d),
  mkdir: (d: string) => fs.promises.mkdir(d, { recursive: true }),
  stat: (f: string) => fs.promises.stat(f),
}

/** A handler as Next makes one: on `serverDistDir`, writing to disk. */
export const pageCacheIn = (Class: PageCacheClass, serverDistDir: string, maxMemoryCacheSize = 0) =>
  new Class({ fs: nodeFs, flushToDisk: true, serverDistDir, maxMemoryCacheSize, revalidatedTags: [] })
