/**
 * Plain text as every mail client reads it well: RFC 3676 `format=flowed` (DelSp=No), lines of
 * at most WIDTH characters. A client that knows format=flowed (Apple Mail, Thunderbird, most
 * webmail) rejoins a paragraph's soft-broken lines and reflows it to its window; one that does
 * not shows short lines that still read well, instead of the ~115-column lines the templates
 * are written in, which phones and narrow panes break again mid-line.
 *
 * The templates stay as they are written: a paragraph may be hand-wrapped at any width, and this
 * rejoins it before wrapping. A line continues the one before when both are text of the same
 * block (no blank line, no new list item, the same indentation) and the one before is long
 * enough to have been wrapped by hand; short lines (a greeting, a signature, an address) keep
 * their breaks. List items are wrapped with a hanging indent and hard breaks, so they line up in
 * every client. A citation (`Cal. Code Regs. tit. 11, §7021`) and a reference (`CCPA-2026-000123`)
 * are never broken inside.
 */

/** RFC 3676 §4.1 / RFC 5322 §2.1.1: 78 is the limit; 76 leaves room for the soft break's space. */
export const FLOWED_WIDTH = 76;

/** A hand-wrapped line is at least this long; anything shorter was broken on purpose. */
const WRAPPED_LINE_MIN = 60;
/** Stands for a space that must not become a line break while wrapping. */
const GLUE = '\u00a0';
const LIST_ITEM = /^(\s*)([-*•]|\d+[.)])\s+/;

/** Wraps `text` as format=flowed: soft breaks end with a space, hard breaks do not (RFC 3676 §4.2). */
export function flowText(text: string, width = FLOWED_WIDTH): string {
  const out: string[] = [];
  for (const block of logicalLines(text.replace(/\r\n?/g, '\n').split('\n'))) out.push(...wrapBlock(block, width));
  return out.map(spaceStuff).join('\r\n');
}

interface Block {
  /** Spaces before the first line's text (and the list marker, if any). */
  indent: string;
  /** The list marker with its space (`- `), or '' for prose. */
  marker: string;
  text: string;
  /** Prose at the margin is soft-broken (flowed); list items, indented blocks and table rows keep hard breaks. */
  flowed: boolean;
}

/** Rejoins hand-wrapped lines into the paragraphs and list items they belong to. */
function logicalLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: (Block & { continuationIndent: string; last: string }) | null = null;
  for (const raw of lines) {
    // Trailing spaces would read as soft breaks; the signature separator keeps its one (§4.3).
    const line = raw === '-- ' ? raw : raw.replace(/[ \t]+$/, '');
    const item = LIST_ITEM.exec(line);
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    const continues =
      current !== null && line.trim() !== '' && item === null && indent === current.continuationIndent && !isTableRow(current.last) && !isTableRow(line) && wasWrappedBefore(current.last, line, current.marker === '' && current.indent !== '');
    if (current !== null && continues) {
      current.text += ` ${line.trim()}`;
      current.last = line;
      continue;
    }
    if (current !== null) blocks.push(current);
    if (line.trim() === '' || line === '-- ') {
      blocks.push({ indent: '', marker: '', text: line, flowed: false });
      current = null;
      continue;
    }
    const marker: string = item ? line.slice(indent.length, item[0].length) : '';
    current = {
      indent,
      marker,
      text: line.slice(indent.length + marker.length),
      // Only prose at the margin is flowed: a client that reflows joins soft-broken lines with their
      // leading spaces, so an indented block (the declaration to copy) keeps hard breaks.
      flowed: marker === '' && indent === '' && !isTableRow(line),
      continuationIndent: item ? ' '.repeat(item[0].length) : indent,
      last: line,
    };
  }
  if (current !== null) blocks.push(current);
  return blocks.map(({ indent, marker, text, flowed }) => ({ indent, marker, text, flowed }));
}

/**
 * Whether the break between `previous` and `next` was made by hand to wrap a paragraph: the line
 * before is long, or (shortened by a short value filled in) the next goes on mid-sentence in
 * lower case. A label line ending in `:`, and an address on its own line, keep their breaks.
 */
function wasWrappedBefore(previous: string, next: string, indentedBlock: boolean): boolean {
  if (previous.endsWith(':')) return false;
  const firstWord = next.trim().split(' ')[0] ?? '';
  const goesOnMidSentence = /^[a-záéíóúñü(]/.test(firstWord) && !firstWord.includes('@');
  // Indented lines without a list marker are often items of their own (the digest's problems, one
  // per line): only a line that goes on mid-sentence continues one (the declaration to copy).
  if (indentedBlock) return goesOnMidSentence;
  return previous.length >= WRAPPED_LINE_MIN || goesOnMidSentence;
}

/** Columns set apart by two spaces or more (the digest's lists): never rejoined or reflowed. */
function isTableRow(line: string): boolean {
  return /\S {2,}\S/.test(line);
}

function wrapBlock(block: Block, width: number): string[] {
  if (block.text === '' || block.text === '-- ') return [block.text];
  // Columns stay as laid out: wrapping would shift every column after the break.
  if (isTableRow(block.text)) return [block.indent + block.marker + block.text];
  const words = glueUnbreakables(block.text).split(' ').filter((w) => w !== '');
  const first = block.indent + block.marker;
  const hanging = block.flowed ? block.indent : ' '.repeat(first.length);
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : line + word;
    // A soft break adds one space at the end, so flowed lines stop one short of the width.
    const limit = block.flowed ? width - 1 : width;
    if (lineHasWord && candidate.length > limit) {
      lines.push(block.flowed ? `${line} ` : line);
      line = hanging + word;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.map((l) => l.replaceAll(GLUE, ' '));
}

/**
 * Marks the spaces inside citations so no line ends in the middle of one: a parenthesised group
 * that cites a section, as a whole when it fits on a line, otherwise only between its parts
 * (after `;`), and any `Cal. ... §1798.125` or `Código ... §1798.125` outside parentheses.
 */
function glueUnbreakables(text: string): string {
  const glued = text.replace(/(?:Cal\.|C[oó]digo)(?: [^\s();§]+){0,8}? §+ ?[\d.]+(?:\([0-9a-zA-Z]+\))*/g, (m) => m.replaceAll(' ', GLUE));
  return replaceCitationGroups(glued, (group) => {
    if (group.length <= WRAPPED_LINE_MIN) return group.replaceAll(' ', GLUE);
    return group
      .split('; ')
      .map((part) => part.replaceAll(' ', GLUE))
      .join('; ');
  });
}

/** Applies `glue` to each balanced `( ... )` group that contains a section sign. */
function replaceCitationGroups(text: string, glue: (group: string) => string): string {
  let out = '';
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const group = text.slice(start, i + 1);
        out += group.includes('§') ? glue(group) : group;
        start = -1;
        continue;
      }
    }
    if (depth === 0) out += ch;
  }
  // An unbalanced '(' keeps the rest as it was.
  if (depth > 0 && start !== -1) out += text.slice(start);
  return out;
}

/** RFC 3676 §4.4: a line starting with a space, `>` or `From ` is stuffed with one space. */
function spaceStuff(line: string): string {
  return /^( |>|From )/.test(line) ? ` ${line}` : line;
}
