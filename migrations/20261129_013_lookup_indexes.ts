import type { Knex } from 'knex';

/**
 * Indexes for lookups made for every workflow mail and every consumer reply: a request's own
 * outgoing mail (threading a reply, `requestThread`) and the requests a message opened. Without
 * them both scan their whole table, a cost that grows with every message the bot has handled.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.index(['request_id']);
  });
  await db.schema.alterTable('requests', (t) => {
    t.index(['inbound_message_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('requests', (t) => {
    t.dropIndex(['inbound_message_id']);
  });
  await db.schema.alterTable('outbox', (t) => {
    t.dropIndex(['request_id']);
  });
}
