import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16 (mail nobody on the team wrote, batch 16j): the Spanish scam's bill and threat (a fine,
 * a debt, a held parcel, a refund waiting, "evite multas", "para evitar la suspensión"), the
 * program disguised as a document, the boss's secret wire, the advance-fee share "of the total",
 * a seller's Spanish pitch to a clinic, a job seeker or a recruiter's interview invitation, a
 * service's "your bill is ready". All `other`, never answered; billing words in a scam or a pitch
 * are no patient's records. And the boundary: a person disputing their own fine or bill, moving
 * their data, or asking about the data of their application stays a person (ccpa-rules
 * §1798.130(a)(2)). Every message is fictional, at example domains, written for this test.
 */
const classify = readPersonsMail;

const JUNK: Array<[kind: string, subject: string, body: string]> = [
  // a fine or a debt, paid through a link or with a threat
  ['phishing', 'Sanción', 'Ayuntamiento: consta una multa de aparcamiento pendiente de 60 euros. Abónela hoy sin recargo en https://multas.example.net/abonar'],
  ['phishing', 'Aviso', 'Hacienda: usted tiene una deuda pendiente. Evite sanciones enviando su NIF y contraseña ahora mismo a este número.'],
  // a parcel held, "update your details here", no link but two signs
  ['phishing', 'Envío retenido', 'Su paquete está retenido en aduana. Actualice sus datos aquí para evitar la devolución: Actualizar'],
  // a refund waiting, bank details asked
  ['phishing', 'Devolución', 'Un reembolso de 80 euros está pendiente. Proporcione los datos de su cuenta para recibirlo: Recibir'],
  // an ID locked, with the way out
  ['phishing', 'Seguridad', 'Tu usuario ha sido bloqueado por seguridad. Para desbloquear tu cuenta debes verificar tu identidad: Verificar'],
  // a scam that asks for "billing details" is no patient's matter
  ['phishing', 'Cuenta bloqueada', 'Tu usuario ha sido deshabilitado por seguridad. Para reactivar tu cuenta confirma tus datos de facturación médica: Confirmar'],
  // a login update "to avoid the suspension" (its request words are about our account)
  ['phishing', 'Acción requerida', 'Actualice su información de acceso hoy para evitar la suspensión de su cuenta.'],
  // a program disguised as a document, no link
  ['phishing', 'Requerimiento', 'Estimado contribuyente, adjuntamos el expediente de su sanción. Expediente_4471.pdf.exe'],
  // the boss's secret wire, in both languages
  ['phishing', 'Urgente', 'Estoy en un vuelo y no puedo llamar. Necesito que hagas una transferencia bancaria hoy a un proveedor nuevo. Es confidencial, no se lo digas a nadie.'],
  ['phishing', 'Quick favour', 'I am stuck in meetings all day. Please arrange a wire transfer to our new supplier before noon. Keep this between us for now.'],
  // an advance-fee share "of the total"
  ['phishing', 'Business proposal', 'Dear friend, I am a lawyer with an inheritance to transfer out of the country. Reply and I will give you 25% of the total amount.'],
  // a seller's Spanish pitch to a clinic that names medical billing
  ['sales', 'Más pacientes', 'Hola Marta, vi tu consulta y no apareces en el top 3 de Google cuando buscan facturación médica en tu barrio. Te mando una guía gratis. ¿Te interesa?'],
  // a job seeker, and an interview invitation
  ['job_application', 'Postulación', 'Hola, me postulo para el puesto de recepcionista. Tengo dos años de experiencia y estoy en búsqueda de empleo. Saludos, Lucía'],
  ['job_application', 'Entrevista', 'Le invitamos cordialmente a una entrevista el lunes a las 10. Por favor confirme su asistencia.'],
  // a stranger's offer of business, a wallet to connect, an English interview invitation
  ['sales', 'Collaboration', 'Hello, I am representing a travel gear brand and would like to know if you are open to collaboration opportunities. Kind regards, Lee'],
  ['sales', 'Offer', 'Hi, I run Example Widgets Ltd and we have a very serious offer for you. Please reply even if you are not interested.'],
  ['sales', 'Bonus', 'Congratulations! The Example Coin airdrop is live. Connect your wallet and collect 500 tokens today.'],
  ['job_application', 'Interview', 'Dear Candidate, we are pleased to invite you to interview for the Analyst position. Let us know your availability.'],
  // the boss's wire from a flight, no link needed
  ['phishing', 'Quick one', 'Sam, I am boarding in ten minutes. Send the wire payment of 9,400 to the new vendor and reply when it is done.'],
  // a shop's promotion with its own unsubscribe footer, a platform's digest
  ['sales', 'Weekend sale', 'Hello shopper, 30% off all garden tools this weekend only. Shop now at www.garden.example.com. Unsubscribe | Preferences'],
  ['notification', 'Your week', 'Hi Alex, here is your weekly summary: 4 new followers and 2 comments. Jobs you may be interested in: Designer at Example Co.'],
  // a job seeker in English, a billing vendor's pitch to providers
  ['job_application', 'Teacher', 'I have six years of teaching experience and I am seeking a music teacher position at your school.'],
  ['sales', 'Billing services', 'Example Claims is a trusted medical billing company offering outsourced claims work. We help healthcare providers reduce denials.'],
  // a service's bill ready to download
  ['invoice', 'Su factura', 'Su factura del mes de marzo ya está disponible. Descarga tu factura en el área de clientes.'],
];

describe('scam bills and threats, disguised programs, secret wires, Spanish pitches and job seekers are `other`', () => {
  it.each(JUNK)('%s: %s', (kind, subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(new RegExp(`^${kind.replace('_', ' ')}:`));
  });
});

// `answered` where the point is only that it is no junk (the rules may read a request or a question).
const HUMAN: Array<[category: 'question' | 'answered', subject: string, body: string]> = [
  // a person disputing their own fine or bill writes as "I"
  ['question', 'Multa', 'Hola, tengo una multa pendiente que ya pagué en enero. ¿Pueden revisarlo? Gracias, Elena'],
  ['question', 'Factura', 'Buenas, mi factura del mes de marzo ya está disponible pero el importe no coincide con mi plan. ¿Me lo explican?'],
  // a person moving their own data
  ['answered', 'Mis datos', 'Quiero la transferencia de mis datos personales a otro proveedor, en un formato que pueda leer.'],
  // a former applicant asking about their application's data
  ['answered', 'Mi postulación', 'Me postulé el año pasado a un puesto. ¿Siguen guardando mis datos personales de esa postulación?'],
  // a person reporting a scam that used their address asks about their own data
  ['answered', 'Scam using my email', 'I got an airdrop email asking me to connect my wallet, sent to the address I only gave you. Did you share my email address with anyone?'],
  ['answered', 'Agent', 'I am an authorized agent representing Dana Reyes. Please tell us what personal information you hold about her.'],
  // a customer quoting a promotion, or unsubscribing from one, writes as "I"
  ['question', 'Code', 'Hi, I tried to use code SPRING20 for the 20% off sale and it did not work at checkout.'],
  ['answered', 'Stop', 'Please unsubscribe me from your 30% off emails. I never signed up for them.'],
  // a patient asking about their own medical bill keeps the HIPAA route, even beside a link
  ['question', 'Billing', 'Hi, my medical billing statement shows a charge I do not recognise. The portal at https://portal.example.org says it is pending. Can you explain?'],
];

describe('a person disputing a bill, moving their data or asking about their application is no junk', () => {
  it.each(HUMAN)('%s: %s', (category, subject, body) => {
    const got = classify(subject, body).category;
    if (category === 'answered') expect(['privacy_request', 'question']).toContain(got);
    else expect(got).toBe(category);
  });
});
