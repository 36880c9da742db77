import type { Knex } from 'knex';

/**
 * What needs a human: `staff_flags` (one row per reason a request or message was handed to staff,
 * open until resolved) and `undeliverable_addresses` (requesters whose mail bounced permanently,
 * so the bot stops writing to them and staff find another way).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('staff_flags', (t) => {
    t.increments('id').primary();
    t.integer('request_id').references('id').inTable('requests');
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.string('reason', 64).notNullable();
    t.text('detail');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.index(['resolved_at']);
  });
  await db.schema.createTable('undeliverable_addresses', (t) => {
    t.string('address', 320).primary();
    t.string('status', 16);
    t.text('diagnostic');
    t.integer('bounce_message_id').references('id').inTable('inbound_messages');
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await db.schema.alterTable('outbox', (t) => {
    t.index(['recipient', 'kind', 'created_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.dropIndex(['recipient', 'kind', 'created_at']);
  });
  await db.schema.dropTableIfExists('undeliverable_addresses');
  await db.schema.dropTableIfExists('staff_flags');
}
