import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/**
 * Files in name order: topology.cluster.ts ends by spending this address's sign-in budget (its
 * limits tests), so it runs after the others, which sign in first.
 */
class ByName extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId))
  }
}

/** Tests of the several-process topology against a running `npm run start:cluster` (see .ci/run). */
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.cluster.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { sequencer: ByName },
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
})
