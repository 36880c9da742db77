import fs from 'node:fs';
import type { Command } from 'commander';
import { digestDeps, type BotRoot } from '../compose.js';
import { renderDigest, sendDigestNow } from '../digest/send-digest.js';
import type { Config } from '../config.js';
import { createLogger } from '../shared/logger.js';
import { OutboxSender } from '../mail/outbox-sender.js';
import { openTransport } from '../mail/transports.js';
import type { Db } from '../store/db.js';
import { withDatabase } from './with-database.js';

/**
 * `digest --preview FILE.html`: the staff digest as it would go out now, from the real database,
 * written to a file to open in a browser; nothing is sent or recorded. `digest --send`: queue it
 * to every staff address now and deliver it; the scheduled digest still goes out at its time.
 */
export function registerDigestCommand(program: Command): void {
  program
    .command('digest')
    .description('preview the staff digest in a file, or send it now')
    .option('--preview <file>', 'write the digest HTML to this file (the text part beside it, .txt)')
    .option('--send', 'send the digest to the staff addresses now')
    .action(async (options: { preview?: string; send?: boolean }) => {
      if (!options.preview && !options.send) throw new Error('digest: give --preview FILE.html, --send, or both');
      await withDatabase(async (db, config, root) => {
        if (options.preview) {
          const { digest, message } = await renderDigest(db, root.templates, root.digest, root.clock());
          fs.writeFileSync(options.preview, message.html);
          fs.writeFileSync(options.preview.replace(/\.html?$/i, '') + '.txt', message.text);
          process.stdout.write(`${options.preview}: ${message.subject} (${digest.sections.map((s) => `${s.title}: ${s.lines.length}`).join('; ')})\n`);
        }
        if (options.send) await send(config, db, root);
      });
    });
}

async function send(config: Config, db: Db, root: BotRoot): Promise<void> {
  const log = createLogger(config.logLevel, process.stderr, config.ops.logFormat);
  const result = await sendDigestNow(digestDeps(root, db, log), root.clock());
  if (result.outcome !== 'queued') {
    process.stdout.write('digest: no staff addresses configured (STAFF_ADDRESSES): nothing sent\n');
    return;
  }
  const transport = openTransport(config.transport, root.clock);
  try {
    await new OutboxSender({ db, transport, log, claimant: `${config.instanceId}:cli:${process.pid}`, maxAttempts: config.outboxMaxAttempts, clock: root.clock }).drain();
  } finally {
    transport.close();
  }
  process.stdout.write(`digest: sent to ${result.recipients.join(', ')}\n`);
}
