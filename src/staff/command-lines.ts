import { ATTRIBUTION, HEADER_FROM, HEADER_SENT, MOBILE_SIGNATURE, SEPARATOR, SIGNATURE_DELIMITER } from '../pipeline/parse/quote-markers.js';

/** How many lines after an Outlook "From:" line the "Sent:" line may come. */
const HEADER_WINDOW = 4;

/**
 * The lines a staff member wrote above the quoted flag mail: everything before the first quote,
 * attribution, separator or signature (email-rules §5), with leading and trailing blank lines
 * removed. Only top-posted text counts: a command must never be read out of the quoted flag
 * mail itself, which lists every command.
 */
export function commandLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (endsCommandText(lines, i, line)) break;
    kept.push(line.trimEnd());
  }
  while (kept.length > 0 && (kept[0] ?? '').trim() === '') kept.shift();
  while (kept.length > 0 && (kept.at(-1) ?? '').trim() === '') kept.pop();
  return kept;
}

function endsCommandText(lines: readonly string[], index: number, line: string): boolean {
  if (/^\s*>/.test(line)) return true;
  if (SEPARATOR.test(line) || SIGNATURE_DELIMITER.test(line) || MOBILE_SIGNATURE.test(line)) return true;
  if (ATTRIBUTION.some((pattern) => pattern.test(line))) return true;
  // "On Mon, 23 Nov 2026, Staff <x@example.com>" wrapped before "wrote:".
  if (/^\s*\S.*$/.test(line) && ATTRIBUTION.some((pattern) => pattern.test(`${line} ${lines[index + 1] ?? ''}`))) return true;
  if (HEADER_FROM.test(line)) {
    return lines.slice(index + 1, index + 1 + HEADER_WINDOW).some((next) => HEADER_SENT.test(next));
  }
  return false;
}
