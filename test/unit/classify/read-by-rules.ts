import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import type { Classification } from '../../../src/pipeline/types.js';

/**
 * The rules' reading of a body alone (no subject, no quoted mail, a person's mail), without the
 * trained second opinion: for tests of a language pattern, which a retrain must not move.
 */
export function readByRules(body: string): Classification {
  return readSubjectAndBodyByRules('', body);
}

/** The rules' reading of a person's mail with its subject (junk signs read the subject too), without the second opinion. */
export function readSubjectAndBodyByRules(subject: string, body: string): Classification {
  return classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
}
