import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    include: ['tests/int/**/*.test.ts'],
    environment: 'node',
    // next-intl imports `next/navigation` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
    globalSetup: ['tests/int/support/globalSetup.ts'],
    setupFiles: ['tests/int/support/setup.ts'],
    // One real PostgreSQL for the run; files take turns so counts and sign-ins stay predictable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
