import { connect } from 'node:net';
import { sleep } from './wait-for-exit.js';

/**
 * Resolves once the IMAP server on `port` greets with `* OK [CAPABILITY`. Right after start,
 * Dovecot's imap-login may greet `* OK Waiting for authentication process` and a login sent then
 * can fail, so a mere open port is not enough.
 */
export async function waitForImapGreeting(host: string, port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    last = await readGreeting(host, port);
    if (last.startsWith('* OK [CAPABILITY')) return;
    await sleep(25);
  }
  throw new Error(`IMAP server ${host}:${port} not ready after ${timeoutMs} ms (last: ${last.trim()})`);
}

/** The first line the server sends, or a description of the connection error. */
function readGreeting(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let received = '';
    const finish = (result: string): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2_000, () => finish('timeout'));
    socket.on('error', (error) => finish(`error: ${error.message}`));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\n')) {
        socket.write('a LOGOUT\r\n');
        finish(received.slice(0, received.indexOf('\n')));
      }
    });
    socket.on('close', () => finish(received === '' ? 'closed' : received));
  });
}

/** Resolves once nothing accepts connections on `port` (the old server released its socket). */
export async function waitForPortClosed(host: string, port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAccepting(host, port))) return;
    await sleep(25);
  }
  throw new Error(`port ${host}:${port} still accepting connections after ${timeoutMs} ms`);
}

function isAccepting(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
