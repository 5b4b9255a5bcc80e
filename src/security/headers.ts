/**
 * Headers every answer carries: next.config.ts sets them on what Next serves, and
 * src/insights/serveBeacon.ts on the beacons answered before Next. HSTS depends on the address the
 * site is served at: scripts/serve.ts adds it when it starts.
 */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]
