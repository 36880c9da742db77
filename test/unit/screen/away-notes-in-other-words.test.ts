import { describe, expect, it } from 'vitest';
import { plainMailVerdict } from './fixture-mail.js';

/**
 * Issue 16, real texts 23e and 23h: auto-replies with no RFC 3834 header that the screen let
 * through to the reader (email-rules §1: recognise them by content too). A lawyer's note that it
 * reads mail less until a date, a subject that says the writer is on vacation until a date, a
 * helpdesk's Spanish acknowledgement whose promise is to follow up. And the boundary: a person who
 * says they have little time, with no date, asks us something. Fictional mail.
 */
const verdict = (subject: string, body: string) => plainMailVerdict('Priya Raman <praman@example.com>', subject, body);

describe('away notes and acknowledgements in other words', () => {
  it.each([
    ['In trial preparation', "Hi, I'm in trial preparation through March 14 and have limited email availability. For active matters, my paralegal handles routine correspondence."],
    ['On vacation until July 1', 'For urgent matters, write to kim@example.com.'],
    ['Re: Reclamación', 'Hola, hemos recibido su correo. Como esta solicitud necesita revisión manual, nuestro equipo continuará el seguimiento después de confirmar la información relevante.\nSi es posible, comparta su número de pedido, el correo del pedido y cualquier captura relevante para que podamos revisarlo más rápido.'],
  ])('%s -> auto_reply', async (subject, body) => {
    expect((await verdict(subject, body))?.kind).toBe('auto_reply');
  });

  it('a person with little time and no date is a person', async () => {
    expect((await verdict('My data', 'I have limited email access these days. Please delete my account and all my data.'))?.kind).toBe('human');
  });
});
