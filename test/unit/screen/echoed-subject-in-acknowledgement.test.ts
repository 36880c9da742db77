import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, RECEIVED } from './fixture-mail.js';

/**
 * Issue 16 (real helpdesk templates): a ticket acknowledgement sent without RFC 3834 headers
 * echoes the ticket's subject ("Asunto: No puedo entrar a mi cuenta"). Those are the sender's
 * words, not the robot's: they do not make the acknowledgement a person's request. A person's own
 * line about their data, outside such an echo, still keeps the message human. Fictional mail.
 */
function raw(subject: string, body: string): Buffer {
  const headers = [
    'From: Soporte <soporte@helpdesk.example.net>', `To: ${CONTEXT.ownAddresses[0] ?? 'privacy@example.org'}`, `Subject: ${subject}`,
    'Date: Mon, 02 Mar 2026 09:00:00 +0000', 'Message-ID: <t-16f-e@example.net>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
}

const kind = async (subject: string, body: string): Promise<string | undefined> =>
  (await understandMessage(raw(subject, body), RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD })).verdict?.kind;

describe('the ticket subject a helpdesk echoes is not the robot asking', () => {
  it('a Spanish acknowledgement echoing "mi cuenta" is an auto-reply', async () => {
    expect(await kind('Nuevo ticket', 'Hola Marta,\nSe ha creado un nuevo ticket de soporte para atender su consulta.\nAsunto: No puedo entrar a mi cuenta\nEstado: Abierto')).toBe('auto_reply');
  });
  it('an English acknowledgement echoing "my account" is an auto-reply', async () => {
    expect(await kind('Request received', 'Your request (4411) has been received and is being reviewed by our support staff.\nSubject: Please close my account\nPriority: Normal')).toBe('auto_reply');
  });
  it("a person's own line about their data keeps an away note human", async () => {
    expect(await kind('Away', 'Subject: my data\nI am out of the office until Monday, but please delete my account now.')).toBe('human');
  });
});
