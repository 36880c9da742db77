import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { freePort } from './free-port.js';

/** One message the capture server accepted, as the client sent it. */
export interface CapturedMail {
  /** The envelope sender (MAIL FROM), '' for the null sender `<>`. */
  from: string;
  /** The envelope recipients (RCPT TO). */
  to: string[];
  raw: Buffer;
  receivedAt: Date;
}

/** A real SMTP server on a loopback port that keeps every accepted message for assertions. */
export interface SmtpCapture {
  port: number;
  /** 'smtp://127.0.0.1:PORT' */
  url: string;
  messages: CapturedMail[];
  /** Resolves with all messages once at least `count` arrived; rejects after `timeoutMs` (5 s). */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  /** Refuse every message until called with null: 'transient' answers 451, 'permanent' 554. */
  setRefusal(mode: 'transient' | 'permanent' | null): void;
  /** How many messages were refused so far. */
  refusedCount(): number;
  /** Refuse any login whose password is not `password` (535, RFC 4954 §6); null accepts any login again. */
  requirePassword(password: string | null): void;
  /** How many logins were refused so far. */
  refusedLogins(): number;
  /** Stop listening; open client connections get 421 and are closed after 200 ms. */
  stop(): Promise<void>;
  /** Listen again on the same port after stop (for outage tests). */
  start(): Promise<void>;
}

type RefusalMode = 'transient' | 'permanent' | null;

/**
 * Starts the capture server (about 10 ms). STARTTLS is disabled so clients stay in plaintext
 * without certificate errors; AUTH is optional and any credentials are accepted unless
 * `requirePassword` was called.
 */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const port = await freePort();
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  let refusal: RefusalMode = null;
  let refused = 0;
  let password: string | null = null;
  let refusedLogins = 0;
  let server: SMTPServer | null = null;
  const onAuth: OnAuth = (auth, _session, done) => {
    if (password !== null && auth.password !== password) {
      refusedLogins += 1;
      done(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
      return;
    }
    done(null, { user: auth.username ?? 'anyone' });
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, done: (err?: Error | null) => void): void => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', (error: Error) => done(error));
    stream.on('end', () => {
      if (refusal !== null) {
        refused += 1;
        done(refusalError(refusal));
        return;
      }
      messages.push({ ...envelopeOf(session), raw: Buffer.concat(chunks), receivedAt: new Date() });
      for (const wake of waiters) wake();
      done();
    });
  };

  const capture: SmtpCapture = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessages: (count, timeoutMs = 5_000) => waitForCount(messages, waiters, count, timeoutMs),
    setRefusal: (mode) => {
      refusal = mode;
    },
    refusedCount: () => refused,
    requirePassword: (required) => {
      password = required;
    },
    refusedLogins: () => refusedLogins,
    async start() {
      if (server !== null) return;
      server = newServer(onData, onAuth);
      await listen(server, port);
    },
    async stop() {
      const running = server;
      server = null;
      if (running !== null) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
  await capture.start();
  return capture;
}

type ServerOptions = NonNullable<ConstructorParameters<typeof SMTPServer>[0]>;
type OnAuth = NonNullable<ServerOptions['onAuth']>;

function newServer(onData: ServerOptions['onData'], onAuth: OnAuth): SMTPServer {
  const server = new SMTPServer({
    // There is no DNS on test machines; a reverse lookup would only add delay.
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    closeTimeout: 200,
    logger: false,
    onAuth,
    onData,
  });
  // A client killed mid-session (the crash tests SIGKILL the daemon) resets its connection, and
  // smtp-server re-emits that on the server: with no listener the 'error' event would crash the
  // test process. The session is simply gone, as it is for a real server.
  server.on('error', () => undefined);
  return server;
}

function listen(server: SMTPServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
}

function envelopeOf(session: SMTPServerSession): { from: string; to: string[] } {
  const mailFrom = session.envelope.mailFrom;
  return {
    from: mailFrom === false ? '' : mailFrom.address,
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
  };
}

/** RFC 5321 §4.2.1: 4yz is a transient failure (retry later), 5yz a permanent one. */
function refusalError(mode: 'transient' | 'permanent'): Error & { responseCode: number } {
  const transient = mode === 'transient';
  const error = new Error(transient ? 'Try again later (test refusal)' : 'Message refused (test refusal)');
  return Object.assign(error, { responseCode: transient ? 451 : 554 });
}

function waitForCount(
  messages: CapturedMail[],
  waiters: Set<() => void>,
  count: number,
  timeoutMs: number,
): Promise<CapturedMail[]> {
  if (messages.length >= count) return Promise.resolve(messages);
  return new Promise((resolve, reject) => {
    const wake = (): void => {
      if (messages.length < count) return;
      clearTimeout(timer);
      waiters.delete(wake);
      resolve(messages);
    };
    const timer = setTimeout(() => {
      waiters.delete(wake);
      reject(new Error(`waitForMessages: ${messages.length} of ${count} messages after ${timeoutMs} ms`));
    }, timeoutMs);
    waiters.add(wake);
  });
}
