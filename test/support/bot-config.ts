import { loadConfig, type Config } from '../../src/config.js';

/** A configuration for tests: real servers, a real SQLite file, fast schedules. */
export function testConfig(env: Record<string, string>): Config {
  return loadConfig({
    BOT_ADDRESS: 'compliance@example.com',
    STAFF_ADDRESSES: 'privacy-staff@example.com',
    POLL_SCHEDULE: '*/2 * * * * *',
    OUTBOX_SCHEDULE: '* * * * * *',
    LOG_LEVEL: 'silent',
    ...env,
  });
}
