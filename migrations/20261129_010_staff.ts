import type { Knex } from 'knex';

/**
 * The staff loop (issue 6). `staff_replies`: one row per staff reply, keyed by its message key
 * so the same message applied twice changes nothing (email-rules §4), with the outcome (applied,
 * refused by a check, not understood, rejected by the state machine) for the audit trail and the
 * digest. `staff_assignments`: who a request is assigned to (`assign ADDRESS`). `digest_runs`:
 * one row per scheduled digest slot, so a restart never sends the same digest twice and a slot
 * missed while the daemon was down is caught up.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('staff_replies', (t) => {
    t.increments('id').primary();
    t.string('message_key', 1000).notNullable().unique();
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.string('reference', 32);
    t.text('from_address');
    t.string('command', 16);
    t.string('outcome', 16).notNullable();
    t.string('failed_check', 32);
    t.text('detail');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['outcome', 'created_at']);
  });
  await db.schema.createTable('staff_assignments', (t) => {
    t.integer('request_id').primary().references('id').inTable('requests');
    t.text('staff_address').notNullable();
    t.text('assigned_by').notNullable();
    t.timestamp('assigned_at', { useTz: true }).notNullable();
  });
  await db.schema.createTable('digest_runs', (t) => {
    // The local date of the slot in the configured zone, e.g. 2026-11-24: one digest per day.
    t.string('slot', 10).primary();
    t.timestamp('scheduled_for', { useTz: true }).notNullable();
    t.integer('recipients').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('digest_runs');
  await db.schema.dropTableIfExists('staff_assignments');
  await db.schema.dropTableIfExists('staff_replies');
}
