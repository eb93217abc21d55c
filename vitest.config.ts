import { defineConfig } from 'vitest/config'

// Three tiers (CONVENTIONS 7): unit tests next to pure code, database/HTTP tests on real
// databases, browser tests against the built app.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'server/eval/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['server/test/support/no-network.ts'],
          globalSetup: ['server/test/support/build-once.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          setupFiles: ['server/test/support/no-network.ts'],
          globalSetup: ['server/test/support/build-once.ts'],
        },
      },
    ],
  },
})
