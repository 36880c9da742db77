import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const read = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });

// The subject may be the only line that says whose data it is: a parent writes "Please delete my
// son's account" above "he no longer uses it, remove everything you hold about him" (issue 16).
// A reply's subject repeats ours and is not read (gather-evidence.ts).
describe('the requester named only in the subject', () => {
  it.each([
    ["Please delete my son's account", 'He is not joining this season, so I would like everything you hold about him removed.', 'parent'],
    ['Borrar la cuenta de mi hija', 'Ya no va a participar; quiero que eliminen todos sus datos.', 'parent'],
    ['Request on behalf of my client Marta Gil', 'Please delete all personal information you hold about her.', 'agent'],
  ])('%s / %s -> %s', (subject, body, requester) => {
    const c = read(subject, body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe(requester);
  });
});
