import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Who received a consumer's data is part of the right to know (§1798.110(a)(4), §1798.115);
// "do you sell my data?" alone stays a question (test/eval/README conventions).
describe('asking who received my data is an access request', () => {
  it.each([
    'Please give me the names of all companies you have shared my data with.',
    'I want to know what information you hold on me and with whom you share it.',
    'Did you sell my details to anyone? If so, tell me to whom.',
    "Can you tell me what personal information you have on me and which companies you've shared or sold it to?",
    'Quiero saber qué datos tienen de mí y con quiénes los comparten.',
  ])('%s -> access', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it.each(['Do you sell my data to advertisers?', 'Which companies do you sell data to?', '¿Comparten mis datos con otras empresas?', 'Tell me to whom I should send the signed form.', 'Tell me whether you sell my data.'])(
    'still a question: %s',
    (body) => expect(classify(body).category).toBe('question'),
  );

  // Issue 16, real texts 19c, 20b and 22c: the recipients asked with "tell me" and "identification",
  // read by the rules alone.
  it.each([
    'Tell me every third party you have sold, shared, or licensed my personal information to.',
    'Identification of every third party to which my data has been transmitted.',
    'Please tell me if you have shared this photograph of me with any third parties.',
  ])('%s -> access (rules)', (body) => {
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('categories asked beside a portable copy are access as well (§1798.110(a))', () => {
    const c = classify('Send my data as a CSV file, together with the categories of personal information you collected.');
    expect(c.requestTypes).toEqual(['access', 'portability']);
  });
});
