import type { Knex } from 'knex';

/**
 * `requests.merged_into_id` (issue 14 item 4): a duplicate request closed by `merge` points at the
 * request it duplicates. The original's thread and timeline include the duplicate's messages and
 * events through it (the audit log is append-only, so nothing is moved), and a reply in the
 * duplicate's thread reaches the original.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('requests', (t) => {
    t.integer('merged_into_id').nullable().references('id').inTable('requests');
    t.index(['merged_into_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('requests', (t) => {
    t.dropIndex(['merged_into_id']);
    t.dropColumn('merged_into_id');
  });
}
