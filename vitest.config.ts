import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our sources while type-graphql and Apollo load the
    // CommonJS one as Node does: one realm only, as at run time ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Each file boots its own database (PGlite takes seconds), so time limits are generous.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests poll the page for what a click brings; on a busy CI machine a second is not always enough.
    expect: { poll: { timeout: 5_000 } },
    pool: 'forks',
    // Builds the server (and client) when their sources changed: the tests run the compiled server.
    globalSetup: ['tests/support/build.ts'],
  },
});
