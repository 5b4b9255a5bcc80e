'use client'
import { useEffect, useState } from 'react'

import type { EntrySource } from '../../translation/source'

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; source: EntrySource }

// Every field of the edit view asks for the same entry: one request per entry and save.
const requests = new Map<string, Promise<EntrySource>>()

function load(collection: string, id: number | string, version: number): Promise<EntrySource> {
  const key = `${collection}/${id}/${version}`
  let request = requests.get(key)
  if (!request) {
    request = fetch(`/api/translation-source?collection=${encodeURIComponent(collection)}&id=${id}`, {
      credentials: 'include',
    }).then((res) => {
      if (!res.ok) throw new Error(`translation-source ${res.status}`)
      return res.json() as Promise<EntrySource>
    })
    request.catch(() => requests.delete(key))
    requests.set(key, request)
  }
  return request
}

/** The Italian source, status and glossary terms of an entry, reloaded after each save. */
export function useEntrySource(collection: string | undefined, id: number | string | undefined, version: number) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const replace = (source: EntrySource) => {
    requests.set(`${collection}/${id}/${version}`, Promise.resolve(source))
    setLoaded({ state: 'ready', source })
  }
  useEffect(() => {
    if (!collection || id === undefined) return
    let live = true
    load(collection, id, version).then(
      (source) => live && setLoaded({ state: 'ready', source }),
      () => live && setLoaded({ state: 'error' }),
    )
    return () => {
      live = false
    }
  }, [collection, id, version])
  return { loaded, replace }
}
