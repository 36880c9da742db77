import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { dropUncheckedOptions } from '../../../src/pipeline/classify/drop-unchecked-options.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// The grammar reads a verb family of one right (any inflection) within a few words of any noun
// phrase for the writer's information (grammar-en.ts, grammar-es.ts). These sentences are not in
// the phrase tables: the families, not the sentences, must carry them.
describe('verb families with any object noun phrase', () => {
  it.each([
    ['Kindly shred every record you hold about me.', ['deletion']],
    ['Please trash my old customer profile.', ['deletion']],
    ['I need you to scrap all of my personal details, thanks.', ['deletion']],
    ['Could you nuke my whole purchase history?', ['deletion']],
    ['whatever you guys have on me, get rid of it', ['deletion']],
    ['Please get my contact details off your servers.', ['deletion']],
    ['Could you furnish me with my complete customer file?', ['access']],
    ['I would like to look at a printout of my account data.', ['access']],
    ['My mailing address needs to be updated to 12 Birch Road.', ['correction']],
    ['You have my last name down as Smyth; it is Smith.', ['correction']],
    ['Stop feeding my clicks into third-party advertising.', ['opt_out']],
    ['Quit peddling my details to data brokers.', ['opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
    expect(c.reasons.some((r) => /grammar:/.test(r))).toBe(true);
  });
});

describe('Spanish stems take conjugations and clitics', () => {
  it.each([
    ['Sáquenme de su base de datos, por favor.', ['deletion']],
    ['Quiero que destruyan todos mis registros.', ['deletion']],
    ['Por favor entréguenme una copia de todo lo que tengan guardado.', ['access']],
    ['Les pido que modifiquen mi domicilio, ya no vivo ahí.', ['correction']],
    ['Que reduzcan el uso de mi ubicación al mínimo.', ['limit_sensitive']],
    // The noun of the right ("la corrección de") and "figuran" as well as the verbs.
    ['Solicito la corrección de mi dirección.', ['correction']],
    ['Mi teléfono figura de forma incorrecta en su sistema.', ['correction']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
});

describe('what the grammar must not read as a request', () => {
  it.each([
    'I forgot my username, can you remind me?',
    'I received an email asking me to confirm my bank details. Is it from you?',
    'I gave you my information when I signed up last year and I love the service.',
    'Hi, I submitted a deletion request last week and got a ticket number. Where does it stand?',
    'Alguien mandó una solicitud a mi nombre, no borren mi cuenta.',
  ])('%s', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });
});

// §7063, §7070: a relative, child or client named together with that person's information or
// wishes makes the writer an agent or parent, whatever the sentence (relations.ts).
describe('requester from relationship nouns', () => {
  it.each([
    ['My stepdad is not online much. He wants his account closed and his data deleted.', 'agent'],
    ['I am writing for my neighbour Ada, who no longer wants her profile on your site. Please delete it.', 'agent'],
    ['As executor of the estate, I ask you to delete the data of Tom Reyes.', 'agent'],
    ['Please delete our toddler\'s account; we made it by mistake.', 'parent'],
    ['Mi suegra ya no usa la tienda. Por favor borren su cuenta.', 'agent'],
    ['Delete my data please. My sister told me about your site.', 'self'],
  ])('%s -> %s', (body, requester) => {
    expect(classify(body).requester).toBe(requester);
  });
});

describe('fallback: weak evidence goes to review', () => {
  it('a request read only by the grammar, as a statement, is flagged for staff', () => {
    const c = classify('My mailing address needs to be updated to 12 Birch Road.');
    expect(c.requestTypes).toEqual(['correction']);
    expect(c.needsReview).toBe(true);
  });
});

describe('tick-box rows', () => {
  it('keeps ticked options of one row apart and drops the unticked ones', () => {
    expect(dropUncheckedOptions('[x] right to know  [ ] right to delete  [x] do not sell')).toBe('[x] right to know\n[x] do not sell');
  });
  it('reads the ticked options of a row as the request', () => {
    expect(classify('Request: [X] Right to Delete [ ] Right to Know [X] Do Not Sell').requestTypes).toEqual(['deletion', 'opt_out']);
  });
});

describe('sentence mood from the verb families', () => {
  it.each([
    ['Shred every record you hold about me.', 'en'],
    ['Restrínjanle el uso de mi ubicación a lo mínimo.', 'es'],
    ['Sáquenme de su base de datos.', 'es'],
  ])('a bare imperative of a family verb is an ask: %s', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.reasons.some((r) => r.includes(', ask'))).toBe(true);
  });
});

describe('disclaimers recognised by their vocabulary', () => {
  it('a paragraph of confidentiality words asks nothing, whatever its wording', () => {
    const c = classify(
      'Please resend my order receipt.\n\nThe content of this message is confidential and may be legally privileged. Any review, copying or distribution by others is prohibited; please erase all copies.',
    );
    expect(c.category).toBe('question');
  });
  it('the request before it still counts', () => {
    const c = classify('Erase my customer profile, please.\n\nThis e-mail is confidential. If you are not the addressee, any copying or distribution is strictly prohibited.');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});

describe('an account cancelled is read by no rule: a subscription ended as often as a deletion', () => {
  it('"I want this account cancelled and refunded" asks no deletion', () => {
    expect(classify('I want this account cancelled and refunded asap.').requestTypes).toEqual([]);
  });
});

describe('wish + object + participle, and the right as a noun', () => {
  it.each([
    ['I would like every file your store keeps on me scrubbed.', ['deletion']],
    ['We need the details the app gathered about us wiped.', ['deletion']],
    ['Send me the records you hold, and after that their erasure.', ['access', 'deletion']],
    // Issue 16, real texts 22f: another right wished first is asked, not the deletion's object.
    ['I want to access my data and then have it deleted.', ['access', 'deletion']],
    ['I want my account closed.', ['deletion']],
    // Issue 16, real texts 22b and 22d: a record named by its kind, a source asked in Spanish.
    ['I am an employee requesting my HR records', ['access']],
    ['¿De dónde sacaron mi número?', ['access']],
    ['¿Cómo consiguieron mi correo?', ['access']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
});

describe('objects held in a relative clause, sources, pronoun antecedents', () => {
  it.each([
    ['Please hand over all the information you guys are holding.', ['access']],
    ['Let me know how your company obtained my phone number.', ['access']],
    ['My fingerprint is only for unlocking the door. Never use it for anything else.', ['limit_sensitive']],
    ['Your letters keep addressing me as "Mr" - I am Dr Ruiz. Please sort that out.', ['correction']],
    ['Is it possible to have my reading history exported as a spreadsheet?', ['portability']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
});

describe('reports of requests, and lists that are databases', () => {
  it.each([
    ['My roommate emailed you asking to close my account. Please ignore that, it was a prank.', 'question'],
    ['El mes pasado presenté una solicitud para eliminar mi cuenta. ¿Ya la procesaron?', 'question'],
    ['Remove my details from your marketing database, please.', 'privacy_request'],
  ])('%s -> %s', (body, category) => {
    expect(classify(body).category).toBe(category);
  });
  it('Spanglish data nouns stay in a Spanish request', () => {
    const c = classify('Oigan, porfa borren mi profile y todo, gracias.');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.lang).toBe('es');
  });
  it('a child named with "about them" makes the writer a parent', () => {
    expect(classify('Our twins use your reading app. Do not share anything about them.').requester).toBe('parent');
  });
});

describe('third round: retention refused, pronoun passives, recipients, clitic clusters', () => {
  it.each([
    ['Close my loyalty card and do not retain any of my details.', ['deletion']],
    ['I would rather you no longer store my purchase history.', ['deletion']],
    ['My account is closed now. Please ensure it is permanently erased.', ['deletion']],
    ['Who did your company sell my contact details to?', ['access']],
    ['Send me copies of the videos and comments I posted.', ['access']],
    ['Please get my profile straight: the birthday is wrong.', ['correction']],
    ['Ya no quiero ser cliente, que no guarden nada de mi información.', ['deletion']],
    ['¿Nos la podrían borrar, junto con nuestros datos?', ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
  it.each([
    'I am not ready to erase my profile yet; what would I lose?',
    'Do customers have the right to see what data you collect about them?',
    'The "Delete my account" button in the app just spins.',
    'El botón "Borrar mi cuenta" no hace nada.',
  ])('not a request: %s', (body) => {
    expect(classify(body).category).toBe('question');
  });
  it('a family name opening a sentence is a relative', () => {
    expect(classify('Mom asked me to write. She wants her account deleted.').requester).toBe('agent');
  });
});

// backoff-patterns.ts: a right's word and the writer's data in one clause, in any order, when
// no known frame matched. Such a reading is the most likely one, never a confident one.
describe('backoff: family word + the writer\'s data in one clause', () => {
  it.each([
    ['Keep my name off every list you rent out or sell.', ['opt_out']],
    ['My middle initial is recorded wrong in your CRM.', ['correction']],
    ['Mi historial de compras debería desaparecer de su sistema.', ['deletion']],
  ])('%s -> %j, flagged for review', (body, types) => {
    const c = classify(body);
    expect(c.requestTypes).toEqual(types);
    expect(c.needsReview).toBe(true);
    expect(c.reasons.some((r) => /backoff|respaldo|grammar|gramatica|:/.test(r))).toBe(true);
  });
  it.each([
    'Could you send over your vendor agreement for our records?',
    '¿Me pueden mandar el recibo de mi último pago?',
    'No quiero borrar mi cuenta, solo quiero saber si comparten datos con aseguradoras.',
    'Thanks for sending me the tracking link.',
    'Your latest update erased my saved playlists, bring them back.',
  ])('not a request: %s', (body) => {
    expect(classify(body).category).toBe('question');
  });
});

describe('fourth round: morphology, Spanglish possessives, reported asks, billing accounts', () => {
  it.each([
    ['Que desaparezcan mi perfil de su página.', ['deletion']],
    ['Por favor eliminen my account, ya no la uso.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
  it.each([
    'A text claiming to be your bank was asking me to update my address. Is it yours?',
    'Gracias por eliminar mi cuenta tan rápido.',
    'We filed a deletion request for our member on June 9 (ticket 3321). Has it been completed?',
  ])('not a request: %s', (body) => {
    expect(classify(body).category).toBe('question');
  });
  it('correcting an account in a message about a bill is a billing matter (HIPAA)', () => {
    const c = classify('My insurance covered the visit yet I was billed. Please correct my account.');
    expect(c.category).toBe('question');
    expect(c.hipaa).toBe(true);
  });
  it('a caregiver acting for someone is an agent', () => {
    expect(classify('I am the caregiver of Ms. Ruth Vance. She does not want her data sold.').requester).toBe('agent');
  });
});

// Spanish legal letters ask access in the passive and as a list item.
describe('Spanish access in letters', () => {
  it.each([
    'En mi calidad de apoderado legal de la Sra. Carmen Lozano, solicito que se me informe qué información personal de mi representada obra en su poder.',
    'Solicitudes:\n- Conocer la información personal recopilada (categorías y datos específicos)',
  ])('%s -> access', (body) => {
    expect(classify(body).requestTypes).toContain('access');
  });
});
