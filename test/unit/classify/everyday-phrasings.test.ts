import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

// Everyday phrasings, one line each, as people type them, and what the classifier must make of
// them (request types: ccpa-rules, Request types table; `generic` would be a privacy request
// naming no right). None of these lines is in the evaluation set.
const CASES: [string, string][] = [
  ['deletion', 'Please scrub my data.'],
  ['deletion', 'I want to be removed from your database.'],
  ['deletion', 'Please erase me.'],
  ['deletion', 'Remove all records of me.'],
  ['deletion', 'I request that you destroy my personal information.'],
  ['deletion', 'Kindly expunge my records.'],
  ['deletion', 'I would like my information purged.'],
  ['deletion', 'Cancel my account and remove my information.'],
  ['deletion', 'Please close my account and delete all data.'],
  ['deletion', 'I want you to forget me.'],
  ['deletion', 'I no longer consent to you holding my data. Delete it.'],
  ['deletion', 'Stop storing my data.'],
  ['deletion', 'I want my data wiped.'],
  ['access', 'I\'d like to request my data.'],
  ['access', 'Request for my personal information.'],
  ['access', 'What do you know about me?'],
  ['access', 'Please provide me with all records you maintain about me.'],
  ['access', 'I want to see what you have on me.'],
  ['access', 'Give me access to my info.'],
  ['access', 'I\'m requesting a copy of my file.'],
  ['access', 'Could you let me know what personal data you hold?'],
  ['access', 'I would like to receive my personal information.'],
  ['opt_out', 'Do not sell my info'],
  ['opt_out', 'Don\'t sell my data!'],
  ['opt_out', 'I do not consent to the sale of my information.'],
  ['opt_out', 'Opt-out'],
  ['opt_out', 'please opt-out my email'],
  ['opt_out', 'Stop sharing my info with third parties.'],
  ['opt_out', 'I don\'t want to be sold to.'],
  ['opt_out', 'Cease selling my personal information.'],
  ['opt_out', 'Do Not Sell or Share My Personal Information request'],
  ['correction', 'My name is wrong in your system, please fix it.'],
  ['correction', 'Please fix my address.'],
  ['correction', 'There\'s a mistake in my records, my birthdate is 2/3/1980 not 3/2/1980.'],
  ['correction', 'Please update my phone number to 510-555-0100.'],
  ['correction', 'My info is out of date, please update it.'],
  ['limit_sensitive', 'Only use my sensitive data for what is necessary.'],
  ['question', 'What is your privacy policy?'],
  ['question', 'Do you collect my location?'],
  ['question', 'Can you explain your data retention?'],
  ['question', 'Are you HIPAA compliant?'],
  ['question', 'how can I request my data?'],
  ['question', 'What data do you collect?'],
  ['question', 'Do I need to provide ID to delete my data?'],
  ['question', 'I want to know if you sell my data.'],
  ['question', 'Is it possible to request deletion?'],
  ['question', 'What does "do not sell" mean?'],
  ['question', 'Thanks for your help!'],
  ['question', 'Can you call me back at 555-0100?'],
  ['question', 'I have a question about my account.'],
  ['question', 'My portal password doesn\'t work.'],
  ['deletion', 'Borren mi información, por favor.'],
  ['deletion', 'Quiero darme de baja y que borren mis datos.'],
  ['access', '¿Qué información tienen de mí?'],
  ['opt_out', 'No quiero que vendan mis datos.'],
  ['question', '¿Venden mis datos?'],
  ['question', '¿Cómo puedo pedir que borren mis datos?'],
];

describe('everyday phrasings', () => {
  it.each(CASES)('%s <- %s', (want, body) => {
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });
    const got = c.category === 'privacy_request' ? c.requestTypes.join(',') || 'generic' : c.category;
    expect(got).toBe(want);
  });
});
