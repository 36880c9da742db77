import type { Knex } from 'knex';

/**
 * Recoverable sending and no live code at rest (issue 13 items 3 and 11).
 * - `last_error_kind`, `last_error_at`: why a row last failed (`setup`: our side, the operator's
 *   to fix; `transient`; `recipient`) and when, so `status` can say why mail is not going out.
 * - `sent_digest`: a digest of the message exactly as it was sent (`sha256:` or, keyed by the
 *   verification secret, `hmac-sha256:`), kept for the record when the stored copy is redacted.
 * - `raw_redacted_at`: when the stored copy of a mail carrying a verification code was replaced
 *   by a copy with the code masked.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.string('last_error_kind', 16);
    t.timestamp('last_error_at', { useTz: true });
    t.string('sent_digest', 80);
    t.timestamp('raw_redacted_at', { useTz: true });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.dropColumn('raw_redacted_at');
    t.dropColumn('sent_digest');
    t.dropColumn('last_error_at');
    t.dropColumn('last_error_kind');
  });
}
