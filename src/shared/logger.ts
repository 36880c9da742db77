import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino). Event names are stable strings in the `event` field; a child
 * logger per message carries its key. Anything that could hold a secret is redacted by path,
 * so a careless `log.info({ config })` still prints no password.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: 'ccpa-mailbot' },
      redact: {
        paths: ['password', 'pass', '*.password', '*.pass', 'auth', '*.auth', 'config.source.url', 'config.transport.url', 'url'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and dry runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
