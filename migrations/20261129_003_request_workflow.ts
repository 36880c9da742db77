import type { Knex } from 'knex';

/**
 * The request workflow (issue 5): each request keeps its pure state (`workflow_state`, JSON of
 * RequestState) next to the §7101 record columns (channel, response date, denial basis);
 * `verification_challenges` holds hashed single-use codes and is emptied once verification ends
 * (§7060(d)); `consumer_directory` is the operator's record of consumers to match data points
 * against (§7060(c)(1)); `bot_secrets` holds a generated code secret for the embedded default.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('verification_challenges', (t) => {
    t.increments('id').primary();
    t.string('salt', 64).notNullable();
    t.string('hash', 64).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.integer('max_attempts').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('used_at', { useTz: true });
    // Codes are accepted only from this address (the requester, or the consumer an agent named).
    t.text('answer_from').notNullable();
    t.text('degree').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await db.schema.alterTable('requests', (t) => {
    t.text('workflow_state');
    t.string('channel', 16).notNullable().defaultTo('email');
    t.text('consumer_address');
    t.string('denial_reason', 32);
    t.timestamp('responded_at', { useTz: true });
    t.timestamp('last_reminder_at', { useTz: true });
    t.string('alerted_for_due', 10);
    t.integer('challenge_id').references('id').inTable('verification_challenges').onDelete('SET NULL');
  });
  await db.schema.createTable('consumer_directory', (t) => {
    t.increments('id').primary();
    t.text('email');
    t.text('full_name');
    t.text('postal_address');
    t.text('phone');
    t.string('date_of_birth', 10);
    t.text('account_number');
    t.text('patient_number');
    t.timestamp('imported_at', { useTz: true }).notNullable();
    t.index(['email']);
  });
  await db.schema.createTable('bot_secrets', (t) => {
    t.string('name', 64).primary();
    t.text('value').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await db.schema.alterTable('inbound_messages', (t) => {
    t.timestamp('raw_purged_at', { useTz: true });
  });
  await db.schema.alterTable('outbox', (t) => {
    t.timestamp('raw_purged_at', { useTz: true });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => t.dropColumn('raw_purged_at'));
  await db.schema.alterTable('inbound_messages', (t) => t.dropColumn('raw_purged_at'));
  await db.schema.dropTableIfExists('bot_secrets');
  await db.schema.dropTableIfExists('consumer_directory');
  await db.schema.alterTable('requests', (t) => {
    t.dropForeign(['challenge_id']);
    for (const column of ['workflow_state', 'channel', 'consumer_address', 'denial_reason', 'responded_at', 'last_reminder_at', 'alerted_for_due', 'challenge_id']) t.dropColumn(column);
  });
  await db.schema.dropTableIfExists('verification_challenges');
}
