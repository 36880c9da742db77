import type { Knex } from 'knex';

/**
 * Grouped staff flags (issue 13 item 8): a flood of over-limit messages from one sender on one
 * local day is ONE flag. `staff_flags.group_key` names the group (unique, so two instances on
 * PostgreSQL that see the same flood at once still raise one row); `staff_flag_members` lists every
 * request and message that joined it, so the digest still shows each request as waiting for staff.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('staff_flags', (t) => {
    t.string('group_key', 400);
    t.unique(['group_key']);
  });
  await db.schema.createTable('staff_flag_members', (t) => {
    t.increments('id').primary();
    t.integer('flag_id').notNullable().references('id').inTable('staff_flags');
    t.integer('request_id').references('id').inTable('requests');
    t.integer('inbound_message_id').references('id').inTable('inbound_messages');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['flag_id']);
    t.index(['request_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('staff_flag_members');
  await db.schema.alterTable('staff_flags', (t) => {
    t.dropUnique(['group_key']);
    t.dropColumn('group_key');
  });
}
