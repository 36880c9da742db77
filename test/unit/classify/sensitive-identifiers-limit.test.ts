import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Sensitive personal information includes government identifiers and precise geolocation
// (§1798.140(ae)); limiting their use is the §1798.121 right, named or not.
describe('limiting named kinds of sensitive data', () => {
  it.each([
    'Only use my SSN for what you strictly need, nothing more.',
    'Please restrict how you use my exact location.',
    'Stop using my social security number for anything but billing my account.',
    '¿Podrían dejar de usar mi ubicación para publicidad?',
  ])('%s -> limit_sensitive', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['limit_sensitive']);
  });
});
