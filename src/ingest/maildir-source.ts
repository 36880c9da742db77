import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../shared/logger.js';
import { coalesce } from '../shared/coalesce.js';
import type { MailSource, MessageHandler, SourceEvents } from './mail-source.js';
import { safeError } from '../shared/safe-error.js';

export interface MaildirSourceOptions {
  path: string;
  log: Logger;
  handle: MessageHandler;
  onCommitted?: () => void;
  events?: SourceEvents;
}

/**
 * The embedded mailbox: a Maildir (`new/`, `cur/`, `tmp/`) on local disk, so the bot runs with no
 * mail server at all. A file dropped into `new/` is processed and then renamed into `cur/` with
 * the Seen flag (`:2,S`), the Maildir equivalent of flag-and-move. The rename happens only after
 * the decision is committed; a crash in between means the file is read again and de-duplicated
 * by its Message-ID.
 */
/** How long a file in new/ must be unchanged before it is read. */
const SETTLE_MS = 1000;

export class MaildirSource implements MailSource {
  private watcher: fs.FSWatcher | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  readonly sync: () => Promise<void>;

  constructor(private readonly options: MaildirSourceOptions) {
    for (const sub of ['new', 'cur', 'tmp']) fs.mkdirSync(path.join(options.path, sub), { recursive: true });
    this.sync = coalesce(() => this.pass());
  }

  start(): void {
    try {
      this.watcher = fs.watch(path.join(this.options.path, 'new'), () => void this.sync().catch(() => undefined));
    } catch (err) {
      this.options.log.warn({ event: 'maildir_watch_unavailable', err: safeError(err) }, 'falling back to polling only');
    }
    void this.sync().catch(() => undefined);
  }

  private retryLater(): void {
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = null;
      void this.sync().catch(() => undefined);
    }, SETTLE_MS);
  }

  async stop(): Promise<void> {
    this.watcher?.close();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.sync().catch(() => undefined);
  }

  private async pass(): Promise<void> {
    const newDir = path.join(this.options.path, 'new');
    // Maildir names start with the delivery time, so name order is arrival order.
    const names = fs.readdirSync(newDir).filter((name) => !name.startsWith('.')).sort();
    if (names.length > 0) this.options.events?.backlogFound(names.length);
    let committed = 0;
    let failed = false;
    for (const name of names) {
      const file = path.join(newDir, name);
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) continue;
        // Maildir writers deliver through tmp/ and rename, but a person copying a file straight
        // into new/ is seen mid-write: a file changed within the settle time is left for a
        // moment, or half a message would be read and filed away as complete. Measured on the
        // wall clock, not the root's: a file's mtime is wall-clock time.
        if (Date.now() - stat.mtimeMs < SETTLE_MS) {
          this.retryLater();
          continue;
        }
        await this.options.handle([{ raw: fs.readFileSync(file), origin: { source: 'maildir', mailbox: this.options.path, uidValidity: null, uid: null, receivedAt: stat.mtime } }]);
        fs.renameSync(file, path.join(this.options.path, 'cur', `${name.replace(/:2,.*$/, '')}:2,S`));
        committed++;
      } catch (err) {
        // The file stays in new/ and is tried again on the next pass.
        this.options.log.error({ event: 'maildir_message_failed', file: name, err: safeError(err) }, 'a message in the Maildir could not be handled; it stays in new/ and is tried again (check the database)');
        failed = true;
        break;
      }
    }
    if (committed > 0) this.options.onCommitted?.();
    if (!failed) this.options.events?.mailboxRead();
  }
}
