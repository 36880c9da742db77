import { MailParser } from 'mailparser';
import type { AddressObject, AttachmentStream, MailParserOptions, MessageText } from 'mailparser';
import type { AttachmentInfo } from '../types.js';
import type { RawHeaderLine } from './header-map.js';

/**
 * Parts whose bodies bounce and complaint reading needs (RFC 3464, RFC 6533, RFC 5965,
 * RFC 6522). mailparser hands them over as attachments, so their content is kept here.
 */
export const REPORT_PART_TYPES: ReadonlySet<string> = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/global-headers',
  'message/feedback-report',
]);

/** What one run of mailparser yields, before it is shaped into `InboundMail`. */
export interface CollectedParts {
  headerLines: RawHeaderLine[];
  from?: AddressObject;
  to?: AddressObject | AddressObject[];
  cc?: AddressObject | AddressObject[];
  replyTo?: AddressObject;
  subject?: string;
  text: string;
  html: string | null;
  attachments: AttachmentInfo[];
  reportParts: { contentType: string; content: Buffer }[];
}

/*
 * Options that keep memory and CPU bounded on hostile input: no cid: images inlined into the
 * HTML, no linkified text, no HTML re-rendering of text, and embedded messages kept as opaque
 * parts (we read them ourselves, one level at a time) instead of being spliced into the text.
 */
const OPTIONS: MailParserOptions = {
  skipHtmlToText: true,
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  keepDeliveryStatus: true,
  ignoreEmbedded: true,
  checksumAlgo: false,
};

/**
 * Streams `raw` through mailparser's `MailParser` (the streaming layer under `simpleParser`).
 * Unlike `simpleParser`, an ordinary attachment is drained and only counted, so a 25 MB
 * attachment costs no extra buffer; report parts are the only attachment bodies kept. The raw
 * bytes go in as slices, respecting backpressure (see `writeInSlices`).
 */
export function collectParts(raw: Buffer): Promise<CollectedParts> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(OPTIONS);
    const out: CollectedParts = { headerLines: [], text: '', html: null, attachments: [], reportParts: [] };
    let settled = false;
    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    parser.on('error', fail);
    parser.on('headers', () => {
      out.headerLines = (parser.headerLines || []).map((h) => ({ key: h.key, line: h.line }));
    });
    parser.on('data', (data: MessageText | AttachmentStream) => {
      if (data.type === 'text') {
        out.text = typeof data.text === 'string' ? data.text : '';
        out.html = typeof data.html === 'string' ? data.html : null;
      } else {
        readAttachment(data, out);
      }
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      Object.assign(out, addressFields(parser));
      resolve(out);
    });
    writeInSlices(parser, raw);
  });
}

function readAttachment(attachment: AttachmentStream, out: CollectedParts): void {
  const contentType = (attachment.contentType || 'application/octet-stream').toLowerCase();
  const keep = REPORT_PART_TYPES.has(contentType);
  const chunks: Buffer[] = [];
  let size = 0;
  attachment.content.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (keep) chunks.push(chunk);
  });
  attachment.content.on('end', () => {
    out.attachments.push({ filename: attachment.filename ?? null, contentType, size });
    if (keep) out.reportParts.push({ contentType, content: Buffer.concat(chunks, size) });
    attachment.release?.();
  });
}

/** mailparser sets these on the parser itself once the top-level headers are read. */
function addressFields(parser: MailParser): Partial<CollectedParts> {
  return {
    from: parser.from,
    to: parser.to,
    cc: parser.cc,
    replyTo: parser.replyTo,
    subject: typeof parser.subject === 'string' ? parser.subject : undefined,
  };
}

/** Bytes handed to the parser per write. */
const SLICE_BYTES = 64 * 1024;

/**
 * Feeds `raw` to the parser in slices (views, no copies), waiting for 'drain' when it asks to.
 * Written in one piece, a 25 MB message was split into lines and decoded all at once, with every
 * intermediate chunk queued in the streams: +135 MB peak RSS, measured by bench/ (issue 7). In
 * slices the same message costs about +16 MB, and parses no slower.
 */
function writeInSlices(parser: MailParser, raw: Buffer): void {
  let offset = 0;
  const next = (): void => {
    while (offset < raw.length) {
      const slice = raw.subarray(offset, offset + SLICE_BYTES);
      offset += slice.length;
      if (!parser.write(slice)) {
        parser.once('drain', next);
        return;
      }
    }
    parser.end();
  };
  next();
}
