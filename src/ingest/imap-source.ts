import { ImapFlow, type FetchMessageObject } from 'imapflow';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/db.js';
import { readCheckpoint } from '../store/checkpoints.js';
import { redactUrl } from '../shared/redact-url.js';
import { sleep, type StreakOptions } from '../shared/backoff.js';
import { coalesce } from '../shared/coalesce.js';
import type { MailSource, MessageHandler, SourceEvents } from './mail-source.js';
import type { InboundItem } from '../inbound/handle-inbound.js';
import { ImapFailures } from './imap-failures.js';
import { archiveMessages, committedLeftInInbox } from './imap-archive.js';
import { MailboxLease } from './mailbox-lease.js';

export interface ImapSourceOptions {
  url: URL;
  processedFolder: string;
  db: Db;
  log: Logger;
  handle: MessageHandler;
  /** Called after a pass committed at least one message (the daemon drains the outbox then). */
  onCommitted?: () => void;
  /** Called before a message of over a megabyte is fetched and every few megabytes while it is (the daemon's heap budget makes room). */
  makeRoom?: () => void;
  /** The root's clock: the receipt time of a message the server gives no INTERNALDATE for. */
  clock: Clock;
  /** The reconnect backoff (tests shorten it; the default is 1 s doubling to a 60 s cap). */
  backoff?: StreakOptions;
  /** Read only while holding the mailbox's lease (several instances on one database, see mailbox-lease.ts). */
  lease?: { holder: string; ttlMs: number };
  /** Told when the mailbox was read, a session failed, a backlog was found (health, metrics, progress). */
  events?: SourceEvents;
}

/** Fetch sources in batches of at most this many bytes, so a backlog of 25 MB messages stays in memory bounds. */
const MAX_BATCH_BYTES = 32 * 1024 * 1024;
const MAX_BATCH_MESSAGES = 50;
/**
 * A message above this size is fetched on its own, in pieces of this size, into one buffer of
 * its exact size: a single FETCH of 25 MB makes the IMAP client hold the literal twice over.
 */
const LARGE_MESSAGE_BYTES = 1024 * 1024;
const PIECES_BETWEEN_COLLECTIONS = 8;

/**
 * Reads one IMAP mailbox, following email-rules §6: UID checkpoint under UIDVALIDITY, oldest
 * first, checkpoint advanced in the same transaction as each message's decision, processed mail
 * flagged \Seen and moved away. IDLE pushes new mail; the daemon also polls, because IDLE can die
 * silently. Any failure closes the client, and a new one connects after a backoff that grows
 * with the streak of failures, not with the connection (see `ImapFailures`).
 */
export class ImapSource implements MailSource {
  private client: ImapFlow | null = null;
  private stopping = new AbortController();
  private running: Promise<void> | null = null;
  private readonly mailbox: string;
  private readonly sourceKey: string;
  private readonly failures: ImapFailures;
  /** When the wait before the next connect is known: set by a failed pass, read once the session closes. */
  private sessionFailure: number | null = null;
  /** Cleared when a move fails: the next pass checks the processed folder again (it may have been deleted). */
  private folderReady = false;
  private readonly lease: MailboxLease | null;
  readonly sync: () => Promise<void>;

  constructor(private readonly options: ImapSourceOptions) {
    this.mailbox = decodeURIComponent(options.url.pathname.replace(/^\//, '')) || 'INBOX';
    const key = new URL(options.url.toString());
    key.password = '';
    this.sourceKey = `imap://${decodeURIComponent(key.username)}@${key.host}/${this.mailbox}`;
    this.lease = options.lease ? new MailboxLease({ db: options.db, name: this.sourceKey, log: options.log, ...options.lease }) : null;
    this.sync = coalesce(() => this.pass());
    this.failures = new ImapFailures(options.log, options.backoff);
  }

  start(): void {
    this.running ??= this.connectLoop();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    const client = this.client;
    if (client) await client.logout().catch(() => client.close());
    await this.running;
    await this.lease?.release();
  }

  private async connectLoop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      // A standby waits here until the lease is free; the holder renews it while connected.
      this.options.events?.standingBy(this.lease !== null);
      if (this.lease && !(await this.lease.acquire(this.stopping.signal))) break;
      this.options.events?.standingBy(false);
      const client = this.newClient();
      this.lease?.keepWhileOpen(client);
      const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
      let delayMs: number;
      this.sessionFailure = null;
      try {
        await client.connect();
        await client.mailboxOpen(this.mailbox);
        await this.ensureFolder(client);
        this.client = client;
        this.failures.connected({ url: redactUrl(this.options.url), mailbox: this.mailbox });
        client.on('exists', () => void this.sync().catch(() => undefined));
        await this.sync();
        await closed;
        if (this.stopping.signal.aborted) break;
        // A close after a failed pass was logged by the pass; any other close is a failure of its own.
        delayMs = this.sessionFailure ?? this.failures.sessionFailed('closed');
      } catch (err) {
        client.close();
        if (this.stopping.signal.aborted) break;
        delayMs = this.failures.sessionFailed('connect', err);
      }
      this.client = null;
      this.options.events?.reconnecting();
      await sleep(delayMs, this.stopping.signal);
    }
    this.client = null;
  }

  private newClient(): ImapFlow {
    const { url } = this.options;
    const client = new ImapFlow({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'imaps:' ? 993 : 143),
      secure: url.protocol === 'imaps:',
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      logger: false,
      // imapflow starts IDLE only after the connection has been quiet this long; its 15 s default
      // would delay every acknowledgement by up to 15 s.
      autoIdleDelay: 100,
    });
    // email-rules §6: an unhandled 'error' event would crash the daemon.
    client.on('error', (err: Error) => this.failures.warn('imap_client_error', err));
    return client;
  }

  private async ensureFolder(client: ImapFlow): Promise<void> {
    const folders = await client.list();
    if (!folders.some((f) => f.path === this.options.processedFolder)) await client.mailboxCreate(this.options.processedFolder);
    this.folderReady = true;
  }

  /** One pass over the mailbox: everything above the checkpoint, oldest first. */
  private async pass(): Promise<void> {
    const client = this.client;
    if (!client?.usable) return;
    const lock = await client.getMailboxLock(this.mailbox);
    try {
      if (!this.folderReady) await this.ensureFolder(client);
      await this.drainMailbox(client);
      this.options.events?.mailboxRead();
    } catch (err) {
      this.sessionFailure ??= this.failures.sessionFailed('pass', err);
      // A half-finished command leaves the session in an unknown state: start a fresh one.
      client.close();
    } finally {
      lock.release();
    }
  }

  private async drainMailbox(client: ImapFlow): Promise<void> {
    const mailbox = client.mailbox;
    if (!mailbox || mailbox.exists === 0) return;
    const uidValidity = Number(mailbox.uidValidity);
    const checkpoint = await readCheckpoint(this.options.db, this.sourceKey);
    if (checkpoint && checkpoint.uidValidity !== uidValidity) {
      this.options.log.warn({ event: 'uidvalidity_changed', before: checkpoint.uidValidity, after: uidValidity }, 'rereading the mailbox; Message-IDs prevent duplicates');
    }
    const lastUid = checkpoint?.uidValidity === uidValidity ? checkpoint.lastUid : 0;
    const leftovers = await committedLeftInInbox(client, lastUid);
    // Logged once it worked: a move that keeps failing is the throttled `imap_archive_failed`.
    if (leftovers.length > 0 && (await this.archive(client, leftovers))) {
      this.options.log.info({ event: 'imap_archive_retried', messages: leftovers.length }, 'filed away committed messages a failed move had left in the mailbox');
    }
    const pending = await this.listPending(client, lastUid);
    if (pending.length > 0) this.options.events?.backlogFound(pending.length);
    for (const batch of batches(pending)) {
      const messages: Array<Pick<FetchMessageObject, 'uid' | 'source' | 'internalDate'>> = [];
      const [first] = batch;
      if (batch.length === 1 && first && first.size > LARGE_MESSAGE_BYTES) {
        const large = await this.fetchInPieces(client, first.uid);
        if (large) messages.push(large);
      } else {
        // Never run another command inside a fetch loop: it deadlocks (email-rules §6).
        for await (const message of client.fetch(batch.map((m) => m.uid).join(','), { uid: true, source: true, internalDate: true }, { uid: true })) {
          messages.push(message);
        }
      }
      messages.sort((a, b) => a.uid - b.uid);
      const items: InboundItem[] = [];
      for (const message of messages) {
        if (!message.source) continue;
        const receivedAt = message.internalDate instanceof Date ? message.internalDate : message.internalDate !== undefined ? new Date(message.internalDate) : this.options.clock();
        items.push({
          raw: message.source,
          origin: { source: 'imap', mailbox: this.mailbox, uidValidity, uid: message.uid, receivedAt },
          checkpoint: { sourceKey: this.sourceKey, uidValidity, uid: message.uid, ...(this.lease ? { lease: this.lease.fence } : {}) },
        });
      }
      // Let go of the fetched objects: the items hold the sources, and nothing else is needed.
      messages.length = 0;
      try {
        await this.options.handle(items);
      } catch (err) {
        // The messages committed before the one that failed are past the checkpoint and will not
        // be read again: file them away and answer them now, as after a whole batch.
        await this.settleCommitted(client, items, uidValidity).catch(() => undefined);
        throw err;
      }
      await this.settle(client, items.map((item) => item.origin.uid ?? 0));
    }
  }

  private async settle(client: ImapFlow, uids: number[]): Promise<void> {
    if (uids.length === 0) return;
    this.failures.committed();
    this.options.events?.mailboxRead();
    this.options.onCommitted?.();
    await this.archive(client, uids);
  }

  private async settleCommitted(client: ImapFlow, items: InboundItem[], uidValidity: number): Promise<void> {
    const checkpoint = await readCheckpoint(this.options.db, this.sourceKey);
    if (checkpoint?.uidValidity !== uidValidity) return;
    const committed = items.map((item) => item.origin.uid ?? 0).filter((uid) => uid > 0 && uid <= checkpoint.lastUid);
    await this.settle(client, committed);
  }

  /** One large message, a piece at a time (`BODY.PEEK[]<start.length>`); null if it is gone. */
  private async fetchInPieces(client: ImapFlow, uid: number): Promise<Pick<FetchMessageObject, 'uid' | 'source' | 'internalDate'> | null> {
    const head = await client.fetchOne(String(uid), { uid: true, size: true, internalDate: true }, { uid: true });
    if (!head || head.size === undefined) return null;
    this.options.makeRoom?.();
    const source = Buffer.allocUnsafe(head.size);
    let filled = 0;
    for (let count = 1; filled < source.length; count += 1) {
      // Each piece is garbage once copied, outside the heap the collector watches.
      if (count % PIECES_BETWEEN_COLLECTIONS === 0) this.options.makeRoom?.();
      const piece = await client.fetchOne(String(uid), { uid: true, source: { start: filled, maxLength: LARGE_MESSAGE_BYTES } }, { uid: true });
      const bytes = piece ? piece.source : undefined;
      if (!bytes || bytes.length === 0 || filled + bytes.length > source.length) break;
      bytes.copy(source, filled);
      filled += bytes.length;
    }
    // The server's own size and its bytes disagree: better to stop and retry than to store half.
    if (filled !== source.length) throw new Error(`message UID ${uid}: read ${filled} of the ${source.length} bytes the server announced`);
    return { uid, source, internalDate: head.internalDate };
  }

  /** UIDs and sizes above the checkpoint. `N:*` always matches the last message, so filter. */
  private async listPending(client: ImapFlow, lastUid: number): Promise<Array<{ uid: number; size: number }>> {
    const pending: Array<{ uid: number; size: number }> = [];
    for await (const message of client.fetch(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true })) {
      if (message.uid > lastUid) pending.push({ uid: message.uid, size: message.size ?? 0 });
    }
    return pending.sort((a, b) => a.uid - b.uid);
  }

  /** Committed messages leave the INBOX; a failure here loses nothing (the checkpoint is past them, and the next pass retries). */
  private async archive(client: ImapFlow, uids: number[]): Promise<boolean> {
    try {
      await archiveMessages(client, uids, this.options.processedFolder);
      return true;
    } catch (err) {
      this.folderReady = false;
      this.failures.warn('imap_archive_failed', err, { messages: uids.length }, 'handled mail could not be moved to IMAP_PROCESSED_FOLDER; retried on the next pass (check the folder and the rights on it)');
      return false;
    }
  }
}

function* batches(pending: Array<{ uid: number; size: number }>): Generator<Array<{ uid: number; size: number }>> {
  let batch: Array<{ uid: number; size: number }> = [];
  let bytes = 0;
  for (const message of pending) {
    const alone = message.size > LARGE_MESSAGE_BYTES;
    if (batch.length > 0 && (alone || bytes + message.size > MAX_BATCH_BYTES || batch.length >= MAX_BATCH_MESSAGES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(message);
    bytes += message.size;
    if (alone) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
