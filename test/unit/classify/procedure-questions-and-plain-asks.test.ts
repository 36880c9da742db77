import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// test/eval/README: "what data do you have about me?" is an access request, but "how do I find
// out what data you have?" asks about the procedure, unless a go-ahead follows.
describe('procedure questions versus direct questions', () => {
  it('"how can I find out what data you hold on me?" is a question', () => {
    expect(classify('How can I find out what data you hold on me?').category).toBe('question');
  });

  it.each([
    'What do you guys know about me?',
    'What data do you hold on me?',
    'How can I see what you have on me? Please treat this email as my request.',
  ])('%s -> access (§1798.110)', (body) => {
    expect(classify(body).requestTypes).toEqual(['access']);
  });
});

describe('plain asks in forms not covered before', () => {
  it.each([
    ['Would you mind updating my phone number to 555-0102?', ['correction']],
    ['I want to see everything in my account.', ['access']],
    ['I would like every record with my name on it erased.', ['deletion']],
    ['Could you email me a copy of whatever you keep on me?', ['access']],
    ['Tienen mal mi teléfono, es 555-0150.', ['correction']],
    ['¿Me pueden descargar mis datos en un archivo?', ['portability']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('asking the status of an earlier request names a right without asking for it', () => {
    expect(classify('Can you confirm the status of the deletion request I made in May?').category).toBe('question');
  });

  it('an appointment reminder service is not a reminder about a request', () => {
    expect(classify('I used your reminder service once. Please delete my data.').reasons.join(' ')).not.toContain('earlier request');
  });
});
