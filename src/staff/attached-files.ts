import { simpleParser } from 'mailparser';
import type { AttachedFile } from './staff-command-spec.js';

/**
 * The files a staff member attached to a reply (the copy to deliver with `complete`): parts
 * marked as attachments (RFC 2183), without inline images of a signature and without messages
 * forwarded whole (message/rfc822, e.g. our flag mail's original coming back).
 */
export async function filesAttachedTo(raw: Buffer): Promise<AttachedFile[]> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  return parsed.attachments
    .filter((a) => a.contentDisposition === 'attachment' && a.contentType !== 'message/rfc822')
    .map((a, i) => ({ filename: a.filename ?? `attachment-${i + 1}`, content: a.content }));
}
