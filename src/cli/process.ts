import fs from 'node:fs';
import type { Command } from 'commander';
import { simpleParser } from 'mailparser';
import { createLogger, silentLogger } from '../shared/logger.js';
import { inboundDeps } from '../compose.js';
import { migrate, openDb, sqliteFilename } from '../store/db.js';
import { handleInbound, type HandledMessage } from '../inbound/handle-inbound.js';
import { configFromEnvironment } from './load-environment.js';
import { fileProgress } from './file-progress.js';

/**
 * `process FILE.eml...`: pushes stored messages through the real pipeline, for replaying a
 * message or trying one out. With --dry-run, everything runs inside a transaction that is rolled
 * back, so the output shows exactly what would happen and nothing is written.
 */
export function registerProcessCommand(program: Command): void {
  program
    .command('process')
    .description('push .eml files through the pipeline (as if they had just arrived)')
    .argument('<files...>', '.eml files')
    .option('--dry-run', 'print the decision and the reply it would send; write nothing')
    .action(async (files: string[], options: { dryRun?: boolean }) => {
      const config = configFromEnvironment();
      const dryRun = options.dryRun === true;
      // A dry run against a database that does not exist yet uses a throw-away one in memory.
      const databaseUrl = dryRun && isMissingSqliteFile(config.databaseUrl) ? 'sqlite::memory:' : config.databaseUrl;
      const db = openDb(databaseUrl);
      try {
        await migrate(db);
        const progress = fileProgress(files.length);
        const deps = inboundDeps(config, db, dryRun ? silentLogger() : createLogger(config.logLevel, progress.logs, config.ops.logFormat));
        for (const file of files) {
          const raw = fs.readFileSync(file);
          const result = await handleInbound(deps, raw, { source: 'cli', mailbox: null, uidValidity: null, uid: null, receivedAt: deps.clock() }, { dryRun });
          progress.write(await describe(file, result, dryRun));
          progress.tick();
        }
        progress.stop();
      } finally {
        await db.destroy();
      }
    });
}

function isMissingSqliteFile(url: string): boolean {
  const filename = sqliteFilename(url);
  return filename !== null && filename !== ':memory:' && !fs.existsSync(filename);
}

async function describe(file: string, result: HandledMessage, dryRun: boolean): Promise<string> {
  const lines = [
    `${file}${dryRun ? ' (dry run: nothing written)' : ''}`,
    `  outcome:   ${result.outcome}`,
    `  verdict:   ${result.verdict ?? '-'}${result.verdictReason ? ` (${result.verdictReason})` : ''}`,
  ];
  const c = result.classification;
  if (c) {
    lines.push(`  category:  ${c.category}${c.requestTypes.length ? ` [${c.requestTypes.join(', ')}]` : ''}, requester ${c.requester}, ${c.lang}, confidence ${c.confidence.toFixed(2)}${c.needsReview ? ' (needs review)' : ''}`);
    for (const reason of c.reasons) lines.push(`             - ${reason}`);
  }
  for (const request of result.requests) lines.push(`  request:   ${request.reference} ${request.type}, due ${request.dueDate}`);
  for (const flag of result.staffFlags) lines.push(`  staff:     flagged (${flag})`);
  for (const reply of result.replies) {
    const parsed = await simpleParser(reply.raw);
    lines.push(`  reply:     ${reply.kind} to ${reply.to}`, `  subject:   ${reply.subject}`, '', indent(parsed.text ?? ''));
  }
  return `${lines.join('\n')}\n\n`;
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `    | ${line}`).join('\n');
}
