import { describe, expect, it } from 'vitest';
import { plainMailVerdict } from './fixture-mail.js';

/**
 * Issue 16, real texts 17-19: acknowledgements with no RFC 3834 header in wording the screen did
 * not know (email-rules §1: recognised by content too). Fictional mail in the shape of the real
 * templates: a past-tense Spanish receipt, a one-person autoresponder, a shop's stock answer.
 */
const verdict = plainMailVerdict;

describe('acknowledgements in other words', () => {
  it.each([
    ['Recibimos tu mensaje\n\nRegistramos tu mensaje el 12/03/2026 10:41.\nTu radicado es R-2026-00412. Guárdalo para cualquier consulta.\n\nTe respondemos al correo o al teléfono que dejaste.'],
    ['Estimada Marta:\n\nHemos recibido su solicitud ARCO en fecha 4 de junio de 2026.\nEn el plazo de 10 días hábiles le informaremos sobre las acciones tomadas conforme a la ley.\nLa oficina atiende de lunes a viernes de 9 a 17 horas en Av. del Libertador 1000, piso 3, Ciudad Ejemplo.\n\nAtentamente,\nOficina de Datos de la Clínica Ejemplo'],
    ['Hola Dana,\n\nThank you for reaching out. I have received your email and will get back to you within 24-48 hours.\n\nIf this is urgent, please reply with URGENT in the subject line.'],
    ['Gracias por comunicarte con Tienda Ejemplo. En breve te atenderemos.'],
    // A firm's stock answer in the plural, a no-reply address, a mail client's read receipt (RFC 8098).
    ['Thank you for your email. We will be in touch as soon as possible to discuss your requirements.\n\nExample Marketing\nwww.example.co.uk'],
    ['Hi there,\n\nWe are sorry, but we cannot handle your message because this is a no-reply e-mail address.'],
    ['The message sent on Tue, 14 May 2026 10:02:11 -0400 to Rosa Delgado with subject "Quarterly review" has been displayed.\n\nThis is no guarantee that the message has been read or understood.'],
    ['Se ha mostrado el mensaje enviado el 14/05/2026 10:02 a Rosa Delgado con el asunto "Revisión trimestral".\n\nÉsto no garantiza que el mensaje haya sido leído o comprendido.'],
  ])('%s -> auto_reply', async (body) => {
    expect((await verdict('Tienda Ejemplo <ventas@example.net>', 'Re: Consulta', body))?.kind).toBe('auto_reply');
  });

  it.each([
    ['I have received your email, but I still want you to delete my account and all my data.'],
    ['Recibimos tu mensaje de ayer, pero ¿cuándo van a borrar mis datos? Solicito la supresión.'],
  ])('a person who says they got our mail and asks is a person: %s', async (body) => {
    expect((await verdict('Dana Whitfield <dana.w@example.org>', 'Re: Your privacy request', body))?.kind).toBe('human');
  });
});

// Issue 16, real texts 20a and 20d: a request portal's or a club's receipt names the request it
// received ("tu solicitud de eliminación de cuenta") and promises to process it, with the
// request's number; a helpdesk echoes the sender's words on the line after "regarding:" or in
// its form's fields, and tells the sender not to remove the ticket number.
describe('acknowledgements that name the request received', () => {
  it.each([
    ['Hola Marta,\n\nHemos recibido tu solicitud de eliminación de cuenta y datos personales.\n\nProcesaremos tu solicitud en un plazo máximo de 30 días.\n\nNuestra oficina atiende de lunes a viernes de 9 a 17 horas en la Avenida del Ejemplo 1000, piso 3, Ciudad Ejemplo, y por teléfono en el 555 010 0000.\n\nEl equipo de Ejemplo'],
    ['Estimada Laura:\n\nHemos recibido su solicitud de ejercicio del derecho de acceso.\n\nNúmero de solicitud: SD-2026-0042\nFecha de solicitud: 14/05/2026\n\nNuestra oficina atiende de lunes a viernes de 9 a 17 horas en la Avenida del Ejemplo 1000, piso 3, Ciudad Ejemplo, y por teléfono en el 555 010 0000.'],
    ['Hola Alberto,\n\nHemos recibido tu solicitud de eliminación de cuenta. El club revisará tu solicitud y te informará del siguiente paso.'],
    ['Ticket #48213 Created\n\nThank you for contacting us. We have received your message regarding:\n\nPlease delete my account\n\nWe will respond to your inquiry as soon as possible. Please do not remove the ticket number from the subject line.'],
    ['We have received your inquiry and our team is working to assist you.\n\nTitle: Question about my account\nMessage: Please tell me how to update my details.'],
  ])('%s -> auto_reply', async (body) => {
    expect((await verdict('Ejemplo <no-reply@example.net>', 'Re: Solicitud', body))?.kind).toBe('auto_reply');
  });

  it('a person who writes the same formula and asks in their own words is a person', async () => {
    const body = 'Hemos recibido tu respuesta, pero procesaremos nada hasta que borren mis datos. Por favor, borren mis datos.';
    expect((await verdict('Marta Ruiz <marta.ruiz@example.org>', 'Re: Solicitud', body))?.kind).toBe('human');
  });
});

// Issue 16, real texts 21c-21e: small helpdesks in their own words ("We opened ticket #...",
// "We've got your report"), asking for logs only "if you can"; a Spanish receipt whose team
// "revisará la información"; a shop echoing the sender's message on the line after "Tu mensaje:".
describe('acknowledgements of small helpdesks', () => {
  it.each([
    ['Thanks for writing. We opened ticket #12345. A human will reply by 2 business hours. If you can, please include steps to reproduce and any screenshots.'],
    ['Thanks for writing. We opened ticket #20417 and marked it high priority. We will reply within 30 minutes. If possible, please send logs from the last 15 minutes.'],
    ['Hello Priya,\n\nThanks for reaching out about the issue you are experiencing. We have got your report and our team is looking into it.\n\nWe will do our best to get back to you as soon as possible.'],
    ['Hola Pablo,\n\nHemos recibido su solicitud de soporte y nuestro equipo revisará la información enviada.\n\nAsunto: La lámpara no enciende\nResumen: La lámpara modelo X-40 no enciende tras la instalación.\n\nSi necesita añadir más contexto, responda a este correo electrónico. Nuestro horario de atención es de lunes a viernes de 9 a 18 horas y los sábados de 10 a 14 horas.\n\nEjemplo Soporte'],
    ['Hola Claudia,\n\nGracias por contactarnos. Hemos recibido tu mensaje y te responderemos lo antes posible.\n\nTu mensaje:\nQuisiera saber si pueden asesorarme para decorar un salón.\n\nSaludos,\nEl equipo de Ejemplo'],
    // The formula in the template's own bold, which the echo removal takes for an echoed subject.
    ['Estimada María,\n\nGracias por su interés en Ejemplo.\n\n**Hemos recibido su solicitud** y nuestro equipo la está revisando.\n\n**Próximos pasos:**\n1. Revisión de sus requisitos (24-48 horas)\n2. Propuesta personalizada (2-3 días)'],
    // The same without its thanks for the interest (itself a formula since real texts 26), so the bold formula alone decides.
    ['Estimada María,\n\n**Hemos recibido su solicitud** y nuestro equipo la está revisando.\n\n**Próximos pasos:**\n1. Revisión de sus requisitos (24-48 horas)\n2. Propuesta personalizada (2-3 días)'],
  ])('%s -> auto_reply', async (body) => {
    expect((await verdict('Ejemplo Soporte <support@example.net>', 'We received your request', body))?.kind).toBe('auto_reply');
  });

  it.each([
    ['I opened a ticket last week and nobody answered. Please send me a copy of my data.'],
    ['We opened ticket #12345 with you a month ago. Please delete my account.'],
  ])('a person who names their ticket and asks is a person: %s', async (body) => {
    expect((await verdict('Dana Whitfield <dana.w@example.org>', 'Re: ticket', body))?.kind).toBe('human');
  });
});
