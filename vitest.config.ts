import { defineConfig } from 'vitest/config';

// Unit tests are pure and run in parallel; integration tests start real servers (Dovecot, SMTP,
// PostgreSQL) and run one file at a time so two cores are not oversubscribed.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
