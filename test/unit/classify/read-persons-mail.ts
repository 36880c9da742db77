import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import type { Classification } from '../../../src/pipeline/types.js';

/**
 * The daemon's whole reading of a person's mail (the rules and the trained second opinion), from
 * its subject and body: no quoted mail, no attachment, no sender's name, screened as a person's.
 */
export function readPersonsMail(subject: string, body: string): Classification {
  return classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });
}
