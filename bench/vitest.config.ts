import { defineConfig } from 'vitest/config';

// `npm run bench:sync`: the replication benchmark, in Node with fake-indexeddb,
// outside the test projects (a benchmark reports figures, it asserts no timings).
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
