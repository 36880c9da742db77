import type { Language } from '../shared/languages.js';
import type { RequestType } from '../shared/request-types.js';

/**
 * The data that flows between pipeline stages. Every stage after `parse` is a pure function of
 * these values: no I/O, no clock, no randomness (the caller passes `now` and ids in).
 */

/** One mailbox address as written in a header. `address` is lower-cased. */
export interface Address {
  address: string;
  name: string;
}

/** A header as it appeared in the message; names are lower-case, values unfolded. */
export type HeaderMap = ReadonlyMap<string, readonly string[]>;

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
}

/**
 * A parsed inbound message, produced by `parse/` from the raw RFC 5322 source. It carries
 * everything later stages may look at, so none of them needs the raw bytes again.
 */
export interface InboundMail {
  /** The Message-ID without angle brackets, or null when the message had none. */
  messageId: string | null;
  /** Stable key for idempotent ingest: the Message-ID, or `sha256:<hex>` of the raw source. */
  messageKey: string;
  from: Address | null;
  /** Reply-To is kept for screening and audit only: replies always go to From (email-rules §2). */
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  subject: string;
  /** The sender's Date: header. Never used for a legal clock (ccpa-rules, Clocks). */
  sentAt: Date | null;
  inReplyTo: string | null;
  references: string[];
  headers: HeaderMap;
  /** Top-level Content-Type value, lower-case, without parameters (e.g. `multipart/report`). */
  contentType: string;
  /** The text/plain body, or the HTML body converted to text; empty when there is neither. */
  text: string;
  html: string | null;
  attachments: AttachmentInfo[];
  /**
   * Bodies of `message/rfc822`, `message/delivery-status` and `text/rfc822-headers` parts,
   * verbatim, for bounce reading. Empty for ordinary mail.
   */
  reportParts: ReportPart[];
  /**
   * How deep `message/rfc822` parts nest inside this message (0: none), probed a little past
   * the quarantine limit. Optional so hand-built test values need not set it.
   */
  nestingDepth?: number;
  rawSize: number;
  /** When the message reached the mailbox: IMAP INTERNALDATE, or file time for a Maildir. */
  receivedAt: Date;
}

export interface ReportPart {
  contentType: string;
  content: string;
}

/** Verdicts of the screening stage, in the order the rules are checked (email-rules §1). */
export type ScreenVerdictKind =
  | 'human'
  | 'bounce'
  | 'auto_reply'
  | 'feedback_report'
  | 'bulk'
  | 'loop'
  | 'spam';

export interface BounceDetails {
  finalRecipient: string | null;
  /** Enhanced status code such as `5.1.1`. */
  status: string | null;
  permanent: boolean;
  /** Message-ID (no brackets) of the message that bounced, when the report quotes it. */
  originalMessageId: string | null;
  /**
   * The token of our VERP return address (`<local>+bounce-<token>@domain`) the bounce was
   * sent to, when it came back that way. Optional for compatibility.
   */
  verpToken?: string | null;
}

export interface ScreenVerdict {
  kind: ScreenVerdictKind;
  /** Which header or rule decided, e.g. `header:auto-submitted=auto-replied`. */
  reason: string;
  bounce?: BounceDetails;
}

/** Settings the screening stage needs; all pure data. */
export interface ScreenContext {
  /** The bot's own addresses (BOT_ADDRESS and aliases), lower-case. */
  ownAddresses: string[];
  /** Domain used in our Message-IDs, e.g. `example.com`. */
  messageIdDomain: string;
  /** Name of our loop header, lower-case, e.g. `x-ccpa-bot`. */
  loopHeader: string;
}

// The one list of each lives in src/shared/: every table keyed by them is derived from it.
export type { Language, RequestType };

export type RequesterRole = 'self' | 'agent' | 'parent';

/** `other`: a human-looking message that is no privacy matter (spam, pitches, invoices, ...): never answered. */
export type Category = 'privacy_request' | 'question' | 'other' | 'auto_reply' | 'bounce' | 'bulk';

/** What the sender wrote in this message, with quoted history and signature removed. */
export interface ReadableText {
  /** The new text of this message (above or below a quoted thread). */
  body: string;
  /** Quoted history and forwarded parts that were removed, kept for context. */
  quoted: string;
  /** A signature block that was removed, if any. */
  signature: string | null;
}

export interface AgentDetails {
  /** The sender says the agent is registered with the California Secretary of State. */
  claimsSosRegistration: boolean;
  /** A permission document seems attached (by filename or wording). */
  permissionAttached: boolean;
}

/** What a human message asks, explained (classify/). */
export interface Classification {
  category: Category;
  requestTypes: RequestType[];
  /** For access: the consumer wants categories only, or a copy of the specific pieces. */
  accessScope: 'categories' | 'specific_pieces' | null;
  requester: RequesterRole | 'none';
  agent: AgentDetails | null;
  /** The consumer's name when the sender acts for someone else. */
  consumerName: string | null;
  /** A HIPAA matter (medical or billing records) rather than a CCPA request. */
  hipaa: boolean;
  lang: Language;
  confidence: number;
  needsReview: boolean;
  reasons: string[];
  /** For `other`: one line why it is no privacy matter ("sales: SEO or traffic offer; ..."), shown in the digest. */
  otherWhy?: string;
}

export type DataPointKind =
  | 'full_name'
  | 'postal_address'
  | 'phone'
  | 'date_of_birth'
  | 'account_number'
  | 'patient_number';

export interface DataPoint {
  kind: DataPointKind;
  value: string;
}

/** Identity data, references and codes found in the text (extract/). */
export interface Extraction {
  dataPoints: DataPoint[];
  /** Our request references quoted in the text, e.g. `CCPA-2026-000123`. */
  references: string[];
  verificationCodes: string[];
  /** A typed full name signing a declaration under penalty of perjury. */
  declarationSignature: string | null;
  /**
   * Kinds of identifiers volunteered that must never be used or stored as data points
   * (ssn, drivers_license, financial_account; ccpa-rules §7060(c)(2)). Only the kind is kept.
   */
  sensitiveIdentifiers?: ('ssn' | 'drivers_license' | 'financial_account')[];
}
