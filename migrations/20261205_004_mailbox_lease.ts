import type { Knex } from 'knex';

/**
 * `leases`: one row per shared duty that only one instance may do at a time (reading one IMAP
 * mailbox, issue 13 item 7). The holder renews `expires_at` well before it passes; once it has
 * passed, any instance may take the row over. Expiry is always compared with the DATABASE's
 * clock, never an instance's, so instances with skewed clocks agree on who holds it.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('leases', (t) => {
    t.string('name', 500).primary();
    t.string('holder', 200).notNullable();
    t.timestamp('acquired_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('leases');
}
