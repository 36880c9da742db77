import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests are pure; integration tests start their own private servers (Dovecot, SMTP,
// PostgreSQL) on free loopback ports, so test files can run side by side (two workers on two cores).
// Unit test files share their workers' module cache (isolate: false): each isolated file paid
// for loading the classifier again, 227 s for 168 files against 34 s shared, on this two-core
// machine. Integration files stay isolated: they hold servers, timers and process state.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/unit/**'] } },
    ],
  },
});
