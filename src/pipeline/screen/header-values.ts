import type { InboundMail } from '../types.js';

/** Every value of a header (name in lower case), trimmed; empty when absent. */
export function headerValues(mail: InboundMail, name: string): string[] {
  return (mail.headers.get(name) ?? []).map((value) => value.trim());
}

/** The value of one parameter of a structured header such as Content-Type, lower-cased. */
export function headerParam(value: string, param: string): string | null {
  const pattern = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const match = pattern.exec(value);
  const found = match?.[1] ?? match?.[2];
  return found === undefined ? null : found.trim().toLowerCase();
}

/** The `report-type` of a top-level `multipart/report` (RFC 6522), or null. */
export function reportType(mail: InboundMail): string | null {
  if (mail.contentType !== 'multipart/report') return null;
  const value = headerValues(mail, 'content-type')[0] ?? '';
  return headerParam(value, 'report-type');
}
