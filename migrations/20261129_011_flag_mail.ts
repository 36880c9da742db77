import type { Knex } from 'knex';

/**
 * `staff_flags.mailed_at`: when the flag mail for a flag was queued. Flags are written with the
 * decision that raised them; a mailer turns unmailed ones into flag mail afterwards, so every
 * place that raises a flag stays a one-line insert and no flag can be raised without reaching staff.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('staff_flags', (t) => {
    t.timestamp('mailed_at', { useTz: true });
    t.index(['mailed_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('staff_flags', (t) => {
    t.dropIndex(['mailed_at']);
    t.dropColumn('mailed_at');
  });
}
