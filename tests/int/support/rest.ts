import { DELETE, GET, PATCH, POST } from '../../../src/api/routes'

/** The real REST route handlers, the ones `src/app/(payload)/api/[...slug]/route.ts` serves. */
const handlers = { GET, POST, PATCH, DELETE }

export interface RestOptions {
  body?: unknown
  token?: string
  headers?: Record<string, string>
}

export interface RestResponse {
  status: number
  json: any
  text: string
  headers: Headers
}

/** Sends `method path` (e.g. `GET /api/faqs?locale=en`) through the REST handlers. */
export async function rest(
  method: keyof typeof handlers,
  path: string,
  options: RestOptions = {},
): Promise<RestResponse> {
  const url = new URL(path, 'http://localhost:3000')
  const slug = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  // As an API client would by default; the Italian admin's messages are tested with 'it'.
  const headers: Record<string, string> = { 'Accept-Language': 'en', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (typeof options.body === 'string') body = options.body
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] ??= 'application/json'

  const response = await handlers[method](new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug }),
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, headers: response.headers }
}
