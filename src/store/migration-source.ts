import type { Knex } from 'knex';
import * as initial from '../../migrations/20261129_001_initial.js';
import * as staffFlags from '../../migrations/20261129_002_staff_flags.js';
import * as requestWorkflow from '../../migrations/20261129_003_request_workflow.js';
import * as staff from '../../migrations/20261129_010_staff.js';
import * as flagMail from '../../migrations/20261129_011_flag_mail.js';
import * as rawChunks from '../../migrations/20261129_012_raw_chunks.js';
import * as lookupIndexes from '../../migrations/20261129_013_lookup_indexes.js';
import * as contentAndCommandKeys from '../../migrations/20261205_001_content_and_command_keys.js';
import * as outboxRecovery from '../../migrations/20261205_002_outbox_recovery.js';
import * as flagGroups from '../../migrations/20261205_003_flag_groups.js';
import * as classificationCorrections from '../../migrations/20261206_16_classification_corrections.js';
import * as mailboxLease from '../../migrations/20261205_004_mailbox_lease.js';
import * as mergedInto from '../../migrations/20261206_14_merged_into.js';

interface Migration {
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/**
 * Migrations are listed here rather than discovered on disk so they are compiled with the rest
 * of the code and the same list runs from `dist/`, from tests and from the CLI.
 */
const migrations: Record<string, Migration> = {
  '20261129_001_initial': initial,
  '20261129_002_staff_flags': staffFlags,
  '20261129_003_request_workflow': requestWorkflow,
  '20261129_010_staff': staff,
  '20261129_011_flag_mail': flagMail,
  '20261129_012_raw_chunks': rawChunks,
  '20261129_013_lookup_indexes': lookupIndexes,
  '20261205_001_content_and_command_keys': contentAndCommandKeys,
  '20261205_002_outbox_recovery': outboxRecovery,
  '20261205_003_flag_groups': flagGroups,
  '20261205_004_mailbox_lease': mailboxLease,
  '20261206_16_classification_corrections': classificationCorrections,
  '20261206_14_merged_into': mergedInto,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};
