import { describe, expect, it } from 'vitest';
import { extractData } from '../../../src/pipeline/extract/extract-data.js';

const VERIFICATION_REPLY = `Here is the information you asked for.

Full name: Marianne Kowalski
Date of birth: 11/23/1968
Address: 77 Beacon Street, Apt 4, Pasadena, CA 91101
Account number: PT-559102
Patient ID: MRN-448120
Phone: (626) 555-0143

I declare under penalty of perjury under the laws of the State of California that I am the
consumer whose personal information is the subject of this request.

/s/ Marianne Kowalski

Reference CCPA-2026-000318. The code is 482913.`;

describe('extractData: identity data points (§7062 matching)', () => {
  it('finds name, address, date of birth, account, patient number and phone', () => {
    const { dataPoints } = extractData(VERIFICATION_REPLY);
    expect(dataPoints).toEqual(
      expect.arrayContaining([
        { kind: 'full_name', value: 'Marianne Kowalski' },
        { kind: 'postal_address', value: '77 Beacon Street, Apt 4, Pasadena, CA 91101' },
        { kind: 'date_of_birth', value: '11/23/1968' },
        { kind: 'account_number', value: 'PT-559102' },
        { kind: 'patient_number', value: 'MRN-448120' },
        { kind: 'phone', value: '(626) 555-0143' },
      ]),
    );
    expect(dataPoints).toHaveLength(6);
  });

  it('reads running prose and Spanish', () => {
    expect(extractData('My name is Gregory Ashcombe and I live at 1440 Alder Street, Sacramento, CA 95814. Born on March 9, 1990.').dataPoints).toEqual([
      { kind: 'full_name', value: 'Gregory Ashcombe' },
      { kind: 'postal_address', value: '1440 Alder Street, Sacramento, CA 95814' },
      { kind: 'date_of_birth', value: 'March 9, 1990' },
    ]);
    expect(extractData('Me llamo José Antonio Martínez Ruiz. Nací el 5 de marzo de 1984.').dataPoints).toEqual([
      { kind: 'full_name', value: 'José Antonio Martínez Ruiz' },
      { kind: 'date_of_birth', value: '5 de marzo de 1984' },
    ]);
  });

  it('does not take a lower-case phrase for a name', () => {
    expect(extractData('my name is on the account').dataPoints).toEqual([]);
  });
});

describe('extractData: sensitive identifiers are never data points (§7060(c)(2))', () => {
  it('masks SSN, driver licence and card numbers and reports only their kinds', () => {
    const e = extractData('My SSN is 123-45-6789, driver\'s license D1234567, credit card 4111 1111 1111 1111, phone 916-555-0142.');
    expect(e.sensitiveIdentifiers).toEqual(['ssn', 'drivers_license', 'financial_account']);
    expect(e.dataPoints).toEqual([{ kind: 'phone', value: '916-555-0142' }]);
    expect(JSON.stringify(e)).not.toMatch(/6789|1234567|4111/);
  });

  it('a bank account number is not an account number data point', () => {
    const e = extractData('Bank account 000123456789. Customer number 55120.');
    expect(e.dataPoints).toEqual([{ kind: 'account_number', value: '55120' }]);
    expect(e.sensitiveIdentifiers).toEqual(['financial_account']);
  });
});

describe('extractData: references, codes and the declaration signature', () => {
  it('finds our reference and the verification code in a reply', () => {
    const e = extractData(VERIFICATION_REPLY);
    expect(e.references).toEqual(['CCPA-2026-000318']);
    expect(e.verificationCodes).toEqual(['482913']);
  });

  it('upper-cases references, ignores zip codes and code words without digits', () => {
    const e = extractData('Re ccpa-2026-000777: zip code 94110. Is the code correct? Código de verificación: 7kd9q2');
    expect(e.references).toEqual(['CCPA-2026-000777']);
    expect(e.verificationCodes).toEqual(['7KD9Q2']);
  });

  it('takes the typed name under a declaration under penalty of perjury (§7062(c))', () => {
    expect(extractData(VERIFICATION_REPLY).declarationSignature).toBe('Marianne Kowalski');
    expect(extractData('Declaro bajo pena de perjurio que soy el consumidor.\nFirma: José Martínez Ruiz').declarationSignature).toBe('José Martínez Ruiz');
    expect(extractData('I declare under penalty of perjury that the above is true.\n\nThanks,\nDana Whitfield').declarationSignature).toBe('Dana Whitfield');
  });

  it('no declaration, no signature', () => {
    expect(extractData('Signed: Dana Whitfield').declarationSignature).toBeNull();
  });
});
