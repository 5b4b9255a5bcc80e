/**
 * The public site's Content-Security-Policy, in one of two modes chosen at build time:
 *
 * - default: pages are prerendered and served from the page cache, so no per-request nonce can
 *   exist; Next's inline bootstrap scripts need 'unsafe-inline' (everything else must come from
 *   this origin). Fast: a cached page costs no rendering.
 * - strict (`SCENA_STRICT_CSP=true` when building): every page is rendered per request with a
 *   fresh nonce; scripts run only with that nonce ('strict-dynamic' for the chunks they load).
 *   No inline script without it, at the price of rendering each visit (see bench:scale).
 *
 * frame-ancestors 'self' lets the admin's live preview frame the pages.
 */
export function contentSecurityPolicy({ nonce, isDev }: { nonce?: string; isDev: boolean }): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'"
  return [
    "default-src 'self'",
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** A fresh, unguessable nonce for one response. */
export const newNonce = (): string => btoa(crypto.randomUUID())
