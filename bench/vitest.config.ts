import { defineConfig } from 'vitest/config';

// The benchmark's own smoke test, kept out of `npm test` (whose config includes test/** only).
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
