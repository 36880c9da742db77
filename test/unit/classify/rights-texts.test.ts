import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { describesRightsOnly } from '../../../src/pipeline/classify/detect-not-privacy.js';
import { normalizeText } from '../../../src/pipeline/classify/normalize-text.js';
import { readSubjectAndBodyByRules } from './read-by-rules.js';

// Issue 16 item 2 (a right described is no right asked for), real texts 27: a statute's article,
// a privacy notice's rights section or a regulator's guide pasted into a mail names every right
// and asks for none. Such a document is `other` (listed in the digest, never answered); a
// person's request, however formal, has a writer. Wording here is the team's own.

const STATUTE =
  'Section 1798.106. Consumers Right to Correct Inaccurate Personal Information. (a) A consumer shall have the right to request a ' +
  'business that maintains inaccurate personal information about the consumer to correct that inaccurate personal information, ' +
  'taking into account the nature of the personal information and the purposes of the processing of the personal information. ' +
  '(b) A business that collects personal information about consumers shall disclose the consumer\'s right to request correction ' +
  'of inaccurate personal information. (c) A business that receives a verifiable consumer request to correct inaccurate personal ' +
  'information shall use commercially reasonable efforts to correct the inaccurate personal information as directed by the consumer.';

const NOTICE =
  'Your privacy rights. Under the California Consumer Privacy Act you have the right to know what personal information we collect, ' +
  'the right to delete personal information we collected from you, the right to correct inaccurate personal information, and the ' +
  'right to opt out of the sale or sharing of your personal information. An authorized agent may submit a request on behalf of a ' +
  'consumer. We will not discriminate against you for exercising any of these rights. To exercise your rights, please contact us ' +
  'at privacy@example.com or call 555-0100. We will respond within 45 days.';

const GUIDE_ES =
  'Derechos ARCO. La ley de protección de datos reconoce a los titulares de los datos el derecho de acceso a sus datos personales, ' +
  'el derecho de rectificación cuando sean inexactos, el derecho de cancelación cuando ya no sean necesarios para la finalidad ' +
  'para la que fueron recabados, y el derecho de oposición al tratamiento para fines de publicidad. Para ejercerlos, el titular ' +
  'o su representante legal deben presentar una solicitud ante el responsable, que cuenta con veinte días para responder y quince ' +
  'días más para hacer efectiva la decisión.';

describe('a text that only describes privacy rights is no request (describesRightsOnly)', () => {
  it.each([
    ['a statute\'s article', 'Fwd: section 1798.106', STATUTE],
    ['a privacy notice\'s rights section, with the business\'s "please contact us"', 'your rights', NOTICE],
    ['a Spanish guide to ARCO rights', 'derechos ARCO', GUIDE_ES],
  ])('%s is other, and says why', (_kind, subject, body) => {
    const c = readSubjectAndBodyByRules(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(/a text about privacy rights/);
  });

  it('the trained second opinion does not make it a request again', () => {
    const c = classifyMessage({ subject: 'Fwd: section 1798.106', body: STATUTE, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });
    expect(c.category).toBe('other');
  });
});

describe('a request has a writer, even with no "I" in it', () => {
  it.each([
    ['the undersigned', 'The undersigned consumer, Dana Whitfield, invokes the right to delete under the California Consumer Privacy Act and directs the business to delete all personal information collected about the undersigned, including data held by service providers and contractors, and to confirm in writing when the deletion is complete. Under the same law the business must respond within forty-five days, and the right to delete applies to information collected from the consumer, directly or through others.'],
    ['an agent company acting for a named consumer', 'Privacy Shield Example acts as authorized agent for Dana Whitfield (dana.w@example.org) and submits this request to delete her personal information and to opt out of the sale and sharing of it under the California Consumer Privacy Act. The signed permission of the consumer is attached. The right to delete and the right to opt out are exercised together; the business must not sell or share the personal information while the request is pending and must confirm receipt within ten business days.'],
    ['on behalf of a named person', 'This request is made on behalf of Dana Whitfield, whose personal information your company holds. Under the California Consumer Privacy Act she has the right to know the categories and specific pieces of personal information collected, the sources, the purposes and the third parties to whom it was disclosed, and the right to a copy of it. Send the information to the address on file within forty-five days, and confirm receipt within ten business days as the law requires.'],
    ['a ticked form', 'Privacy request form. Name: Dana Whitfield. Email: dana.w@example.org. Right requested: (x) delete ( ) know ( ) correct ( ) opt out of sale or sharing. State of residence: California. The consumer has the right to delete personal information collected from the consumer, subject to the exceptions of the law. The business must confirm receipt within ten business days and respond within forty-five calendar days, and may extend once by another forty-five days with notice to the consumer.'],
  ])('%s', (_kind, body) => {
    const n = normalizeText(body);
    expect(n.split(/\s+/).length).toBeGreaterThanOrEqual(60);
    expect(describesRightsOnly(n)).toBe(false);
    expect(readSubjectAndBodyByRules('Privacy request', body).category).toBe('privacy_request');
  });

  it('a short request with no pronoun is left alone', () => {
    expect(describesRightsOnly(normalizeText('Opt out of sale and sharing under my CCPA rights.'))).toBe(false);
    expect(readSubjectAndBodyByRules('opt out', 'Opt out of the sale and sharing of personal information, all of it, under the CCPA right to opt out.').category).toBe('privacy_request');
  });

  it('a long text about rights that names no privacy matter is not called a text about privacy rights', () => {
    const n = normalizeText(`${'The committee heard testimony on the rights of performers and the industry that records them. '.repeat(6)}`);
    expect(describesRightsOnly(n)).toBe(false);
  });
});
