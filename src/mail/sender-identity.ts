/**
 * Who we are on every message we send: consumer replies, staff flag, help and notice mail, the
 * digest. Built once in the composition root from the configuration and handed to every mail path,
 * so the From line, the envelope sender, our Message-ID domain and the loop header (email-rules §3)
 * cannot differ between them.
 */
export interface SenderIdentity {
  /** The From display name, e.g. `MTBC Privacy Team`. */
  name: string;
  /** The compliance mailbox: From, SMTP envelope sender, and the base of staff reply-key addresses. */
  address: string;
  /** Domain of our Message-IDs; the loop screen recognises our own mail coming back by it. */
  messageIdDomain: string;
  /** Value of the loop header `X-CCPA-Bot`: which instance sent the message. */
  instanceId: string;
  /** The business the mail speaks for, as the templates name it. */
  businessName: string;
}
