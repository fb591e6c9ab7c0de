import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Each file boots its own database (PGlite takes seconds), so time limits are generous.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
