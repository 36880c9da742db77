import type { Knex } from 'knex';

/**
 * Issue 13, must-show 1 (replay) and 2 (Message-ID collision).
 *
 * `inbound_messages.content_sha256`: the fingerprint of what the sender wrote (author headers and
 * body, src/inbound/content-fingerprint.ts). A message whose Message-ID is stored already is the
 * same message only when this matches; otherwise it is a different message that reuses the
 * Message-ID, stored under its own key and handled. Null on rows stored before this migration:
 * those keep the old rule (the Message-ID alone decides).
 *
 * `staff_replies.command_key`: set on applied staff commands only, unique, the hash of staff
 * address, request, reply key and normalised command text (src/staff/staff-command-key.ts). The
 * unique key is what stops two instances, or a copy re-sent under a new Message-ID, from applying
 * the same command twice (email-rules §4). Nulls do not collide (SQL standard; SQLite and
 * PostgreSQL both allow many).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('inbound_messages', (t) => {
    t.string('content_sha256', 64);
  });
  await db.schema.alterTable('staff_replies', (t) => {
    t.string('command_key', 64).unique();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('staff_replies', (t) => {
    t.dropUnique(['command_key']);
    t.dropColumn('command_key');
  });
  await db.schema.alterTable('inbound_messages', (t) => {
    t.dropColumn('content_sha256');
  });
}
