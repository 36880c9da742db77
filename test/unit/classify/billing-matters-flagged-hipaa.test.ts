import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Medical and billing records are a HIPAA/CMIA matter, exempt from the CCPA (§1798.146(a)(1));
// billing disputes say so in their own words: an EOB, "insurance paid", a balance, faxing records.
describe('billing and records matters in everyday words', () => {
  it.each([
    'The EOB I got does not match what you are asking me to pay.',
    'My insurance said they paid this already, why do I owe anything?',
    'You billed the wrong insurance for my last visit.',
    'There is still a balance on my account after I paid.',
    'Please fax my records to my new cardiologist.',
  ])('%s -> question, hipaa', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.hipaa).toBe(true);
  });

  // Issue 16, real texts 19g: an immunization record by its everyday names.
  it.each(['My vaccination certificate shows the wrong date for my second dose. How do I get it corrected?', 'The vaccine card you issued lists the wrong lot number. Please tell me how to fix it.'])('%s -> hipaa', (body) => {
    expect(classify(body).hipaa).toBe(true);
  });

  it('asking whether data is shared with an insurer is a privacy question, not a billing matter', () => {
    expect(classify('Do you share my information with my insurance company?').hipaa).toBe(false);
  });
});

// A correction of a medical record (an allergy, a diagnosis) is an amendment under HIPAA, not the
// CCPA's right to correct (§1798.106), even when the writer invokes the CPRA; a personal field
// (name, address, phone, ...) in the same message keeps the CCPA correction. These are the rules'
// reading: the second opinion may still overrule one, and then sends it to staff.
describe('correcting a medical record', () => {
  const classify = readByRules;

  it.each([
    "My chart in the patient portal says I'm allergic to penicillin. I'm not, and it caused a mix-up at urgent care. Please fix it.",
    'My chart lists a diagnosis of asthma that is not mine. I am invoking my right to correct inaccurate personal information under the CPRA.',
    'Mi expediente médico dice que tengo diabetes y no es cierto. Corríjanlo por favor.',
    "My patient portal says I'm allergic to sulfa drugs. I'm not, it's latex. Please fix it.",
    'En mi expediente del portal dice que soy alérgica a la penicilina y no es cierto. Corríjanlo por favor.',
  ])('%s -> question, hipaa', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.hipaa).toBe(true);
  });

  it.each(['My chart shows my old address. Please fix it.', 'The patient portal has my name misspelled; please correct it.'])(
    '%s -> a CCPA correction',
    (body) => {
      const c = classify(body);
      expect(c.category).toBe('privacy_request');
      expect(c.requestTypes).toEqual(['correction']);
    },
  );
});
