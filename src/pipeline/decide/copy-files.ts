import { createHash } from 'node:crypto';
import type { RequestType } from '../types.js';

/**
 * The files staff attach to deliver a copy (§1798.130(a)(2)(B), §1798.100(d): "in a portable and,
 * to the extent technically feasible, readily usable format"). Pure: what may go, and why not.
 */

/** A file on its way to the consumer. */
export interface CopyFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** What the record keeps of a delivered file: never its content (§7060(d)-style minimization). */
export interface CopyFileRecord {
  name: string;
  bytes: number;
  sha256: string;
}

/** The portable formats we know, by extension, each with how its bytes must begin or read. */
const PORTABLE_FORMATS: Record<string, { contentType: string; looksRight: (content: Buffer) => boolean }> = {
  csv: { contentType: 'text/csv', looksRight: isText },
  json: { contentType: 'application/json', looksRight: isJson },
  pdf: { contentType: 'application/pdf', looksRight: (c) => c.subarray(0, 5).toString('latin1') === '%PDF-' },
  zip: { contentType: 'application/zip', looksRight: (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) },
};

export const PORTABLE_EXTENSIONS = Object.keys(PORTABLE_FORMATS);

/** Why files cannot go: the one list, each with the words staff read. */
export type CopyFileProblem =
  | { reason: 'not_a_copy' }
  /** A copy request verified only to the reasonable degree: answered as categories until the consumer completes it (§7024(a), §7062(c)). */
  | { reason: 'copy_not_verified' }
  | { reason: 'unknown_format'; filename: string }
  | { reason: 'too_large'; bytes: number; maxBytes: number };

/** Access to specific pieces and portability are answered with a copy; nothing else carries files. */
export function isCopyRequest(type: RequestType, accessScope: 'categories' | 'specific_pieces' | null): boolean {
  return type === 'portability' || (type === 'access' && accessScope === 'specific_pieces');
}

/** Checks the files staff attached to a completion: a copy request, known formats, under the size limit in total. */
export function judgeCopyFiles(
  files: ReadonlyArray<{ filename: string; content: Buffer }>,
  request: { isCopy: boolean; maxBytes: number; partiallyVerified?: boolean },
): { ok: true; files: CopyFile[] } | { ok: false; problem: CopyFileProblem } {
  if (!request.isCopy) return { ok: false, problem: { reason: 'not_a_copy' } };
  if (request.partiallyVerified === true) return { ok: false, problem: { reason: 'copy_not_verified' } };
  const checked: CopyFile[] = [];
  for (const file of files) {
    const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? '';
    const format = PORTABLE_FORMATS[extension];
    if (!format || !format.looksRight(file.content)) return { ok: false, problem: { reason: 'unknown_format', filename: file.filename } };
    checked.push({ filename: file.filename, contentType: format.contentType, content: file.content });
  }
  const bytes = checked.reduce((sum, f) => sum + f.content.length, 0);
  if (bytes > request.maxBytes) return { ok: false, problem: { reason: 'too_large', bytes, maxBytes: request.maxBytes } };
  return { ok: true, files: checked };
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** What staff are told, one line per reason, saying what to do instead. */
export function describeCopyFileProblem(problem: CopyFileProblem): string {
  switch (problem.reason) {
    case 'not_a_copy':
      return 'Files go only with a copy (access to specific pieces of information, or portability). Nothing was sent: complete this request without attachments.';
    case 'copy_not_verified':
      return 'This request is verified only to the reasonable degree (§7062(b)); a copy needs the reasonably high degree (§7062(c)), and the consumer has not yet sent what was missing. Nothing was sent: complete without files to answer with the categories (§7024(a)), or wait for their reply.';
    case 'unknown_format':
      return `${problem.filename} is not a portable format we know (${PORTABLE_EXTENSIONS.map((e) => e.toUpperCase()).join(', ')}, checked by name and content). Nothing was sent: export the copy as one of these and attach it again.`;
    case 'too_large':
      return `The files add up to ${megabytes(problem.bytes)}, over the ${megabytes(problem.maxBytes)} limit (COPY_MAX_BYTES). Nothing was sent: compress them into one ZIP, or deliver the copy another way and complete with a note saying how.`;
  }
}

/** The record of each delivered file, for the audit log. */
export function recordOfFiles(files: readonly CopyFile[]): CopyFileRecord[] {
  return files.map((f) => ({ name: f.filename, bytes: f.content.length, sha256: createHash('sha256').update(f.content).digest('hex') }));
}

/** The list the completion mail prints. */
export function listedFiles(files: readonly CopyFile[]): Array<{ name: string; size: string }> {
  return files.map((f) => ({ name: f.filename, size: f.content.length < 1024 ? `${f.content.length} bytes` : f.content.length < 1_048_576 ? `${Math.ceil(f.content.length / 1024)} KB` : megabytes(f.content.length) }));
}

function isText(content: Buffer): boolean {
  return !content.includes(0) && Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}

function isJson(content: Buffer): boolean {
  if (!isText(content)) return false;
  try {
    JSON.parse(content.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
