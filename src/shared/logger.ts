import { pino, type Logger } from 'pino';
import { prettyLogStream, type LogFormat } from './pretty-log.js';
import { safeError } from './safe-error.js';

export type { Logger };

/**
 * Structured JSON logs (pino). Event names are stable strings in the `event` field; a child
 * logger per message carries its key. Anything that could hold a secret is redacted by path,
 * so a careless `log.info({ config })` still prints no password. An error under `err` or `error`
 * is logged by class, code and statement only (`safeError`): no stack, no bound values.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr, format: LogFormat | null = 'json'): Logger {
  return pino(
    {
      level,
      base: { app: 'ccpa-mailbot' },
      serializers: { err: safeError, error: safeError },
      hooks: {
        // pino copies an error's message into `msg` when no message is given (`log.error(err)`,
        // `log.error({ err })`), past the serializer: turn errors into safe ones first.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const safe = first instanceof Error ? { err: safeError(first) } : withSafeErrors(first);
          return method.apply(this, [safe, ...rest] as unknown as Parameters<typeof method>);
        },
      },
      redact: {
        paths: ['password', 'pass', '*.password', '*.pass', 'auth', '*.auth', 'config.source.url', 'config.transport.url', 'url'],
        censor: '[redacted]',
      },
    },
    prettyLogStream(destination, format),
  );
}

function withSafeErrors(fields: unknown): unknown {
  if (typeof fields !== 'object' || fields === null) return fields;
  const { err, error } = fields as { err?: unknown; error?: unknown };
  if (!(err instanceof Error) && !(error instanceof Error)) return fields;
  return { ...fields, ...(err instanceof Error ? { err: safeError(err) } : {}), ...(error instanceof Error ? { error: safeError(error) } : {}) };
}

/** A logger that writes nothing, for tests and dry runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
