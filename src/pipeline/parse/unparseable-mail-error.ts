/**
 * Thrown by `parseMail` when mailparser cannot make a message out of the raw bytes at all.
 * The caller stores the raw source and quarantines it with reason `unparseable`: the mail is
 * never lost, only held for staff (issue item 5).
 */
export class UnparseableMailError extends Error {
  /** Stable code for logs and the quarantine table. */
  readonly code = 'unparseable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnparseableMailError';
  }
}
