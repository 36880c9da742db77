import { defineConfig } from 'vitest/config';

// Unit tests are pure; integration tests start their own private servers (Dovecot, SMTP,
// PostgreSQL) on free loopback ports, so test files can run side by side (two workers on two cores).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
