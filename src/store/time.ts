/** Timestamps are stored as UTC ISO-8601 text; drivers may hand them back as Date, string or number. */
export function toIso(date: Date): string {
  return date.toISOString();
}

export function fromDb(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return new Date(value);
  throw new TypeError(`not a stored timestamp: ${String(value)}`);
}

/** bigint columns come back as strings from PostgreSQL. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
