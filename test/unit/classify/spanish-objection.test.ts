import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// The objection of Spain's LOPDGDD and the RGPD (art. 21), and the "O" of the ARCO rights, is an
// opt-out by the labeling conventions (objection to processing, marketing or profiling). Issue 16:
// letters in this wording were read with no request type.
describe('la oposición is an opt-out', () => {
  it.each([
    ['Solicito el ejercicio de mi derecho de oposición conforme al RGPD.', ['opt_out']],
    ['Deseo oponerme al uso de mis datos para publicidad.', ['opt_out']],
    ['Por la presente ejerzo mi derecho de oposición al tratamiento de mis datos personales.', ['opt_out']],
    ['Me opongo al tratamiento de mis datos con fines de mercadotecnia.', ['opt_out']],
    // ARCO: acceso, rectificación, cancelación (deletion) and oposición, in one list.
    ['Solicito ejercer mis derechos ARCO: acceso, rectificación, cancelación y oposición.', ['access', 'deletion', 'correction', 'opt_out']],
    ['Ejerzo los derechos de acceso y de oposición respecto de mis datos personales.', ['access', 'opt_out']],
    // Withdrawn consent to marketing or selling, as "I withdraw my consent to the sale": in a line, or a form's field.
    ['Retiro mi consentimiento para el uso de mis datos en publicidad personalizada.', ['opt_out']],
    ['Hola,\nRetiro mi consentimiento para el tratamiento de mis datos.\nTipo de consentimiento que retiro: comunicaciones comerciales y publicidad personalizada\nPor favor, confirmen la retirada.', ['opt_out']],
    // Issue 16, real texts 18f: the authorization given, revoked in four words.
    ['revoco la autorización que di', ['opt_out']],
    // Issue 16, real texts 19l: an objection to automated review is one to profiling.
    ['Me opongo a que revisen mis comprobantes automáticamente', ['opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('an authorization revoked for something else is no opt-out', () => {
    expect(readByRules('Revoco la autorización que di a mi hermano para recoger mis paquetes.').requestTypes).toEqual([]);
  });

  // Issue 16, real texts 18d: the GDPR's restriction of processing (art. 18) has no CCPA right of
  // its own; asked, it is a request with no type, which staff read.
  it.each(['Solicito la limitación del tratamiento de mis datos', 'I request the restriction of processing of my personal data.', 'Solicito el bloqueo temporal del tratamiento de mis datos mientras se resuelve un reclamo.'])('%s -> a request naming no CCPA right', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual([]);
  });

  it('a restriction of processing described as a right asks nothing', () => {
    expect(readByRules('El RGPD reconoce el derecho a la limitación del tratamiento. ¿Cómo funciona?').category).toBe('question');
  });

  // Issue 16, real texts 19h: a letter's "where" opens a condition, not a question.
  it('"Where you sell or share my personal information, I object ..." is an opt-out; "Where do I object ...?" a question', () => {
    expect(readByRules('Where you sell or share my personal information, I object to the processing for direct marketing.').requestTypes).toEqual(['opt_out']);
    expect(readByRules('Where do I object to the processing for direct marketing?').category).toBe('question');
  });

  it('a right of objection described, with a question, asks for none', () => {
    const c = readByRules('Usted tiene derecho de oposición al tratamiento de sus datos, según leí. ¿Cómo se ejerce?');
    expect(c.category).toBe('question');
  });
});

describe('the right to object, named in English', () => {
  it('"I am exercising my right to object" -> opt_out (GDPR art. 21, labeling conventions)', () => {
    const c = readByRules('I am exercising my right to object.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('a right to object that others have, with a question, asks for none', () => {
    expect(readByRules('Under the GDPR, data subjects have the right to object. How do I use it?').category).toBe('question');
  });
});

describe('withdrawn consent names what it withdraws', () => {
  it('consent withdrawn from something else than selling or marketing is no opt-out', () => {
    expect(readByRules('Retiro mi consentimiento para recibir la encuesta de satisfacción.').requestTypes).not.toContain('opt_out');
  });
});

// A right is named with either preposition ("derecho de supresión", "derecho a la supresión",
// "derecho al acceso"); issue 16: "ejerzo mi derecho a supresión" was read as no request at all.
describe('a right named with "a", "a la" or "al" is the same right', () => {
  it.each([
    ['Ejerzo mi derecho a supresión.', ['deletion']],
    ['Quiero ejercer mi derecho a la supresión de mis datos.', ['deletion']],
    ['Por medio del presente ejerzo mi derecho al acceso.', ['access']],
    ['Ejerzo el derecho a la rectificación de mi domicilio.', ['correction']],
    ['Ejerzo mi derecho a la oposición.', ['opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('a question about what the right is asks for none', () => {
    expect(readByRules('¿Qué es el derecho a la supresión?').category).toBe('question');
  });
});

// Consent withdrawn with nothing else named objects to the processing: an opt-out (labeling
// conventions; issue 16, real texts 17b). In a letter that asks an erasure it is the erasure's
// ground (GDPR art. 17(1)(b)) and no second request.
describe('consent withdrawn', () => {
  it.each([
    ['Quiero revocar mi consentimiento.'],
    ['Retiro mi autorización para el tratamiento de mis datos personales.'],
    ['I withdraw my consent.'],
    ['We hereby revoke our consent to the processing of our personal data.'],
    // Issue 16, real texts 22f: consent withdrawn "sobre mis datos", "regarding my data".
    ['Revoco mi consentimiento sobre mis datos personales.'],
    ['I withdraw my consent regarding my personal data.'],
  ])('%s -> opt_out', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('is the ground of an erasure asked in the same letter, not an opt-out', () => {
    const c = readByRules('Please erase all my personal data pursuant to Article 17 of the GDPR. I withdraw my consent.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  // Issue 16, real texts 18b, 19h, 21e: the grounds an erasure letter lists (GDPR art. 17(1)(b)-(c)).
  it.each([
    'Please erase all personal data you hold about me. The grounds:\n- I withdraw my consent and there is no other legal ground for the processing\n- I object to the processing and there are no overriding legitimate grounds',
    "I'd like you to remove my review since I withdraw consent to your collection, use, or disclosure of this information.",
  ])('an objection or a withdrawal given as the erasure\'s ground is no opt-out: %s', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['deletion']);
  });

  it('an objection asked beside the erasure still is one', () => {
    expect(readByRules('I request erasure of my review since I object to the processing and ask that it cease.').requestTypes).toEqual(['deletion', 'opt_out']);
  });

  it('to receive emails, it names what it withdraws from and is not read by this rule', () => {
    expect(readByRules('I withdraw my consent to receive your newsletter.').requestTypes).not.toContain('opt_out');
  });
});

// Issue 16, real texts 19l: the short asks of Colombian and Chilean forms and chats.
describe('everyday Spanish asks', () => {
  it.each([
    ['Dar de baja mis datos', ['deletion']],
    ['Sáquenme de la base', ['deletion']],
    ['Por favor denme de baja de su base de datos.', ['deletion']],
    ['Consultar mis datos', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('"bórrenme de su lista" is an unsubscribe; "bórrenme de su lista de clientes" a deletion', () => {
    expect(readByRules('bórrenme de su lista').requestTypes).toEqual([]);
    expect(readByRules('Bórrenme de su lista de clientes.').requestTypes).toEqual(['deletion']);
  });

  it('"denme de baja de la lista" stays an unsubscribe, and "consultar mis datos" inside a question asks nothing', () => {
    expect(readByRules('Por favor denme de baja de la lista de correos.').requestTypes).toEqual([]);
    expect(readByRules('¿Dónde puedo consultar mis datos en la web?').category).toBe('question');
  });
});

// Issue 16, real texts 19d: a bilingual opt-out toolkit's Spanish letters.
describe('the sale stopped, and ad audiences left', () => {
  it('"cesen cualquier recopilación o venta adicional de mis datos" is an opt-out (§1798.120)', () => {
    expect([...readByRules('Solicito que eliminen todos mis datos personales y cesen cualquier recopilación o venta adicional de mis datos.').requestTypes].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('"me eliminen de cualquier audiencia publicitaria" takes the writer out of ad targeting, not a deletion', () => {
    expect(readByRules('Solicito que dejen de usar mis datos para publicidad y me eliminen de cualquier audiencia o segmento publicitario.').requestTypes).toEqual(['opt_out']);
  });
});
