import type { Knex } from 'knex';

/**
 * `inbound_raw_chunks`: a large message's raw bytes, stored in pieces of at most a megabyte
 * (`inbound_messages.raw_chunks` says how many; `raw` is then null). One 25 MB blob costs the
 * SQLite driver two or three whole copies in memory while it is bound and written, and the
 * PostgreSQL driver a hex string twice its size; a megabyte at a time costs a few megabytes.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('inbound_messages', (t) => {
    t.integer('raw_chunks').notNullable().defaultTo(0);
  });
  await db.schema.createTable('inbound_raw_chunks', (t) => {
    t.integer('inbound_message_id').notNullable().references('id').inTable('inbound_messages');
    t.integer('seq').notNullable();
    t.binary('bytes').notNullable();
    t.primary(['inbound_message_id', 'seq']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('inbound_raw_chunks');
  await db.schema.alterTable('inbound_messages', (t) => {
    t.dropColumn('raw_chunks');
  });
}
