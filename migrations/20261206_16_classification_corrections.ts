import type { Knex } from 'knex';

/**
 * Staff corrections of the classifier's reading (issue 16 item 5): one row per correction, the
 * message it is about and what staff say it is (category, request types, requester, language), so
 * `corrections export` can write it as a labeled example and the digest can count the month's share.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('classification_corrections', (t) => {
    t.increments('id').primary();
    t.integer('inbound_message_id').notNullable().references('id').inTable('inbound_messages');
    t.integer('request_id').references('id').inTable('requests');
    t.string('staff', 320).notNullable();
    t.string('correction', 16).notNullable();
    t.string('category', 32).notNullable();
    t.string('request_types', 200).notNullable();
    t.string('requester', 16).notNullable();
    t.string('lang', 8).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['created_at']);
    t.index(['inbound_message_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('classification_corrections');
}
