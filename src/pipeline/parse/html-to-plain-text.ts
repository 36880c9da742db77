import { convert } from 'html-to-text';

/** Larger HTML is cut before conversion: a request never needs megabytes of markup. */
const MAX_HTML_CHARS = 1_000_000;
/**
 * html-to-text builds a DOM, and deeply nested markup makes that superlinear (100,000 nested
 * divs take seconds). Real mail nests a few dozen levels; past this, tags are simply dropped.
 */
const MAX_NESTING = 500;
/** Elements without an end tag, or whose end tag mail HTML often omits: not counted. */
const UNCOUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'option', 'dt', 'dd',
]);

/**
 * Converts an HTML body to plain text with html-to-text. Blockquotes keep their `> ` prefix so
 * that `readText` can recognise quoted history (Apple `blockquote type=cite`, Gmail quotes);
 * images are dropped and link targets omitted. Returns '' when the markup cannot be converted.
 */
export function htmlToPlainText(html: string): string {
  const input = html.slice(0, MAX_HTML_CHARS);
  if (nestingDepth(input) > MAX_NESTING) return input.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();
  try {
    return convert(input, {
      wordwrap: false,
      limits: { maxDepth: MAX_NESTING, maxInputLength: MAX_HTML_CHARS },
      selectors: [
        { selector: 'img', format: 'skip' },
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'style', format: 'skip' },
        { selector: 'script', format: 'skip' },
      ],
    }).trim();
  } catch {
    return '';
  }
}

/** The deepest element nesting in `html`, by a linear scan of its tags (stops past the limit). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>/gi)) {
    const [, closing, name = '', selfClosing] = match;
    if (UNCOUNTED.has(name.toLowerCase()) || selfClosing === '/') continue;
    depth = closing === '/' ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) break;
  }
  return deepest;
}
