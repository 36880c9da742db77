import { describe, expect, it } from 'vitest';
import { plainMailVerdict } from './fixture-mail.js';

/**
 * Issue 16, real texts 26: ticket systems' default notices, sent without the RFC 3834 header
 * (email-rules §1: recognised by content too): Znuny's (OTRS's) auto-responses, Request Tracker's
 * notices about encrypted mail it could not read, a Spanish stock answer. Fictional mail in the
 * shape of those templates. Answering them would start a loop with the ticket system.
 */
const verdict = plainMailVerdict;

describe('ticket systems’ notices', () => {
  it.each([
    ['RE: Request to delete my data', 'Thanks for your follow-up email\n\nYou wrote:\n> I am following up on my request that you delete all personal information you hold about me.\n\nYour email will be answered by a human ASAP.\n\nYour Example Team'],
    ['Your email has been rejected! (RE: Request to delete my data)', 'Your previous ticket is closed.\n\n-- Your follow-up has been rejected. --\n\nPlease create a new ticket.\n\nYour Example Team'],
    ['New ticket has been created! (RE: Still waiting)', 'Your previous ticket is closed.\n\n-- A new ticket has been created for you. --\n\nYour Example Team'],
    ['we received message we cannot decrypt', "You sent an encrypted message with subject 'Account question',\nbut we have no private key it's encrypted to.\n\nPlease, check that you encrypt messages with correct keys\nor contact the system administrator."],
    ['Re: Consulta', 'Hola, gracias por tu consulta. Nuestro equipo la revisará y te responderá lo antes posible.'],
    ['Mensaje recibido', 'Hola Mariana, le agradecemos su interés. Le comunicamos que hemos recibido su correo electrónico y en breve nos comunicaremos con usted.\n\nEjemplo Soluciones\n\nAVISO DE PRIVACIDAD SIMPLIFICADO: EJEMPLO SOLUCIONES, S.A. DE C.V., CON DOMICILIO EN CALLE EJEMPLO 123, UTILIZARÁ SUS DATOS PERSONALES AQUÍ RECABADOS PARA ATENDER SU MENSAJE. CONSULTE EL AVISO COMPLETO EN NUESTRO SITIO.'],
  ])('%s -> auto_reply', async (subject, body) => {
    expect((await verdict('Example Support <support@example.net>', subject, body))?.kind).toBe('auto_reply');
  });

  it.each([
    ['Re: Your privacy request', 'Thanks for your email. I will get back to you with my ID tomorrow.'],
    ['Re: Su solicitud de privacidad', 'Gracias por su mensaje. Adjunto mi identificación.'],
    ['Re: Your privacy request', 'My request to delete my data has been rejected by your helpdesk. Please delete my account and all my data.'],
  ])('a person replying to us is a person: %s', async (subject, body) => {
    expect((await verdict('Dana Whitfield <dana.w@example.org>', subject, body))?.kind).toBe('human');
  });
});
