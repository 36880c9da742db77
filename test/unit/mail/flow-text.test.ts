/**
 * Plain text that reads well in every client (issue 15 item 6): every template in both languages
 * goes out as RFC 3676 format=flowed with lines of at most 76 characters (plus the soft break's
 * space), no citation or reference broken across lines, and nothing lost when a client rejoins it.
 */
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail } from '../../../src/mail/compose-mail.js';
import { FLOWED_WIDTH, flowText } from '../../../src/mail/flow-text.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { denialReasonData } from '../../../src/pipeline/decide/denial-reasons.js';
import type { Language } from '../../../src/shared/languages.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const LANGS: Language[] = ['en', 'es'];

function sample(lang: Language): Record<string, unknown> {
  const date = (en: string, es: string) => (lang === 'en' ? en : es);
  return {
    reference: 'CCPA-2026-000123',
    references: ['CCPA-2026-000123', 'CCPA-2026-000124'],
    requestTypeLabels: [date('Deletion of your personal information', 'Eliminación de su información personal'), date('A copy of your personal information', 'Una copia de su información personal')],
    receivedDate: date('November 23, 2026', '23 de noviembre de 2026'),
    dueDate: date('January 7, 2027', '7 de enero de 2027'),
    consumerName: 'Alex Example',
    agentName: 'Jordan Sample',
    botAddress: 'compliance@example.com',
    businessName: 'MTBC',
    code: 'ABCD-EFGH',
    codeExpiresDate: date('December 7, 2026', '7 de diciembre de 2026'),
    dataPointsToProvide: 2,
    declarationRequired: true,
    waitingFor: 'verification',
    waitingForIs: { verification: true },
    extensionReason: 'Your records are held in several systems that we must search one by one.',
    originalDueDate: date('January 7, 2027', '7 de enero de 2027'),
    staffNote: 'We found records in our billing and scheduling systems and deleted them on December 3, 2026.',
    attemptsLeft: 4,
    hipaaContact: 'records@example.com',
    ...denialReasonData('unverifiable'),
  };
}

const rendered = LANGS.flatMap((lang) => templates.kinds().map((kind) => ({ kind, lang, text: templates.render(kind, lang, sample(lang)).text })));

/** Citations as the templates write them, in both languages. */
const CITATION = /\((?:Cal\.|C[oó]digo)[^()]*(?:\([^()]*\)[^()]*)*\)|Cal\. Civ\. Code §[\d.]+(?:\([0-9a-z]+\))*/g;
const REFERENCE = /CCPA-\d{4}-\d{6}/g;

/** What a format=flowed reader shows: soft-broken lines rejoined, space-stuffing removed (RFC 3676 §4.2, §4.4). */
function unflow(flowed: string): string {
  const lines = flowed.split('\r\n').map((l) => (l.startsWith(' ') ? l.slice(1) : l));
  let out = '';
  for (const line of lines) out += line.endsWith(' ') && line !== '-- ' ? line : `${line}\n`;
  return out;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('format=flowed plain text (RFC 3676)', () => {
  it.each(rendered.map((r) => [`${r.kind}.${r.lang}`, r] as const))('%s: lines fit, nothing is lost, no citation or reference is broken', (_name, { text }) => {
    const flowed = flowText(text);
    for (const line of flowed.split('\r\n')) {
      // A soft break's trailing space and a stuffed space may add one each; 78 is RFC 5322's line limit.
      const content = line.replace(/^ /, '').replace(/ $/, '');
      // Columns (a label and a command to copy, the digest's rows) are kept whole, as laid out.
      if (/\S {2,}\S/.test(content)) continue;
      expect(content.length, line).toBeLessThanOrEqual(FLOWED_WIDTH);
      expect(line.length, line).toBeLessThanOrEqual(78);
    }
    expect(words(unflow(flowed))).toEqual(words(text));
    const lines = flowed.split('\r\n');
    for (const citation of text.replace(/\s*\n\s*/g, ' ').match(CITATION) ?? []) {
      const where = lines.findIndex((l) => l.includes(citation));
      // A citation longer than a line may break only between its parts, after a semicolon.
      if (where === -1) for (const part of citation.split('; ')) expect(lines.some((l) => l.includes(part)), `${part} on one line`).toBe(true);
    }
    for (const line of lines) expect(line, 'a line ends inside a citation').not.toMatch(/(?:Cal\.|Civ\.|Code|Regs\.|tit\.|Código|§) ?$/);
    expect((unflow(flowed).match(REFERENCE) ?? []).length).toBe((text.match(REFERENCE) ?? []).length);
  });

  it('rejoins a hand-wrapped paragraph and keeps greetings, labels, list items and the signature on their own lines', () => {
    const text = [
      'Hello Dana Whitfield,',
      '',
      'This is a reminder about your privacy request CCPA-2026-000002, which we received on November 23, 2026. We are',
      'still waiting for:',
      '',
      '- your reply with the single-use code and the details we asked for in our earlier message, so that we can',
      '  confirm your identity.',
      '',
      'MTBC Privacy Team',
      'compliance@example.com',
      '',
    ].join('\n');
    expect(flowText(text).split('\r\n')).toEqual([
      'Hello Dana Whitfield,',
      '',
      'This is a reminder about your privacy request CCPA-2026-000002, which we ',
      'received on November 23, 2026. We are still waiting for:',
      '',
      '- your reply with the single-use code and the details we asked for in our',
      '   earlier message, so that we can confirm your identity.',
      '',
      'MTBC Privacy Team',
      'compliance@example.com',
      '',
    ]);
  });

  it('never ends a line inside a citation: the whole parenthesis moves to the next line', () => {
    const text = 'We will not discriminate against you for exercising any of your privacy rights (Cal. Code Regs. tit. 11, §7022(a), §7024).';
    const lines = flowText(text).split('\r\n');
    expect(lines).toEqual(['We will not discriminate against you for exercising any of your privacy ', 'rights (Cal. Code Regs. tit. 11, §7022(a), §7024).']);
  });

  it('keeps the digest columns and the indented declaration with hard breaks (no soft break a client would rejoin)', () => {
    const table = '  CCPA-2026-000001  Deletion  dana.whitfield@example.org  3 days left (due January 7, 2027)  - a very long note that goes past the width';
    expect(flowText(table)).toBe(` ${table}`);
    const declaration = '    I declare under penalty of perjury under the laws of the State of California that I am the consumer whose personal information is the subject of this request.';
    const lines = flowText(declaration).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.endsWith(' ')).toBe(false);
      expect(line.startsWith('     ')).toBe(true);
    }
  });

  it('keeps indented items on their own lines (the digest problems), joining an indented line only where it goes on mid-sentence', () => {
    const items = [
      '  Not a privacy matter (not answered), Dec 5, 11:45 AM: sales: sales pitch, SEO or traffic offer; from growth@example.net',
      '  Not a privacy matter (not answered), Dec 5, 11:45 AM: invoice: invoice or payment due; from billing@example.org',
    ].join('\n');
    const lines = flowText(items).split('\r\n');
    expect(lines.filter((l) => l.includes('Not a privacy matter'))).toHaveLength(2);
    expect(lines.every((l) => !l.endsWith(' '))).toBe(true);
    const declaration = '    I declare under penalty of perjury that I am the consumer whose\n    personal information is the subject of this request.\n    Signed (type your full name):';
    expect(flowText(declaration).split('\r\n')).toEqual([
      '     I declare under penalty of perjury that I am the consumer whose personal',
      '     information is the subject of this request.',
      '     Signed (type your full name):',
    ]);
  });

  it('goes out as text/plain; format=flowed, which a client (mailparser here) reads back as whole paragraphs', async () => {
    const { text } = templates.render('reminder', 'en', sample('en'));
    const { raw } = await composeMail(
      { subject: 'Reminder', text, html: '<p>Reminder</p>' },
      { name: 'MTBC Privacy Team', address: 'compliance@example.com', messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
      { to: 'alex@example.org', messageId: 'flow-test@example.com', date: new Date('2026-12-01T16:00:00Z'), subjectTag: 'CCPA-2026-000123', inReplyTo: null, references: [], autoSubmitted: 'auto-generated' },
    );
    expect(raw.toString('utf8')).toMatch(/Content-Type: text\/plain; charset=utf-8; format=flowed/);
    const parsed = await simpleParser(raw);
    expect(parsed.text).toContain('This is a reminder about your privacy request CCPA-2026-000123, which we received on November 23, 2026.');
    expect(parsed.html).toContain('<p>Reminder</p>');
  });
});
