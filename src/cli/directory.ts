import fs from 'node:fs';
import type { Command } from 'commander';
import { countDirectory, replaceDirectory } from '../store/consumer-directory.js';
import { parseDirectoryCsv } from '../workflow/parse-directory-csv.js';
import { withDatabase } from './with-database.js';

/**
 * `directory import FILE.csv`: loads the consumer directory that verification matches data
 * points against (§7060(c)(1)), replacing the previous one. Columns: email, full_name,
 * postal_address, phone, date_of_birth, account_number, patient_number (any subset, with a header).
 */
export function registerDirectoryCommand(program: Command): void {
  const directory = program.command('directory').description('the consumer directory used to verify identities');
  directory
    .command('import')
    .description('replace the consumer directory with the records of a CSV file')
    .argument('<file>', 'CSV file with a header row')
    .option('--strict', 'import nothing when any value cannot be read')
    .action(async (file: string, options: { strict?: boolean }) => {
      const { entries, problems } = parseDirectoryCsv(fs.readFileSync(file, 'utf8'));
      for (const problem of problems) process.stderr.write(`ccpa-mailbot: ${file}: ${problem}\n`);
      if (entries.length === 0 || (options.strict && problems.length > 0)) {
        process.stderr.write('ccpa-mailbot: nothing imported\n');
        process.exitCode = 1;
        return;
      }
      await withDatabase(async (db, _config, root) => {
        await replaceDirectory(db, entries, root.clock());
        process.stdout.write(`imported ${await countDirectory(db)} consumer records\n`);
      });
    });
}
