import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, plainMail, RECEIVED } from './fixture-mail.js';

/**
 * Issue 16, real texts 17b and 17f: Spanish machine mail the screen let through to the reader
 * (email-rules §1). Fictional mail in the shape of the real templates.
 */
const raw = plainMail;

const verdict = async (message: Buffer) => (await understandMessage(message, RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD })).verdict;

describe('Spanish machine mail', () => {
  it("ezmlm's notices carry its own Mailing-List header: list mail", async () => {
    const body = '¡Hola! Soy el programa ezmlm. Me ocupo de la lista de correo noticias@example.net.\n\nAcuse de recibo: He dado de baja la dirección\n\n   marta.lopez@example.com\n\nde la lista de correo noticias.';
    const v = await verdict(raw('noticias-help@example.net', 'ADIÓS a noticias@example.net', body, ['Mailing-List: contact noticias-help@example.net; run by ezmlm']));
    expect(v).toMatchObject({ kind: 'bulk', reason: 'header:mailing-list' });
  });

  it('an away note "Estaré fuera de oficina ... Retornando el lunes" is an auto-reply', async () => {
    const body = 'Gracias por su correo. Estaré fuera de oficina por vacaciones. Retornando el martes 3 de septiembre.\n\nPara asuntos urgentes, comuníquese con teamleader@example.com';
    expect((await verdict(raw('Lucía Fernández <lucia.f@example.com>', 'Vacaciones', body)))?.kind).toBe('auto_reply');
    expect((await verdict(raw('Lucía Fernández <lucia.f@example.com>', 'Fuera de oficina', 'Que tenga un buen día.')))?.kind).toBe('auto_reply');
  });

  // Issue 16, real texts 18d: away notes from a desk, with only an urgent contact or "a mi vuelta" for the return.
  it.each([
    ['Estaré fuera de mi escritorio hasta el martes 15 y responderé lo antes posible.'],
    ['Hola, estaré de vacaciones del 17 al 30 de agosto. Para cualquier asunto urgente podéis contactar con soporte@example.net.'],
    ['Gracias por tu mensaje. Hoy no estoy disponible. Responderé a tu correo a mi vuelta. Un saludo.'],
    // The address's owner has left the company.
    ['Le informamos que Roberto García ya no forma parte de nuestra empresa. Para cualquier consulta comuníquese con cesar.h@example.net.'],
    ['Este mensaje ha sido generado automáticamente, por favor no responda.'],
    // Issue 16, real texts 21: the dates of the absence, or no access to mail, as the return cue.
    ['Estimados: me encuentro fuera de la oficina entre el 28/09 y el 23/10. En caso de cotizaciones dirigirse a ventas@example.cl.'],
    ['Junto con saludarlo, me encuentro de viaje, sin acceso a correos. Por temas de facturación escribir a pagos@example.cl.'],
  ])('%s -> auto_reply', async (body) => {
    expect((await verdict(raw('Marta Vidal <marta.vidal@example.org>', 'Re: Consulta', body)))?.kind).toBe('auto_reply');
  });

  it('a person who is not available at a time, with no away note, is a person', async () => {
    expect((await verdict(raw('Marta Vidal <marta.vidal@example.org>', 'Consulta', 'Mañana no estoy disponible por la mañana. ¿Pueden llamarme por la tarde?')))?.kind).toBe('human');
  });

  it("a request portal's acknowledgement that lists the request's type is an auto-reply", async () => {
    const body = 'Estimada Rosa,\n\nHemos recibido su solicitud de ejercicio de derechos.\n\nTipo: Consultar mis datos\nNúmero de seguimiento: #1042\n\nLe responderemos al email proporcionado dentro del plazo legal.';
    expect((await verdict(raw('Regalos Ejemplo <noreply@regalos.example.net>', 'Solicitud recibida #1042', body)))?.kind).toBe('auto_reply');
  });

  it('a person asking for their data in a form field is still a person', async () => {
    const body = 'Tipo: Consultar mis datos\nNombre: Rosa Cárcamo\n\nQuiero saber qué datos tienen de mí.';
    expect((await verdict(raw('Rosa Cárcamo <rosa.c@example.com>', 'Solicitud', body)))?.kind).toBe('human');
  });
});
