import { defineConfig } from 'vitest/config'

/** Tests of the several-process topology against a running `npm run start:cluster` (see .ci/run). */
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.cluster.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
})
