import type { Knex } from 'knex';

/**
 * The backbone schema: inbound messages (raw source kept), requests, the append-only audit log,
 * the outbox of outgoing mail, mailbox checkpoints and the per-year reference counter.
 * Timestamps are written as UTC ISO-8601 strings; calendar dates (due dates) as `YYYY-MM-DD`
 * in the configured time zone, as text so no driver shifts them.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('inbound_messages', (t) => {
    t.increments('id').primary();
    t.string('message_key', 1000).notNullable().unique();
    t.text('message_id');
    t.string('source', 16).notNullable();
    t.text('mailbox');
    t.bigInteger('uid_validity');
    t.bigInteger('uid');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.text('from_address');
    t.text('subject');
    t.binary('raw');
    t.string('raw_sha256', 64).notNullable();
    t.integer('raw_size').notNullable();
    t.string('verdict', 32);
    t.text('verdict_reason');
    t.string('status', 16).notNullable();
    t.string('quarantine_reason', 64);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['status']);
  });

  await db.schema.createTable('requests', (t) => {
    t.increments('id').primary();
    t.string('reference', 32).notNullable().unique();
    t.string('type', 32).notNullable();
    t.string('status', 32).notNullable();
    t.text('requester_address').notNullable();
    t.string('requester_role', 16).notNullable();
    t.text('consumer_name');
    t.string('lang', 8).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.string('due_date', 10).notNullable();
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['status']);
    t.index(['requester_address']);
  });

  await db.schema.createTable('audit_events', (t) => {
    t.increments('id').primary();
    t.integer('request_id').references('id').inTable('requests');
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.string('event', 64).notNullable();
    t.string('actor', 320).notNullable();
    t.text('detail');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['request_id']);
  });

  await db.schema.createTable('outbox', (t) => {
    t.increments('id').primary();
    t.string('message_id', 998).notNullable().unique();
    t.string('kind', 64).notNullable();
    t.string('lang', 8).notNullable();
    t.integer('request_id').references('id').inTable('requests');
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.text('envelope_from').notNullable();
    t.text('recipient').notNullable();
    t.text('subject').notNullable();
    t.binary('raw').notNullable();
    t.string('status', 16).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable();
    t.text('last_error');
    t.string('claimed_by', 128);
    t.timestamp('claimed_at', { useTz: true });
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['status', 'next_attempt_at']);
  });

  await db.schema.createTable('mailbox_checkpoints', (t) => {
    t.string('source_key', 1000).primary();
    t.bigInteger('uid_validity').notNullable();
    t.bigInteger('last_uid').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await db.schema.createTable('reference_counters', (t) => {
    t.integer('year').primary();
    t.integer('last_value').notNullable();
  });

  await makeAuditLogAppendOnly(db);
}

/** §7101 records must not be rewritten: the database itself refuses UPDATE and DELETE on the audit log. */
async function makeAuditLogAppendOnly(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.raw(`CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; $$ LANGUAGE plpgsql`);
    await db.raw(`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    return;
  }
  for (const operation of ['UPDATE', 'DELETE']) {
    await db.raw(`CREATE TRIGGER audit_events_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
  }
}

export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') await db.raw('DROP FUNCTION IF EXISTS audit_events_append_only() CASCADE');
  for (const table of ['reference_counters', 'mailbox_checkpoints', 'outbox', 'audit_events', 'requests', 'inbound_messages']) {
    await db.schema.dropTableIfExists(table);
  }
}
