/** The consumer directory import, pure (§7060(c)(1): match data the business already holds). */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/workflow/parse-csv.js';
import { parseDirectoryCsv } from '../../../src/workflow/parse-directory-csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"multi\nline",x,\n\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
  });
});

describe('parseDirectoryCsv', () => {
  it('stores normalized values: names folded, phones as digits, dates of birth as YYYY-MM-DD', () => {
    const { entries, problems } = parseDirectoryCsv('Email,Name,Phone,DOB,Address\nLucia.Fernandez@Example.org,"Fernández, Lucía",+1 (415) 555-0100,09/30/1988,"12 Harbor Street, Apt 4"\n');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { email: 'lucia.fernandez@example.org', full_name: 'fernandez lucia', phone: '4155550100', date_of_birth: '1988-09-30', postal_address: '12 harbor st unit 4' },
    ]);
  });

  it('names the line and column of a value it cannot read, and of an unknown column', () => {
    const { entries, problems } = parseDirectoryCsv('email,date_of_birth,shoe_size\nkai@example.net,31/31/1990,44\nnot-an-address,,\n');
    expect(problems).toEqual(['unknown column "shoe_size" (ignored)', 'line 2: date_of_birth "31/31/1990" cannot be read', 'line 3: email "not-an-address" is not an address']);
    expect(entries).toEqual([{ email: 'kai@example.net' }]);
  });

  it('refuses a file with neither an email nor a name column', () => {
    expect(parseDirectoryCsv('phone\n4155550100\n').problems).toContain('the file needs an email or a full_name column');
  });
});
