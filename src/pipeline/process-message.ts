/**
 * The pipeline, in order. Every inbound message, whether it comes from IMAP, the local Maildir
 * or `ccpa-mailbot process FILE.eml`, goes through exactly these stages:
 *
 *   1. parse       raw RFC 5322 bytes -> InboundMail             (parse/parse-mail.ts)
 *   2. quarantine  hostile or malformed mail is held for staff   (parse/quarantine-reason.ts)
 *   3. screen      bounce, auto-reply, list, loop, spam verdicts  (screen/screen-mail.ts)
 *   4. read        the new text, without quotes and signature    (parse/read-text.ts)
 *   5. classify    what is asked, by whom, in which language     (classify/)
 *   6. decide      requests, replies and audit events to commit  (decide/decide-inbound.ts)
 *
 * Stages 2 to 6 are pure. The edge (`handle-inbound.ts`) stores the raw message and commits the
 * decision, its audit events and its outgoing mail in one transaction.
 */
import type { ScreenContext } from './types.js';
import { parseMail, UnparseableMailError } from './parse/parse-mail.js';
import { quarantineReason } from './parse/quarantine-reason.js';
import { readText } from './parse/read-text.js';
import { screenMail } from './screen/screen-mail.js';
import { decideInbound, type Decision, type ThreadContext, type Understanding } from './decide/decide-inbound.js';
import type { ClockConfig } from './decide/clocks.js';

export interface PipelineSettings {
  screen: ScreenContext;
  clocks: ClockConfig;
}

/** Stages 1 to 5: everything the bot can know about a message without the database. */
export async function understandMessage(raw: Buffer, receivedAt: Date, settings: PipelineSettings): Promise<Understanding> {
  const mail = await parseMail(raw, receivedAt).catch((err: unknown) => {
    if (err instanceof UnparseableMailError) return null;
    throw err;
  });
  const quarantine = quarantineReason(raw, mail);
  if (mail === null || quarantine !== null) return { mail, quarantine, verdict: null, classification: null };
  const verdict = screenMail(mail, settings.screen);
  if (verdict.kind !== 'human') return { mail, quarantine, verdict, classification: null };
  readText(mail);
  return { mail, quarantine, verdict, classification: null };
}

/** Stage 6. */
export function decide(understanding: Understanding, thread: ThreadContext, settings: PipelineSettings): Decision {
  return decideInbound(understanding, thread, settings.clocks);
}
