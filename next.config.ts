import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { env, isProduction, strictCsp } from './src/env'
import { contentSecurityPolicy } from './src/security/csp'
import { securityHeaders } from './src/security/headers'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const isDev = !isProduction()

// Several instances (npm run start:cluster, or REDIS_URL set by hand) share one page cache in
// Redis; a single instance keeps Next's own cache on local disk, and search results in memory.
const pageCache = env.REDIS_URL
  ? { cacheHandler: path.join(process.cwd(), 'src/topology/cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : { cacheHandler: path.join(process.cwd(), 'src/topology/local-cache-handler.mjs') }

const nextConfig: NextConfig = {
  poweredByHeader: false,
  ...pageCache,
  // Loaded from node_modules at run time rather than bundled: the one prom-client that
  // scripts/serve.ts also uses. The registry itself is shared through globalThis either way
  // (src/observability/registry.ts); one copy of the library keeps its classes the same too.
  serverExternalPackages: ['prom-client'],
  // The same on every instance of one build when set (each machine building for itself would
  // otherwise get its own): see README "Running on several machines".
  ...(env.SCENA_DEPLOYMENT_ID ? { deploymentId: env.SCENA_DEPLOYMENT_ID } : {}),
  // A contact message over the form's limit still reaches the form's own "too long" message; the
  // proxy refuses anything larger with 413 (src/security/postGuard.ts, MAX_FORM_POST_BYTES).
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
    // bench:scale's own `next start` (bench/renderTimes.ts) renders pages from its throwaway
    // database: kept in memory, or they would land in this build's page cache (.next/server) and
    // the next `npm start` would serve the bench's 1,000 FAQs until something is published.
    isrFlushToDisk: !env.SCENA_BENCH_SERVER,
  },
  // Fixed at build time: prerendered pages and the proxy must agree on the policy's mode.
  env: { SCENA_STRICT_CSP: strictCsp() ? 'true' : 'false' },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The admin and API keep Payload's own needs; every public page gets the policy (in strict
      // mode the proxy sets it, with each response's nonce).
      ...(strictCsp()
        ? []
        : [
            {
              source: '/((?!admin|api).*)',
              headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDev }) }],
            },
          ]),
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
