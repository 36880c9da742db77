/**
 * readText keeps what the sender wrote in this message and sets aside quoted history and the
 * signature (email-rules §5), whether the new text sits above or below the quote.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/pipeline/parse/read-text.js';
import type { InboundMail } from '../../../src/pipeline/types.js';
import { fixtureMail } from '../screen/fixture-mail.js';

interface QuotingCase {
  body: string[];
  notInBody: string[];
  quoted?: string;
  signature?: string;
}

const QUOTING: Record<string, QuotingCase> = {
  'gmail-top-post': { body: ['date of birth: 1990-01-01'], notInBody: ['Please reply', 'wrote:'], quoted: 'Please reply with your date of birth' },
  'gmail-wrapped-attribution': { body: ['My account number is 12345.'], notInBody: ['privacy@example.org> wrote:', 'Please reply'] },
  'outlook-original-message': { body: ['Please also delete my order history.'], notInBody: ['Original Message', 'We will delete'], quoted: 'We will delete the data' },
  'outlook-from-sent-block': { body: ['I want a copy of my data instead.'], notInBody: ['Sent: Monday', 'Which request type', '______'] },
  'apple-mail-bottom-post': { body: ['I mean deletion of everything'], notInBody: ['Which request type', 'wrote:'], signature: 'Sent from my iPhone' },
  'thunderbird-inline-answers': { body: ['Vic Example', '1 Example Road, Example City'], notInBody: ['What is your'] },
  'spanish-el-escribio': { body: ['Mi fecha de nacimiento es 01/02/1985.'], notInBody: ['escribió', 'Responda'] },
  'spanish-mensaje-original': { body: ['Quiero que borren mis datos.'], notInBody: ['Mensaje original', 'Qué tipo'] },
  'signature-delimiter': { body: ['Please opt me out'], notInBody: ['Senior Analyst', '555 0100'], signature: 'Senior Analyst' },
  'forwarded-request': {
    body: ['Forwarding my earlier request', 'I request access to the personal information'],
    notInBody: [],
  },
  'html-gmail-quote': { body: ['My phone number is 555-0100.'], notInBody: ['Please reply with your phone number', 'wrote:'] },
};

describe('readText on quoting fixtures', () => {
  for (const [name, expected] of Object.entries(QUOTING)) {
    it(name, async () => {
      const text = readText(await fixtureMail('quoting', name));
      for (const part of expected.body) expect(text.body).toContain(part);
      for (const part of expected.notInBody) expect(text.body).not.toContain(part);
      if (expected.quoted !== undefined) expect(text.quoted).toContain(expected.quoted);
      if (expected.signature !== undefined) expect(text.signature).toContain(expected.signature);
    });
  }
});

function mailWith(text: string, subject = 'Re: Your request'): InboundMail {
  return {
    messageId: null, messageKey: 'sha256:0', from: null, replyTo: [], to: [], cc: [], subject, sentAt: null,
    inReplyTo: null, references: [], headers: new Map(), contentType: 'text/plain', text, html: null,
    attachments: [], reportParts: [], rawSize: text.length, receivedAt: new Date(0),
  };
}

describe('readText on short texts', () => {
  it('returns the whole text when nothing is quoted', () => {
    expect(readText(mailWith('Please delete my data.'))).toEqual({ body: 'Please delete my data.', quoted: '', signature: null });
  });

  it('keeps new text between two quoted blocks', () => {
    const text = readText(mailWith('> question one\nanswer one\n> question two\nanswer two'));
    expect(text.body).toBe('answer one\nanswer two');
    expect(text.quoted).toBe('> question one\n> question two');
  });

  it('ends a signature at a following attribution, keeping later new text', () => {
    const text = readText(mailWith('Top text\n-- \nSig line\nOn Mon, Mar 2, 2026 Ana wrote:\n> old\nBottom text'));
    expect(text.body).toBe('Top text\nBottom text');
    expect(text.signature).toBe('-- \nSig line');
  });

  it('recognises "Enviado desde mi iPhone" as a signature', () => {
    expect(readText(mailWith('Borren mis datos.\n\nEnviado desde mi iPhone')).signature).toBe('Enviado desde mi iPhone');
  });

  it('handles CRLF line endings', () => {
    const text = readText(mailWith('New text\r\n\r\nOn Tue, Mar 3, 2026 Bo wrote:\r\n> old text\r\n'));
    expect(text.body).toBe('New text');
    expect(text.quoted).toContain('> old text');
  });

  it('does not keep the reply history of a message that is not a forward', () => {
    const text = readText(mailWith('Thanks.\n\n-----Original Message-----\nFrom: a\nSent: b\n\nold request'));
    expect(text.body).toBe('Thanks.');
  });

  it('keeps the forwarded part of a "RV:" (Spanish forward) message', () => {
    const text = readText(mailWith('Ver abajo.\n\n-----Mensaje original-----\nDe: x\nEnviado: y\n\nBorren mis datos.', 'RV: Solicitud'));
    expect(text.body).toContain('Borren mis datos.');
  });
});

/*
 * Cases where the email-reply-parser library (evaluated as a replacement, see README "Libraries,
 * and why") gave a wrong body: they pin the behaviour the in-house reader was kept for.
 */
describe('readText on cases a generic reply parser gets wrong', () => {
  const OLD = 'Please tell us which request type you mean.';

  it('recognises an Outlook From/Sent block that names no address', () => {
    const text = readText(mailWith(`Delete my data.\n\nFrom: Privacy Team\nSent: Monday, March 2, 2026 10:00 AM\nTo: Ana Example\nSubject: Your request\n\n${OLD}`));
    expect(text.body).toBe('Delete my data.');
    expect(text.quoted).toContain(OLD);
  });

  it('recognises an Outlook header block with bold labels', () => {
    const text = readText(mailWith(`Delete my data.\n\n*From:* Privacy Team <privacy@example.org>\n*Sent:* Monday, March 2, 2026 10:00 AM\n\n${OLD}`));
    expect(text.body).toBe('Delete my data.');
  });

  it('recognises a Spanish "De:/Enviado:" block that names no address', () => {
    const text = readText(mailWith('Borren mis datos.\n\nDe: Equipo de Privacidad\nEnviado: lunes, 2 de marzo de 2026 10:00\n\n¿Qué tipo de solicitud desea hacer?'));
    expect(text.body).toBe('Borren mis datos.');
  });

  it('keeps the request inside an Apple Mail forward', () => {
    const mail = mailWith(
      'See below.\n\nBegin forwarded message:\n\nFrom: Ana Example <ana@example.com>\nSubject: Privacy request\nDate: February 2, 2026 at 9:00:00 AM PST\n\nPlease delete my personal information.',
      'Fwd: Privacy request',
    );
    expect(readText(mail).body).toContain('Please delete my personal information.');
  });

  it('keeps the request inside an Outlook forward', () => {
    const mail = mailWith(
      'See below.\n\n________________________________\nFrom: Ana Example <ana@example.com>\nSent: Monday, February 2, 2026 9:00 AM\n\nPlease delete my personal information.',
      'FW: Privacy request',
    );
    expect(readText(mail).body).toContain('Please delete my personal information.');
  });

  it('keeps a declaration and identifiers written under a closing such as "Regards,"', () => {
    const text = readText(mailWith('Please delete my account.\n\nBest regards,\n/s/ Ana Example\nAccount number: 12345', 'Deletion'));
    expect(text.body).toContain('/s/ Ana Example');
    expect(text.body).toContain('Account number: 12345');
    expect(text.signature).toBeNull();
  });

  it('keeps text below short "---" and "==" rules in a letter', () => {
    const text = readText(mailWith('Request to know\n---\nName: Ana Example\n==\nPlease send me the personal information you hold about me.', 'Request'));
    expect(text.body).toContain('Please send me the personal information you hold about me.');
  });

  it('sets aside Outlook mobile\'s "Get Outlook for iOS<link>" line', () => {
    const text = readText(mailWith('Opt me out.\n\nGet Outlook for iOS<https://aka.example.com/abc>'));
    expect(text.body).toBe('Opt me out.');
    expect(text.signature).toBe('Get Outlook for iOS<https://aka.example.com/abc>');
  });

  it('reads crafted attribution-like text in linear time', () => {
    // email-reply-parser without the native re2 module took about a minute on this 30 KB input.
    const crafted = ['abc. x skrev y\n'.repeat(2000), `On ${'a '.repeat(40_000)}`, 'On a <\nb\n'.repeat(10_000)];
    for (const text of crafted) {
      const start = performance.now();
      readText(mailWith(text));
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
