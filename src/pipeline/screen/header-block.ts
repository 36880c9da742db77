/**
 * The header block of an embedded message or header part: everything before the first empty
 * line (RFC 5322 §2.1), with folded lines joined so one header is one line.
 */
export function headerBlock(content: string): string {
  const end = content.search(/\r?\n[ \t]*\r?\n/);
  const head = end === -1 ? content : content.slice(0, end);
  return head.replace(/\r?\n(?=[ \t])/g, '');
}
