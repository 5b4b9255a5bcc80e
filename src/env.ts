/** Configuration read from the environment, with the development defaults the README lists. */

export const isProduction = process.env.NODE_ENV === 'production'

export function port(): number {
  const value = Number(process.env.PORT ?? 3000)
  return Number.isInteger(value) && value > 0 && value < 65536 ? value : 3000
}

/** Absolute base URL of the site, without a trailing slash. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim()
  if (!raw) return `http://localhost:${port()}`
  return raw.replace(/\/+$/, '')
}

/** Largest accepted upload, in bytes (default 10 MB). */
export function maxUploadBytes(): number {
  const value = Number(process.env.MAX_UPLOAD_MB ?? 10)
  return Math.round((Number.isFinite(value) && value > 0 ? value : 10) * 1024 * 1024)
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Start the app with `npm run dev` / `npm start` (which provide it in development), ' +
        'or set PAYLOAD_SECRET to a long random string.',
    )
  }
  return secret
}
