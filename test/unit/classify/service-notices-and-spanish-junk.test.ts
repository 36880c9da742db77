import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import type { Classification } from '../../../src/pipeline/types.js';

/**
 * Issue 16 (real everyday mail written by others, batch 16f): a service writing to its customer
 * (receipts, shipping notices, meeting invitations, order and cancellation confirmations, and
 * the scams dressed as one) speaks as "we" to "you", and nobody in it writes as "I" or asks
 * anything; Spanish scams have the English shapes (a link to click, an identity check, a prize
 * or a fee); an advance-fee letter wants a reply, not a click; a business customer's DPA or SOC 2
 * paperwork is no consumer's right, even as a follow-up. All `other`, never answered. And the
 * boundary: a customer writing in the plural, asking, or answering our own mail stays human
 * (ccpa-rules §1798.130(a)(2): a request judged junk loses its clock). Every message is
 * fictional, at example domains, written for this test.
 */
const classify = (subject: string, body: string, quoted = ''): Classification =>
  classifyMessage({ subject, body, quoted, attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

const JUNK: Array<[kind: string, subject: string, body: string]> = [
  // a service's notice in its own voice, with no sign of any known kind
  ['notification', 'Plan renewed', 'Hello Morgan, we renewed your garden plan for another year. Your next visit is on March 3 and your gardener will bring the new seed list. Thanks, the Example Gardens team'],
  ['notification', 'Tarjeta de fidelidad', 'Estimado cliente, hemos actualizado las condiciones de su tarjeta de fidelidad. Puede consultar su saldo en la web cuando quiera.'],
  // a service's notice that names billing records is still no patient's matter
  ['notification', 'Maintenance complete', 'Dear customer, we completed maintenance on the online portal. Log in and review your account and billing records so your access stays active.'],
  // receipts and confirmations
  ['invoice', 'Receipt', 'Hello, this message confirms that 42.00 USD was charged to the card ending 1234 for the Example Yoga monthly pass.'],
  ['invoice', 'Confirmación de pago', 'Estimado Luis Pardo: le confirmamos el pago de 30 euros de la cuota de diciembre. Este correo sirve como justificante del pago.'],
  // shipping notices and invitations
  ['notification', 'Envío', 'Hola Ana, tu pedido de zapatillas ha sido enviado. Rastrea tu paquete en https://envios.example.net/77'],
  ['notification', 'Pedido enviado', 'Estimado cliente: su pedido 5521 ha sido enviado y llegará mañana.'],
  ['notification', 'Team sync', 'Hi Robin, you have been invited to the Tuesday product sync at 3 pm. Accept or decline the invitation in the calendar app.'],
  // Spanish scams without a link: two signs
  ['phishing', 'Premio', '¡Has ganado un viaje a Cancún! Reclama tu premio haciendo clic en el botón de abajo.'],
  ['phishing', 'Aviso de seguridad', 'Detectamos un inicio de sesión sospechoso. Verifica tu cuenta inmediatamente para evitar el bloqueo.'],
  // the advance-fee letter wants a reply, not a click
  ['phishing', 'Private matter', 'Good day. I am a bank manager and a client of ours died without an heir, leaving a dormant account of 4.2 million. I propose you stand as next of kin and receive a share of the funds.'],
  // a business customer's compliance paperwork, even as a follow-up of "our DPA request"
  ['sales', 'Re: DPA', 'Following up on our DPA request from May: could you also share your latest SOC 2 report for our vendor risk assessment?'],
  // a partnership proposal with a follow-up call
  ['sales', 'Proposal', 'Hi Jo, as promised here is the partnership proposal we discussed. Let us schedule a follow-up call next week. Best, Ari'],
  // a scam's threat and demand, with no link
  ['phishing', 'Notice of investigation', 'Dear Sir or Madam, funds linked to your name are held by our office. You are required to provide proof of ownership. Failure to do so may result in confiscation of the funds.'],
  // a job application in Spanish
  ['job_application', 'Candidatura', 'Buenos días, adjunto mi candidatura para el puesto de administrativo que publicaron. Quedo atento. Pablo'],
  ['job_application', 'Prácticas', 'Estimado equipo de selección: soy estudiante de Química y me gustaría hacer prácticas de verano en su empresa. Un saludo, Inés'],
  // "we help businesses like X", "send over a one-pager"
  ['sales', 'Hello', 'We help clinics fill empty appointment slots. Happy to send over a one-pager if useful. Cam'],
];

describe('a service writing to its customer, and scams in Spanish or asking for a reply, are `other`', () => {
  it.each(JUNK)('%s: %s', (kind, subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(new RegExp(`^${kind.replace('_', ' ')}:`));
  });
});

// `answered` where the point is only that it is no junk (the rules may read a request or a question).
const HUMAN: Array<[category: 'question' | 'answered', subject: string, body: string, quoted?: string]> = [
  // customers in the plural speak of the business's things, not of "your account"
  ['answered', 'Partners', 'Hello, we are a family of four using your app. Your policy says you share data with partners; we would like to know which.'],
  ['question', 'Form', 'Good morning, we run a small bakery and your website form stopped working yesterday. Your help would be appreciated.'],
  ['question', 'Thanks', 'Hi team, we love your app and your new design. Keep it up!'],
  ['question', 'Concert', 'We enjoyed the concert you organised last night and the music you chose. Thanks from the Ortiz family.'],
  ['question', 'Plan shown', 'Hi, we are new users: the account page on your website shows your premium plan, not the basic one we chose.'],
  ['question', 'Aplicación', 'Hola, somos un club de lectura y su aplicación y su página fallan desde ayer. Gracias de antemano.'],
  // a customer's complaint that states a consequence, without the scam's demand
  ['question', 'Complaint', 'We asked twice. Failure to respond will result in a complaint to the Attorney General. Your support page is useless.'],
  // customers in the plural name their own order or say what they did
  ['question', 'Our order', 'Hello, we placed an order with your shop on May 2 and your tracking page shows nothing. Your help is appreciated.'],
  // a customer asking for a deck about our practices asks about their own data
  ['question', 'Deck', 'Could you send me a short deck of your privacy practices? I want to know what you share about me.'],
  // a former applicant asking us to erase their data is a request, not an application
  ['answered', 'Mis datos', 'Hace un año envié mi candidatura al departamento de selección. Quiero que borren mis datos personales.'],
  ['question', 'Pedido', 'Hola, hicimos un pedido la semana pasada y su web no muestra nada. Esperamos su respuesta.'],
  // a customer asking, with or without a question mark
  ['question', 'Delivery', 'Hi, your courier left the parcel at the wrong door and your app says it was delivered. When will your team call us back?'],
  ['answered', 'Procedure', 'Good morning, our firm files requests for consumers. Could you tell us which methods you accept and whether you need a signed permission from the consumer'],
  // a receipt quoted by the customer who writes as "I"
  ['question', 'Payment', 'Hi, this message confirms nothing: your payment confirmation says 42 USD but the bank shows 84 USD. I need this fixed.'],
  // a reply under our own mail answers us
  ['question', 'Re: your code', 'Dear customer service, here is the code your message asked for: 5521. Thank you for your help.', 'Reply to this message with the code 5521 to confirm.'],
];

// Read by the rules alone: the point is the service-notice shape (detect-not-privacy.ts), which a
// retrain of the junk model must not move; the junk model's own say is tested in bare-question.test.ts.
const byRules = (subject: string, body: string, quoted = ''): Classification =>
  classifyMessage({ subject, body, quoted, attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });

describe('a customer writing in the plural, asking, or answering our mail is no service notice', () => {
  it.each(HUMAN)('%s: %s', (category, subject, body, quoted) => {
    const got = byRules(subject, body, quoted ?? '').category;
    if (category === 'answered') expect(['privacy_request', 'question']).toContain(got);
    else expect(got).toBe(category);
  });
});

describe('request words a service only states about its customer are no request', () => {
  it('"we have updated your profile information" in a service notice is `other`', () => {
    const c = classify('Profile updated', 'Dear customer, we have updated your profile information as you asked. Your new details are shown in your account.');
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(/^notification:/);
  });
});

describe('a request stated as a wish or for another person stays a request', () => {
  it.each([
    ['a refusal of sale, in the plural', 'Our family', 'We do not consent to you selling the information you collected through your app about the family. Your team can reach us here.', 'opt_out'],
    ['an agent stating a deletion request', 'Client', 'We represent Dana Reyes in this matter. Her deletion request for the account and the data you keep on her is attached. You can reach us at this address.', 'deletion'],
    ['an agent stating a correction', 'Client', 'On behalf of Dana Reyes: the correction of the address you keep on her file to 12 Pine Street. You can reach us at this address.', 'correction'],
  ])('%s', (_name, subject, body, type) => {
    const c = classify(subject, body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toContain(type);
  });
});

describe('a copyright takedown asks to remove a work, not personal information', () => {
  it('a DMCA notice with "please remove it" is `other`, a legal notice', () => {
    const c = classify('Infringing copy', 'I own the copyright in the song Blue Harbor, and your site hosts an infringing copy at https://tunes.example.net/88. Under the DMCA, please remove it.');
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(/^legal notice:/);
  });
  // Issue 16, real texts 21h: a brand-protection firm's takedown of a company's intellectual property.
  it('a firm retained to remove "content that contains the company\'s intellectual property" is `other`', () => {
    const c = classify('Takedown request', 'Our firm was retained by Example Retail to remove content that contains the company\'s intellectual property. Therefore, I cordially request that you remove this repository: https://code.example.net/clone');
    expect(c.category).toBe('other');
    expect(c.otherWhy).toMatch(/^legal notice:/);
  });
  it.each([
    ['with request words, about a photo of them', 'This DMCA takedown notice concerns the infringing photo of my face on your page https://pics.example.net/4. Please delete it from your servers.'],
    ['without request words, about a photo of them', 'This DMCA takedown notice concerns my photo on your page https://pics.example.net/4, published without my consent. The infringing photo must go.'],
    ['naming data about them', 'Your site republishes my article under the DMCA notice I sent, and also keeps data about me. Please delete my account as well.'],
  ])('a takedown %s is no junk', (_name, body) => {
    expect(['privacy_request', 'question']).toContain(classify('Takedown', body).category);
  });
});

describe('a demand that cites the law is never a scam over a request', () => {
  it('an agent\'s "I hereby direct you to delete" with a deadline and a link stays a request', () => {
    const c = classify('Records', 'I hereby direct you, as her agent, to delete the records you keep on Dana Reyes. Restore access to her profile within 24 hours or face a complaint: https://agent.example.net/7');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toContain('deletion');
  });
});

/**
 * Issue 16 (real Spanish junk, batch 16s): the tax-refund scam (a refund said to be owed or
 * approved, collected through a form, a QR code or "pulse aquí"), and a scam's "actualice sus
 * datos aquí" that reads like a correction. Junk; while a person asking about their own refund, or
 * exercising a right over "mis datos", stays a question or a request.
 */
describe('the Spanish tax-refund scam and "actualice sus datos aquí" are `other`', () => {
  it.each([
    ['Devolución', 'Estimada contribuyente: tras revisar su última declaración le corresponde una devolución de 215,30 euros. Rellene el formulario desde la web oficial para recibirla.'],
    ['Aviso fiscal', 'Su reembolso de impuestos ya está aprobado. Para cobrarlo, escanee el código QR que adjuntamos.'],
    ['Hacienda', 'Le informamos que le corresponde un reembolso de 88 euros. Pulse aquí: https://devoluciones.example.net'],
    ['Correo', 'Estimado usuario, actualice sus datos de acceso aquí: https://correo-aviso.example.net'],
    ['Banco', 'Estimado cliente, hemos detectado un inicio de sesión sospechoso. Actualice sus datos bancarios aquí: https://banco-aviso.example.net para mantener su acceso.'],
  ])('%s', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(/^phishing:/);
  });
});

describe('a person asking about their own refund, or exercising a right in Spanish, is no scam', () => {
  it.each([
    ['Mi devolución', 'Hola, según mi declaración me corresponde una devolución de 120 euros y todavía no la he recibido. ¿Cuándo la van a ingresar?', 'question'],
    ['Borrado', 'Quiero que borren mis datos personales de su base de clientes. Me llamo Elena Soto y uso el correo elena.soto@example.com. Pulse aquí no funciona en su web.', 'privacy_request'],
    ['Acceso', 'Buenos días, solicito acceso a mis datos personales que figuran en su sistema. Ya rellené el formulario desde su página y no recibí respuesta.', 'privacy_request'],
    ['Cambio de dirección', 'Hola, actualicen mis datos de envío: mi nueva dirección es Calle Ejemplo 8. Pueden verla en https://mapas.example.org/8', 'privacy_request'],
    ['Oposición', 'Ejerzo mi derecho de oposición al tratamiento de mis datos con fines comerciales. Actualice sus registros cuanto antes.', 'privacy_request'],
  ])('%s', (subject, body, category) => {
    const c = classify(subject, body);
    expect(c.category).toBe(category);
  });
});
