import type { DataPointKind } from '../pipeline/types.js';
import { normalizeDataPoint } from '../pipeline/decide/normalize-data-point.js';
import type { DirectoryEntry } from '../store/consumer-directory.js';
import { parseCsv } from './parse-csv.js';

/** Header names accepted for each column (case and spacing do not matter). */
const HEADERS: Record<string, DataPointKind | 'email'> = {
  email: 'email', email_address: 'email',
  full_name: 'full_name', name: 'full_name',
  postal_address: 'postal_address', address: 'postal_address',
  phone: 'phone', phone_number: 'phone',
  date_of_birth: 'date_of_birth', dob: 'date_of_birth', birth_date: 'date_of_birth',
  account_number: 'account_number', account: 'account_number',
  patient_number: 'patient_number', patient_id: 'patient_number', mrn: 'patient_number',
};

export interface DirectoryParseResult {
  entries: DirectoryEntry[];
  /** One line per problem, naming the CSV line and column, so the operator can fix the file. */
  problems: string[];
}

/**
 * Reads the operator's consumer directory. Values are stored in their normalized form (names
 * without accents or case, phones as digits, addresses with common abbreviations folded, dates
 * of birth as YYYY-MM-DD), the same form matching uses; a value that cannot be read is reported.
 */
export function parseDirectoryCsv(text: string): DirectoryParseResult {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { entries: [], problems: ['the file is empty'] };
  const columns = header.map((h) => HEADERS[h.trim().toLowerCase().replace(/[\s-]+/g, '_')] ?? null);
  const problems = header.filter((_, i) => columns[i] === null).map((h) => `unknown column "${h}" (ignored)`);
  if (!columns.includes('email') && !columns.includes('full_name')) problems.push('the file needs an email or a full_name column');
  const entries: DirectoryEntry[] = [];
  rows.forEach((row, index) => {
    const entry: DirectoryEntry = { email: null };
    columns.forEach((column, i) => {
      const value = (row[i] ?? '').trim();
      if (column === null || value === '') return;
      if (column === 'email') {
        if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) entry.email = value.toLowerCase();
        else problems.push(`line ${index + 2}: email "${value}" is not an address`);
        return;
      }
      const normalized = normalizeDataPoint(column, value, 'en');
      if (normalized === null) problems.push(`line ${index + 2}: ${column} "${value}" cannot be read`);
      else entry[column] = normalized;
    });
    if (entry.email !== null || Object.keys(entry).length > 1) entries.push(entry);
  });
  return { entries, problems };
}
