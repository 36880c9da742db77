import { convert } from 'html-to-text';

/** Larger HTML is cut before conversion: a request never needs megabytes of markup. */
const MAX_HTML_CHARS = 2_000_000;

/**
 * Converts an HTML body to plain text with html-to-text. Blockquotes keep their `> ` prefix so
 * that `readText` can recognise quoted history (Apple `blockquote type=cite`, Gmail quotes);
 * images are dropped and link targets omitted. Returns '' when the markup cannot be converted.
 */
export function htmlToPlainText(html: string): string {
  try {
    return convert(html.slice(0, MAX_HTML_CHARS), {
      wordwrap: false,
      limits: { maxDepth: 256, maxInputLength: MAX_HTML_CHARS },
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
