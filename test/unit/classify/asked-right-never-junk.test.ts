import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { handMadeJunkModel } from './hand-made-junk-model.js';

/**
 * Issue 16 goal: no privacy request judged junk (ccpa-rules §1798.130(a)(2): a request made junk
 * is never answered and its clock is lost). The junk model may make a question `other`, never a
 * message whose right the rules read asked, even when they route it to staff as a medical or
 * billing matter. A hand-made second opinion that finds junk everywhere stands in for a model
 * fooled by a credit-file letter's words (fictional letter, example domains).
 */
const junkEverywhere = handMadeJunkModel(5);
const read = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: junkEverywhere });

describe('a right asked is never junk, whatever the junk model says', () => {
  it('a Spanish credit-file letter asking to rectify or erase an unpaid invoice that was paid', () => {
    const c = read(
      'Rectificación de información inexacta',
      'Estimados señores:\n\nHe detectado información inexacta en mi fichero de solvencia: figura impagada una factura de enero que pagué el 14 de febrero.\n\nSolicito la rectificación de esa información y que la notifiquen a quienes se la hayan comunicado.\n\nAtentamente,\nMarta Ibáñez',
    );
    // The rules route the correction of a billing record to staff (ccpa-rules, Health data).
    expect(c.reasons.some((r) => r.startsWith('HIPAA matter (correction'))).toBe(true);
    expect(c.category).toBe('question');
  });

  it('while a bare question with no right in it is junk to the same model', () => {
    expect(read('Quick question', 'Hi there, are you the right people to talk to about a partnership next quarter?').category).toBe('other');
  });
});
