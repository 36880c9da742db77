import type { InboundMail, ReadableText } from '../types.js';
import { ATTRIBUTION, FORWARD_SUBJECT, HEADER_FROM, HEADER_SENT, MOBILE_SIGNATURE, SEPARATOR, SIGNATURE_DELIMITER } from './quote-markers.js';

type LineKind = 'new' | 'quoted' | 'signature';

/** How many lines after an Outlook "From:" line the "Sent:" line may come. */
const HEADER_WINDOW = 4;

/**
 * Separates what the sender wrote in this message from quoted history and signature
 * (email-rules §5). New text above a quote (top-posting) and below or between quotes
 * (bottom-posting, inline answers) are both kept. In a forwarded message (Fwd:/RV: subject)
 * the forwarded part is what the sender means us to read, so it stays in the body.
 */
export function readText(mail: InboundMail): ReadableText {
  // Screening reads the text of a message (to spot an auto-reply), then the pipeline reads it
  // again: the result depends on the text and the subject alone, so the last one is kept.
  if (last !== null && last.text === mail.text && last.subject === mail.subject) return { ...last.read };
  const lines = mail.text.replace(/\r\n?/g, '\n').split('\n');
  const kinds = classifyLines(lines, FORWARD_SUBJECT.test(mail.subject));
  const read: ReadableText = {
    body: joinKind(lines, kinds, 'new'),
    quoted: joinKind(lines, kinds, 'quoted'),
    signature: joinKind(lines, kinds, 'signature') || null,
  };
  last = { text: mail.text, subject: mail.subject, read };
  return { ...read };
}

let last: { text: string; subject: string; read: ReadableText } | null = null;

function classifyLines(lines: readonly string[], forwarded: boolean): LineKind[] {
  const kinds: LineKind[] = [];
  let state: LineKind = 'new';
  let forwardPending = forwarded;
  let lastHistory = -10;
  for (let i = 0; i < lines.length; i += 1) {
    const start = quoteStart(lines, i);
    if (start === 'history') {
      // The first quoted block of a forward is the forwarded message itself: keep it. A
      // separator line right before Outlook's header block belongs to the same block.
      if (i - lastHistory > 2) state = forwardPending ? 'new' : 'quoted';
      if (i - lastHistory > 2) forwardPending = false;
      lastHistory = i;
      kinds.push(state);
    } else if (start === 'attribution') {
      if (state === 'signature') state = 'new';
      kinds.push('quoted');
      if (isWrappedAttribution(lines, i)) {
        kinds.push('quoted');
        i += 1;
      }
    } else {
      state = nextState(lines[i] ?? '', state);
      kinds.push(lineKind(lines[i] ?? '', state));
    }
  }
  return kinds;
}

function nextState(line: string, state: LineKind): LineKind {
  return state === 'new' && SIGNATURE_DELIMITER.test(line) ? 'signature' : state;
}

function lineKind(line: string, state: LineKind): LineKind {
  if (/^\s*>/.test(line)) return 'quoted';
  if (state === 'new' && MOBILE_SIGNATURE.test(line)) return 'signature';
  return state;
}

/**
 * `history` starts quoted text that runs to the end (Outlook separators and header blocks
 * do not prefix quoted lines with ">"); `attribution` introduces ">"-quoted lines only, after
 * which the sender's own text may continue (bottom-posting).
 */
function quoteStart(lines: readonly string[], i: number): 'history' | 'attribution' | null {
  const line = (lines[i] ?? '').trim();
  if (SEPARATOR.test(line)) return 'history';
  if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 1 + HEADER_WINDOW).some((l) => HEADER_SENT.test(l))) return 'history';
  if (ATTRIBUTION.some((p) => p.test(line)) || isWrappedAttribution(lines, i)) return 'attribution';
  return null;
}

/** Gmail wraps long attributions: "On Mon, ... Ana Example <" / "ana@example.com> wrote:". */
function isWrappedAttribution(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? '').trim();
  const next = (lines[i + 1] ?? '').trim();
  if (!/^(on|el|am|le)\b/i.test(line) || line.length > 250 || next.length > 120) return false;
  return !ATTRIBUTION.some((p) => p.test(line)) && ATTRIBUTION.some((p) => p.test(`${line} ${next}`));
}

function joinKind(lines: readonly string[], kinds: readonly LineKind[], kind: LineKind): string {
  const picked = lines.filter((_, i) => kinds[i] === kind);
  return picked.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
