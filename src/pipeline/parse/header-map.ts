import libmime from 'libmime';
import type { HeaderMap } from '../types.js';

/** One raw header line as mailparser reports it: lower-case key, folded `Name: value` text. */
export interface RawHeaderLine {
  key: string;
  line: string;
}

/**
 * Builds the lower-cased header map from raw header lines, keeping every value of a repeated
 * header in order (Received, or a duplicated Subject an attacker hopes we read differently).
 * Values are unfolded (RFC 5322 §2.2.3) and RFC 2047 encoded words are decoded.
 */
export function headerMap(lines: readonly RawHeaderLine[]): HeaderMap {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const name = key.trim().toLowerCase();
    if (name === '') continue;
    const colon = line.indexOf(':');
    const value = decodeHeaderValue(colon === -1 ? '' : line.slice(colon + 1));
    const values = map.get(name);
    if (values) values.push(value);
    else map.set(name, [value]);
  }
  return map;
}

/** Unfolds and decodes one header value; an undecodable encoded word is kept as written. */
export function decodeHeaderValue(folded: string): string {
  const unfolded = folded.replace(/\r?\n(?=[ \t])/g, '').trim();
  try {
    return libmime.decodeWords(unfolded).replace(/\0/g, '');
  } catch {
    return unfolded.replace(/\0/g, '');
  }
}

/** The first value of a header, or null when the message does not carry it. */
export function firstHeader(headers: HeaderMap, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}
