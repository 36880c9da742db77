/**
 * The pipeline, in order. Every inbound message, whether it comes from IMAP, the local Maildir
 * or `ccpa-mailbot process FILE.eml`, goes through exactly these stages:
 *
 *   1. parse       raw RFC 5322 bytes -> InboundMail             (parse/parse-mail.ts)
 *   2. quarantine  hostile or malformed mail is held for staff   (parse/quarantine-reason.ts)
 *   3. screen      bounce, auto-reply, list, loop, spam verdicts  (screen/screen-mail.ts)
 *   4. read        the new text, without quotes and signature    (parse/read-text.ts)
 *   5. classify    what is asked, by whom, in which language     (classify/classify-message.ts)
 *   6. extract     data points, references, codes, signature     (extract/extract-data.ts)
 *   7. decide      requests, replies and audit events to commit  (decide/decide-inbound.ts)
 *
 * Stages 2 to 7 are pure. The edge (`handle-inbound.ts`) stores the raw message and commits the
 * decision, its audit events and its outgoing mail in one transaction.
 */
import type { Classification, InboundMail, ReadableText, ScreenContext, ScreenVerdict } from './types.js';
import { parseMail, UnparseableMailError } from './parse/parse-mail.js';
import { quarantineReason } from './parse/quarantine-reason.js';
import { readText } from './parse/read-text.js';
import { screenMail } from './screen/screen-mail.js';
import { OWN_DOMAIN_ROBOT } from './screen/detect-loop.js';
import { isWeakMachineVerdict } from './screen/weak-machine-verdict.js';
import { classifyMessage, type ClassifyInput } from './classify/classify-message.js';
import { extractData } from './extract/extract-data.js';
import { decideInbound, type Decision, type DecideSettings, type ThreadContext, type Understanding } from './decide/decide-inbound.js';

/** What stages 1 to 6 need: `classify`, the evaluation harness and the fuzz test pass these alone. */
export interface UnderstandSettings {
  screen: ScreenContext;
  /** Below this classification confidence a message goes to staff instead of being answered. */
  reviewThreshold: number;
}

export interface PipelineSettings extends DecideSettings, UnderstandSettings {}

/** What stage 5 reads of a message stage 4 has read. */
export function classifyInput(mail: InboundMail, text: ReadableText, verdict: ScreenVerdict): ClassifyInput {
  return { subject: mail.subject, body: text.body, quoted: text.quoted, signature: text.signature ?? '', attachments: mail.attachments, fromName: mail.from?.name ?? '', screen: verdict };
}

/**
 * Stages 1 to 6: everything the bot can know about a message without the database. The daemon,
 * `process`, `classify --json`, the evaluation harness and the fuzz test all call this.
 */
export async function understandMessage(raw: Buffer, receivedAt: Date, settings: UnderstandSettings): Promise<Understanding> {
  const mail = await parseMail(raw, receivedAt).catch((err: unknown) => {
    if (err instanceof UnparseableMailError) return null;
    throw err;
  });
  const quarantine = quarantineReason(raw, mail);
  if (mail === null || quarantine !== null) return { mail, quarantine, verdict: null, text: null, classification: null, extraction: null };
  const verdict = screenMail(mail, settings.screen);
  // Bounces, auto-replies and our own mail quote other people's text: never read them as requests.
  if (verdict.kind === 'bounce' || verdict.kind === 'auto_reply' || verdict.kind === 'loop' || verdict.kind === 'feedback_report') {
    const weak = isWeakMachineVerdict(verdict, mail) ? readOverWeakCue(mail, verdict, settings) : null;
    if (weak === null) return { mail, quarantine, verdict, text: null, classification: null, extraction: null };
    return { mail, quarantine, verdict: weak.verdict, text: weak.text, classification: weak.classification, extraction: extractData(weak.text.body) };
  }
  const text = readText(mail);
  const classification = classifyMessage(classifyInput(mail, text, verdict), { reviewThreshold: settings.reviewThreshold });
  // A typed signature under a declaration often sits below the signature delimiter: read both.
  const extraction = extractData(text.signature ? `${text.body}\n${text.signature}` : text.body);
  return { mail, quarantine, verdict, text, classification, extraction };
}

/**
 * A scam dressed as machine mail (a spoofed no-reply of our own domain, a "do not reply" footer,
 * a fake "delivery failed" parcel notice) is junk for staff's digest, not silent machine mail:
 * when the verdict rests only on such a cue (screen/weak-machine-verdict.ts) and the text read as
 * a person's is phishing, it is `other`. A person's request relayed by our own no-reply address
 * goes to staff (below). Never answered either way; anything else keeps its machine verdict unread.
 */
function readOverWeakCue(mail: InboundMail, screened: ScreenVerdict, settings: UnderstandSettings): { verdict: ScreenVerdict; text: ReadableText; classification: Classification } | null {
  const verdict: ScreenVerdict = { kind: 'human', reason: `phishing-over-weak-cue:${screened.reason}` };
  const text = readText(mail);
  const classification = classifyMessage(classifyInput(mail, text, verdict), { reviewThreshold: settings.reviewThreshold });
  if (classification.category === 'other' && classification.otherWhy?.startsWith('phishing:') === true) return { verdict, text, classification };
  return screened.reason === OWN_DOMAIN_ROBOT ? relayedRequest(screened, text, classification) : null;
}

/**
 * A web form on our own site may relay a person's request from our no-reply address (issue 16:
 * "Nueva solicitud desde el formulario ... Email del titular: ..."). Kept as our loop (nothing is
 * ever sent to our robot, decide-inbound.ts), but when it plainly asks, the reading goes with it,
 * so it is never stored unseen: staff get it with the message. Our own replies that quote a
 * request carry our loop header or Message-ID (strong cues) and never come here.
 */
function relayedRequest(screened: ScreenVerdict, text: ReadableText, read: Classification): { verdict: ScreenVerdict; text: ReadableText; classification: Classification } | null {
  if (read.category !== 'privacy_request') return null;
  const classification: Classification = {
    ...read,
    needsReview: true,
    reasons: [...read.reasons, 'sent by our own no-reply address (a web form relaying a person?): staff answer the person written in it, never the robot'],
  };
  return { verdict: screened, text, classification };
}

/** Stage 7. */
export function decide(understanding: Understanding, thread: ThreadContext, settings: PipelineSettings): Decision {
  return decideInbound(understanding, thread, settings);
}
