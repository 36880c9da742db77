import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { looksLikePersonsPrivacyQuestion } from '../../../src/pipeline/classify/privacy-matter.js';
import { handMadeJunkModel } from './hand-made-junk-model.js';

const read = (subject: string, body: string, model?: null) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, model === null ? { model } : {});

// Issue 16: a "question" nobody writes as themselves in, that asks nothing, or that only points
// to a link, is what junk looks like that no junk shape caught. The bot sends nothing and staff
// read it ("when in doubt, the bot asks a person").
describe('a question with no sign of a person asking about privacy', () => {
  it('people who write as themselves, ask, or write a terse ask about a privacy matter are persons', () => {
    expect(looksLikePersonsPrivacyQuestion('AI training', 'are you using customer chat transcripts to train ai?')).toBe(true);
    expect(looksLikePersonsPrivacyQuestion('Unsubscribe', 'unsubscribe')).toBe(true);
    expect(looksLikePersonsPrivacyQuestion('', 'no puedo entrar a la aplicacion desde ayer')).toBe(true);
    expect(looksLikePersonsPrivacyQuestion('', 'take me off your list')).toBe(true);
  });

  it('a service notice, a pitch with a link, or a long text with no one asking is not', () => {
    expect(looksLikePersonsPrivacyQuestion('Service paused', 'dear customer, your hosting plan has been paused because the payment failed. the plan details are listed below. please contact our billing team as soon as possible to restore the service. the hosting team')).toBe(false);
    expect(looksLikePersonsPrivacyQuestion('Quick idea', 'teams across the country use this to cut their costs. see how at https://tool.example.net')).toBe(false);
    expect(looksLikePersonsPrivacyQuestion('Aviso', 'estimado cliente, su servicio de correo fue pausado por falta de pago. los detalles del plan se muestran a continuacion. por favor contacte con el equipo de cobros a la mayor brevedad para reactivar el servicio. el equipo')).toBe(false);
  });

  it('reads the Spanish verb that says who writes, not the English pronoun spelled the same', () => {
    const notice = 'dear customer, our courier confirmed he will deliver the replacement router next week. the tracking details are listed in the portal. please keep the old device ready for collection at the address on file. the support team';
    expect(looksLikePersonsPrivacyQuestion('Delivery update', notice)).toBe(false);
    expect(looksLikePersonsPrivacyQuestion('', 'ya he enviado el formulario dos veces y nadie contesta, que pasa con la solicitud de baja de la lista de correo')).toBe(true);
    // "envie" is also "envíe" (please send) once accents are folded: a notice asking for data is no person writing.
    expect(looksLikePersonsPrivacyQuestion('Aviso', 'estimado cliente, envie la documentacion actualizada de la cuenta antes del viernes para mantener el servicio activo en el portal. los detalles del plan se muestran a continuacion. el equipo de cobros')).toBe(false);
  });

  it('is sent to staff below any review threshold, with the reason; a person\'s question keeps its confidence', () => {
    const text = 'Dear customer, your hosting plan has been paused because the payment failed. The plan details are listed below. Please contact our billing team as soon as possible to restore the service. The Hosting Team';
    // Read by the rules alone: the trained junk model makes it `other` (below).
    const notice = read('Service paused', text, null);
    expect(notice.category).toBe('question');
    expect(notice.needsReview).toBe(true);
    expect(notice.confidence).toBeLessThanOrEqual(0.5);
    expect(notice.reasons.some((r) => r.startsWith('question: names no privacy matter'))).toBe(true);
    const person = read('kids', 'Is your app allowed for kids under 13? My son wants to sign up.');
    expect(person.category).toBe('question');
    expect(person.reasons.some((r) => r.startsWith('question: names no privacy matter'))).toBe(false);
  });

  it('is junk (`other`, never answered, listed in the digest) when the junk model leans to junk (combine-opinions.ts)', () => {
    // A hand-made second opinion sure of junk: where the trained one reads a notice (0.68-0.72
    // across retrains) is the trained model's business, not this wiring's.
    const leansToJunk = handMadeJunkModel(3);
    const text = 'Dear customer, your hosting plan has been paused because the payment failed. The plan details are listed below. Please contact our billing team as soon as possible to restore the service. The Hosting Team';
    const notice = classifyMessage({ subject: 'Service paused', body: text, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: leansToJunk });
    expect(notice.category).toBe('other');
    expect(notice.otherWhy).toMatch(/^the second opinion reads junk \(p=0\.\d\d\)/);
    // A person's question, however plain, is never the model's junk.
    expect(read('kids', 'Is your app allowed for kids under 13? My son wants to sign up.').category).toBe('question');
  });
});
