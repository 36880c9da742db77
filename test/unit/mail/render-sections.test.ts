/**
 * One reply per inbound message (issue 15 item 1): several templates rendered as the sections of
 * ONE mail. One greeting (the first section's), each section's body in full, the closing once
 * (non-discrimination, signature, HTML footer), the text wrapped as format=flowed without a broken
 * citation, and counsel's list still true of each section inside the combined mail, in both
 * languages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadTemplates } from '../../../src/mail/render-template.js';
import { tagSubject } from '../../../src/mail/compose-mail.js';
import { FLOWED_WIDTH, flowText } from '../../../src/mail/flow-text.js';
import { isStaffTemplateKind } from '../../../src/mail/template-data.js';
import type { Language } from '../../../src/shared/languages.js';

const bundled = path.resolve('templates');
const templates = loadTemplates([bundled]);

function data(lang: Language, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const d = (en: string, es: string) => (lang === 'en' ? en : es);
  return {
    reference: 'CCPA-2026-000123',
    references: [],
    requestTypeLabels: [d('Deletion of your personal information', 'Eliminación de su información personal')],
    items: [],
    receivedDate: d('November 23, 2026', '23 de noviembre de 2026'),
    dueDate: d('January 7, 2027', '7 de enero de 2027'),
    consumerName: 'Alex Example',
    botAddress: 'compliance@example.com',
    businessName: 'MTBC',
    originalSubject: 'Delete my data',
    code: 'ABCD-EFGH',
    codeExpiresDate: d('December 7, 2026', '7 de diciembre de 2026'),
    dataPointsToProvide: 2,
    declarationRequired: true,
    timeZoneName: d('Pacific Time', 'hora del Pacífico'),
    waitingForIs: { verification: true },
    reasonIs: { unverifiable: true },
    denialReason: 'unverifiable',
    staffNote: '',
    ...extra,
  };
}

const optOutData = (lang: Language) =>
  data(lang, { reference: 'CCPA-2026-000124', requestTypeLabels: [lang === 'en' ? 'Opt-out of sale or sharing' : 'Exclusión de la venta o el intercambio'], dueDate: lang === 'en' ? 'December 14, 2026' : '14 de diciembre de 2026' });

const count = (text: string, needle: string) => text.split(needle).length - 1;
const folded = (text: string) => text.replace(/\s+/g, ' ');
const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/).map((p) => folded(p).trim());
const closing = { en: 'MTBC Privacy Team', es: 'Equipo de Privacidad de MTBC' };
const promise = { en: 'will not discriminate against you', es: 'No le discriminaremos' };

describe('several templates as the sections of one mail', () => {
  const consumerKinds = templates.kinds().filter((k) => !isStaffTemplateKind(k) && k !== 'acknowledgement');
  for (const lang of LANGUAGES) {
    it.each(consumerKinds)(`${lang}: the acknowledgement and %s make one mail with one greeting and one closing`, (kind) => {
      const alone = templates.render(kind, lang, optOutData(lang));
      const ack = templates.render('acknowledgement', lang, data(lang));
      const mail = templates.renderSections(lang, [
        { kind: 'acknowledgement', data: data(lang) },
        { kind, data: optOutData(lang) },
      ]);
      // The greeting is the first section's, once; the second section's own greeting is gone.
      const greeting = firstLine(ack.text);
      expect(mail.text.trim().startsWith(greeting)).toBe(true);
      expect(count(mail.text, greeting)).toBe(1);
      // (agent-permission-request and parent-proof-request greet without the consumer's name: that greeting is not kept.)
      expect(count(mail.text, firstLine(alone.text))).toBe(firstLine(alone.text) === greeting ? 1 : 0);
      // Each section whole: the second section's first paragraph after its greeting is there, after the first section.
      const body = paragraphs(alone.text)[1] ?? '';
      expect(body).not.toBe('');
      expect(folded(mail.text)).toContain(body);
      expect(folded(mail.text).indexOf(body)).toBeGreaterThan(folded(mail.text).indexOf(paragraphs(ack.text)[1] ?? ''));
      // The closing once, at the end.
      expect(count(mail.text, closing[lang])).toBe(1);
      expect(count(mail.text, promise[lang])).toBe(1);
      expect(mail.text.trimEnd().endsWith('compliance@example.com')).toBe(true);
      expect(count(mail.html, '<html')).toBe(1);
      expect(count(mail.html, '</html>')).toBe(1);
      expect(count(mail.html, closing[lang])).toBe(1);
      expect(count(mail.html, promise[lang])).toBe(1);
      expect(count(mail.html, greeting)).toBe(1);
      expect(mail.subject).toBe(ack.subject);
      for (const part of [mail.text, mail.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    });
  }

  it('renders one section exactly as the template on its own', () => {
    for (const lang of LANGUAGES) {
      expect(templates.renderSections(lang, [{ kind: 'opt-out-confirmed', data: optOutData(lang) }])).toEqual(templates.render('opt-out-confirmed', lang, optOutData(lang)));
    }
  });

  it('wraps the combined text as format=flowed: no line over the width, no citation or reference broken (issue 15 item 6)', () => {
    for (const lang of LANGUAGES) {
      const mail = templates.renderSections(lang, [
        { kind: 'acknowledgement', data: data(lang, { references: ['CCPA-2026-000123', 'CCPA-2026-000124'] }) },
        { kind: 'opt-out-confirmed', data: optOutData(lang) },
        { kind: 'verification-challenge', data: data(lang) },
      ]);
      const flowed = flowText(mail.text);
      for (const line of flowed.split('\r\n')) {
        // As test/unit/mail/flow-text.test.ts reads it: a stuffed space and a soft break's space may add one each.
        expect(line.replace(/^ /, '').replace(/ $/, '').length, line).toBeLessThanOrEqual(FLOWED_WIDTH);
        expect(line.length, line).toBeLessThanOrEqual(78);
      }
      expect(flowed).not.toMatch(/(Cal\.|Código de) ?\r\n/);
      expect(flowed).not.toMatch(/CCPA-\r\n|CCPA-2026- ?\r\n/);
    }
  });

  it('uses a `greeting` partial when the templates have one: a later section renders it empty and keeps its whole body', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-sections-'));
    try {
      fs.mkdirSync(path.join(dir, 'partials'));
      fs.writeFileSync(path.join(dir, 'partials', 'greeting.en.hbs'), 'Dear {{consumerName}},\n');
      fs.writeFileSync(path.join(dir, 'partials', 'signature.en.hbs'), 'The team');
      fs.writeFileSync(path.join(dir, 'partials', 'non-discrimination.en.hbs'), 'No discrimination.');
      fs.writeFileSync(path.join(dir, 'partials', 'html-header.en.hbs'), '<html><body>');
      fs.writeFileSync(path.join(dir, 'partials', 'html-footer.en.hbs'), '<p>{{> non-discrimination}}</p><p>{{> signature}}</p></body></html>');
      for (const [kind, line] of [
        ['first', 'First line.'],
        ['second', 'Second line.'],
      ] as const) {
        fs.mkdirSync(path.join(dir, kind));
        fs.writeFileSync(path.join(dir, kind, 'subject.en.hbs'), `${kind} subject`);
        // The body follows the greeting with no blank line: the partial, not the first paragraph, is what goes.
        fs.writeFileSync(path.join(dir, kind, 'text.en.hbs'), `{{> greeting}}\n${line}\n\n{{> non-discrimination}}\n\n{{> signature}}\n`);
        fs.writeFileSync(path.join(dir, kind, 'html.en.hbs'), `{{> html-header}}<p>{{> greeting}}</p><p>${line}</p>{{> html-footer}}`);
      }
      const own = loadTemplates([dir]);
      const mail = own.renderSections('en', [
        { kind: 'first', data: { consumerName: 'Alex' } },
        { kind: 'second', data: { consumerName: 'Alex' } },
      ]);
      expect(mail.subject).toBe('first subject');
      expect(mail.text).toBe('Dear Alex,\nFirst line.\n\nSecond line.\n\nNo discrimination.\n\nThe team\n');
      expect(count(mail.html, 'Dear Alex')).toBe(1);
      expect(mail.html).toContain('<p>Second line.</p>');
      expect(mail.html).not.toMatch(/<p>\s*<\/p>/);
      expect(count(mail.html, 'No discrimination.')).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface Requirement {
  what: string;
  en: RegExp;
  es: RegExp;
}

/** Counsel's list (test/unit/mail/counsel-checklist.test.ts) for the sections a first reply combines. */
const REQUIRED: Record<'acknowledgement' | 'opt-out-confirmed' | 'verification-challenge', Requirement[]> = {
  acknowledgement: [
    { what: 'the date we received the request', en: /received your privacy request on November 23, 2026/, es: /Recibimos su solicitud de privacidad el 23 de noviembre de 2026/ },
    { what: 'how verification works', en: /before we act on most requests we must confirm who you are/, es: /debemos confirmar su identidad/ },
    { what: 'when to expect the answer', en: /answer by January 7, 2027/, es: /respuesta a más tardar el 7 de enero de 2027/ },
    { what: 'no account and no fee', en: /do not need an account with us, and there is no fee/, es: /No necesita tener una cuenta con nosotros y el trámite es gratuito/ },
  ],
  'opt-out-confirmed': [
    { what: 'the opt-out reference and receipt', en: /received your request CCPA-2026-000124 on November 23, 2026/, es: /Recibimos su solicitud CCPA-2026-000124 el 23 de noviembre de 2026/ },
    { what: 'no verification for an opt-out (§7060(b))', en: /do not need to verify your identity .*§7060\(b\)/, es: /no necesita verificar su identidad .*§7060\(b\)/ },
    { what: 'done within 15 business days (§7026(f))', en: /no later than December 14, 2026 .*§7026\(f\)/, es: /a más tardar el 14 de diciembre de 2026 .*§7026\(f\)/ },
  ],
  'verification-challenge': [
    { what: 'the single-use code', en: /single-use code: ABCD-EFGH/, es: /código de un solo uso: ABCD-EFGH/ },
    { what: 'the declaration under penalty of perjury (§7062(c))', en: /declaration under penalty of perjury .*§7062\(c\)/, es: /declaración bajo pena de perjurio .*§7062\(c\)/ },
    { what: 'never SSN (§7060(c)(2))', en: /do not send your Social Security number/, es: /No nos envíe su número de Seguro Social/ },
  ],
};
const nonDiscrimination: Requirement = { what: 'no discrimination (§1798.125)', en: /will not discriminate against you .*§1798\.125/, es: /No le discriminaremos .*§1798\.125/ };

describe("counsel's list holds for each section of a combined mail", () => {
  const sectionData = { acknowledgement: data, 'opt-out-confirmed': optOutData, 'verification-challenge': data } as const;
  const combos: Array<ReadonlyArray<keyof typeof REQUIRED>> = [
    ['acknowledgement', 'opt-out-confirmed'],
    ['opt-out-confirmed', 'verification-challenge'],
    ['acknowledgement', 'opt-out-confirmed', 'verification-challenge'],
  ];
  for (const combo of combos) {
    for (const lang of LANGUAGES) {
      it(`${lang}: ${combo.join(' + ')}`, () => {
        const text = folded(templates.renderSections(lang, combo.map((kind) => ({ kind, data: sectionData[kind](lang) }))).text);
        for (const kind of combo) {
          for (const requirement of REQUIRED[kind]) expect(text, `${kind}: ${requirement.what}`).toMatch(requirement[lang]);
        }
        expect(text).toMatch(nonDiscrimination[lang]);
      });
    }
  }
});

describe('the subject of a mail about several requests', () => {
  it('tags every reference once, the first naming the thread', () => {
    expect(tagSubject('Re: my data', ['CCPA-2026-000001', 'CCPA-2026-000002'])).toBe('Re: my data [CCPA-2026-000001] [CCPA-2026-000002]');
    expect(tagSubject('Re: my data [CCPA-2026-000002]', ['CCPA-2026-000001', 'CCPA-2026-000002'])).toBe('Re: my data [CCPA-2026-000002] [CCPA-2026-000001]');
    expect(tagSubject('Re: my data', 'CCPA-2026-000001')).toBe('Re: my data [CCPA-2026-000001]');
    expect(tagSubject('Re: my data', null)).toBe('Re: my data');
  });
});
