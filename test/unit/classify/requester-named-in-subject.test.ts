import { describe, expect, it } from 'vitest';
import { classifyMessage, DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, plainMail, RECEIVED } from '../screen/fixture-mail.js';

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

// Issue 16, real texts 21c and 22b: an agent service writes the letter in the consumer's first
// person and names itself only in its footer, below the signature line (§7063).
describe("the agent named only in an agent service's footer", () => {
  const letter = 'I am writing to exercise my rights under the CCPA to request the deletion of my personal information.\n\nSincerely,\nRenee Walsh';
  const withSignature = (signature: string) =>
    classifyMessage({ subject: 'Data Deletion Request', body: letter, quoted: '', signature, attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });

  it('"This request was sent via ... on behalf of Renee Walsh" makes the sender an agent', () => {
    expect(withSignature('--\nThis request was sent via Example Privacy on behalf of Renee Walsh.\nFor questions about this service, visit https://www.example.com').requester).toBe('agent');
  });

  it('the footer is read from a whole mail, below its "-- " line', async () => {
    const raw = plainMail('Renee Walsh <renee.walsh@example.org>', 'Data Deletion Request', `${letter}\n\n-- \nThis request was sent via Example Privacy on behalf of Renee Walsh.`);
    const understood = await understandMessage(raw, RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD });
    expect(understood.classification?.requester).toBe('agent');
  });

  it("any other signature is not read: a lawyer's own request under the firm's tagline is the lawyer's", () => {
    expect(withSignature('--\nRenee Walsh, Partner\nWalsh & Ortiz LLP, attorneys for small businesses since 1990\nThis message may contain confidential information.').requester).toBe('self');
  });
});
