import { defineConfig } from 'vitest/config'

/** Browser tests against a running server (see .ci/run); not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
})
