import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

describe('operating settings (issue 17): METRICS_PORT, METRICS_HOST, health thresholds, LOG_FORMAT', () => {
  it('keeps the endpoint off, on loopback, and the log format automatic by default', () => {
    expect(loadConfig({}).ops).toEqual({ metricsPort: null, metricsHost: '127.0.0.1', maxReadAgeMs: null, outboxOverdueMs: 900_000, logFormat: null });
  });

  it('reads a port, a listen address, the thresholds and a forced format', () => {
    const ops = loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', HEALTH_MAX_READ_AGE_SECONDS: '300', HEALTH_OUTBOX_OVERDUE_SECONDS: '60', LOG_FORMAT: 'json' }).ops;
    expect(ops).toEqual({ metricsPort: 9464, metricsHost: '0.0.0.0', maxReadAgeMs: 300_000, outboxOverdueMs: 60_000, logFormat: 'json' });
  });

  it('names each bad value with an example of a good one', () => {
    let error: unknown;
    try {
      loadConfig({ METRICS_PORT: '70000', LOG_FORMAT: 'colour', METRICS_HOST: 'a b' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/METRICS_PORT must be a TCP port from 1 to 65535, e.g. 9464/);
    expect(problems).toMatch(/LOG_FORMAT must be json or pretty/);
    expect(problems).toMatch(/METRICS_HOST must be an address to listen on/);
  });
});
