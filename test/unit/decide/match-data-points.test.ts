import { describe, expect, it } from 'vitest';
import { matchDataPoints } from '../../../src/pipeline/decide/match-data-points.js';
import type { DirectoryRecord } from '../../../src/pipeline/decide/match-data-points.js';
import {
  normalizeIdentifier,
  normalizeName,
  normalizePhone,
  normalizePostalAddress,
} from '../../../src/pipeline/decide/normalize-data-point.js';
import { normalizeDateOfBirth } from '../../../src/pipeline/decide/normalize-date-of-birth.js';

// A fictional person; 555-01xx numbers are reserved for fiction.
const record: DirectoryRecord = {
  full_name: 'María José García-López',
  postal_address: '123 North Main Street, Apt 4B, Springfield, CA 90000',
  phone: '(555) 010-0123',
  date_of_birth: '1990-03-04',
  patient_number: 'PT-00042',
};

describe('normalizeName', () => {
  it('ignores case, accents, extra spaces, hyphens and apostrophes', () => {
    expect(normalizeName('  MARIA   jose garcia lopez ')).toBe(normalizeName('María José García-López'));
    expect(normalizeName("Sean O'Connor")).toBe(normalizeName('sean oconnor'));
  });

  it('reads "Last, First" and word order', () => {
    expect(normalizeName('García-López, María José')).toBe(normalizeName('María José García-López'));
  });

  it('keeps different names apart', () => {
    expect(normalizeName('Mario Garcia')).not.toBe(normalizeName('Maria Garcia'));
    expect(normalizeName('  ,  ')).toBeNull();
  });
});

describe('normalizePhone', () => {
  it('keeps digits only and drops the US country code', () => {
    expect(normalizePhone('+1 (555) 010-0123')).toBe('5550100123');
    expect(normalizePhone('1-555-010-0123')).toBe('5550100123');
    expect(normalizePhone('555.010.0123')).toBe('5550100123');
  });

  it('drops an extension and refuses too few digits', () => {
    expect(normalizePhone('555-010-0123 ext. 45')).toBe('5550100123');
    expect(normalizePhone('555 010 0123 x45')).toBe('5550100123');
    expect(normalizePhone('0123')).toBeNull();
  });
});

describe('normalizeDateOfBirth', () => {
  it('reads ISO and US numeric dates', () => {
    expect(normalizeDateOfBirth('1990-03-04', 'en')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('03/04/1990', 'en')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('3-4-1990', 'en')).toBe('1990-03-04');
  });

  it('reads Spanish dd/mm/yyyy: 04/03/1990 is 4 March in es', () => {
    expect(normalizeDateOfBirth('04/03/1990', 'es')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('04/03/1990', 'en')).toBe('1990-04-03');
  });

  it('settles the order when one part cannot be a month', () => {
    expect(normalizeDateOfBirth('25/12/1985', 'en')).toBe('1985-12-25');
    expect(normalizeDateOfBirth('12/25/1985', 'es')).toBe('1985-12-25');
    expect(normalizeDateOfBirth('04.03.1990', 'en')).toBe('1990-03-04');
  });

  it('reads written dates in English and Spanish', () => {
    expect(normalizeDateOfBirth('March 4, 1990', 'en')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('4th of March 1990', 'en')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('4 de marzo de 1990', 'es')).toBe('1990-03-04');
    expect(normalizeDateOfBirth('1 de Septiembre, 1979', 'es')).toBe('1979-09-01');
  });

  it('refuses impossible dates and two-digit years', () => {
    expect(normalizeDateOfBirth('31/02/1990', 'es')).toBeNull();
    expect(normalizeDateOfBirth('13/13/1990', 'en')).toBeNull();
    expect(normalizeDateOfBirth('03/04/90', 'en')).toBeNull();
    expect(normalizeDateOfBirth('sometime in 1990', 'en')).toBeNull();
  });
});

describe('normalizePostalAddress', () => {
  it('folds case, punctuation and St/Street, Ave/Avenue, N/North, Apt/#', () => {
    expect(normalizePostalAddress('123 N. Main St., #4B, Springfield, California 90000-1234')).toBe(
      normalizePostalAddress('123 North Main Street, Apt 4B, Springfield, CA 90000'),
    );
    expect(normalizePostalAddress('9 Elm Ave')).toBe(normalizePostalAddress('9 ELM AVENUE'));
    expect(normalizePostalAddress('9 Elm Ave, USA')).toBe(normalizePostalAddress('9 elm avenue'));
  });

  it('keeps different streets and numbers apart', () => {
    expect(normalizePostalAddress('9 Elm Ave')).not.toBe(normalizePostalAddress('9 Elm St'));
    expect(normalizePostalAddress('19 Elm Ave')).not.toBe(normalizePostalAddress('9 Elm Ave'));
  });
});

describe('normalizeIdentifier', () => {
  it('keeps letters and digits, upper case', () => {
    expect(normalizeIdentifier('pt 00042')).toBe('PT00042');
    expect(normalizeIdentifier('--')).toBeNull();
  });
});

describe('matchDataPoints (§7060(c)(1), §7062)', () => {
  it('counts distinct matching kinds against the directory record', () => {
    const result = matchDataPoints(
      [
        { kind: 'full_name', value: 'Maria Jose Garcia Lopez' },
        { kind: 'date_of_birth', value: '04/03/1990' },
        { kind: 'phone', value: '+1 555 010 0123' },
      ],
      record,
      { lang: 'es' },
    );
    expect(result.matched).toEqual(['full_name', 'date_of_birth', 'phone']);
    expect(result.mismatched).toEqual([]);
  });

  it('reports a stated value that differs from the record as a mismatch', () => {
    const result = matchDataPoints([{ kind: 'date_of_birth', value: '04/03/1990' }], record, { lang: 'en' });
    expect(result.details).toEqual([{ kind: 'date_of_birth', outcome: 'mismatch' }]);
    expect(result.matched).toEqual([]);
  });

  it('counts two values of one kind once, a match winning', () => {
    const result = matchDataPoints(
      [
        { kind: 'phone', value: '555 999 0000' },
        { kind: 'phone', value: '555-010-0123' },
      ],
      record,
      { lang: 'en' },
    );
    expect(result.details).toEqual([{ kind: 'phone', outcome: 'match' }]);
  });

  it('says when the record holds no such data or the value is unreadable', () => {
    const result = matchDataPoints(
      [
        { kind: 'account_number', value: 'A-1' },
        { kind: 'date_of_birth', value: 'in the spring' },
      ],
      record,
      { lang: 'en' },
    );
    expect(result.details).toEqual([
      { kind: 'account_number', outcome: 'not_on_file' },
      { kind: 'date_of_birth', outcome: 'unreadable' },
    ]);
  });

  it('does not count data the correction request wants changed (§7060(h))', () => {
    const result = matchDataPoints(
      [
        { kind: 'postal_address', value: '123 N Main St Apt 4B Springfield CA 90000' },
        { kind: 'patient_number', value: 'pt00042' },
      ],
      record,
      { lang: 'en', exclude: ['postal_address'] },
    );
    expect(result.matched).toEqual(['patient_number']);
    expect(result.details[0]).toEqual({ kind: 'postal_address', outcome: 'excluded' });
  });
});
