import sharp from 'sharp'

import { adminCredentials, baseUrl } from './browser'

/** Signs in as the server's admin through the REST API (of the server at `base`). */
export async function adminToken(base = baseUrl): Promise<string> {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`)
  return ((await login.json()) as { token: string }).token
}

/** Signs in through the REST API of the running server and returns a function to call it. */
export async function adminApi(base = baseUrl) {
  const token = await adminToken(base)
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const json = (() => {
      try {
        return JSON.parse(text) as any
      } catch {
        return null
      }
    })()
    if (!response.ok) {
      // Which process answered (an instance, or the edge itself when no instance did): for a failure
      // behind the edge, that is the first question.
      const by = response.headers.get('x-scena-instance') ?? `edge ${response.headers.get('x-varnish') ?? '?'}`
      throw new Error(
        `${method} ${path}: ${response.status} from ${by}: ${json ? JSON.stringify(json) : text.slice(0, 300)}`,
      )
    }
    return json
  }
}

/** Polls a page until its text contains `expected`; returns how long that took. */
export async function waitForText(url: string, expected: string, timeoutMs = 15_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const html = await (await fetch(url, { cache: 'no-store' })).text()
    if (html.includes(expected)) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not show "${expected}" within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Uploads a plain PNG of the given size to the media library, with its Italian alternative text. */
export async function uploadImage(
  alt: string,
  { width = 1200, height = 800, background = '#c9b8a8' } = {},
): Promise<{ id: number }> {
  const token = await adminToken()
  const png = await sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'image.png')
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseUrl}/api/media?locale=it`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number } }).doc
}
