import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DENIAL_REASONS, denialReasonData } from '../../../src/pipeline/decide/denial-reasons.js';
import { TEMPLATE_KINDS } from '../../../src/pipeline/decide/template-kinds.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import type { Language } from '../../../src/pipeline/types.js';

const DIR = fileURLToPath(new URL('../../../templates', import.meta.url));
const templates = loadTemplates([DIR]);
const LANGS: Language[] = ['en', 'es'];
const MINE = TEMPLATE_KINDS.filter((k) => k !== 'acknowledgement');

/** Data every template may use; kind-specific fields are documented in each text template. */
const ALLOWED_FIELDS = new Set([
  'afterReply', 'reference', 'references', 'requestTypeLabels', 'receivedDate', 'dueDate', 'consumerName', 'botAddress', 'businessName',
  'originalSubject', 'this', 'code', 'codeExpiresDate', 'dataPointsToProvide', 'declarationRequired', 'agentName',
  'waitingForIs', 'downgradedToCategories', 'denialReason', 'reasonIs', 'specificPiecesAsked', 'extensionReason',
  'originalDueDate', 'staffNote', 'deidentified', 'hipaaContact', 'attemptsLeft', 'oneTryLeft', 'detailsInsufficient', 'onBehalf', 'agentNotConfirmed', 'files', 'name', 'size', 'optOutLike', 'newRequestFrom', 'previousCodeExpired', 'fromOtherAddress', 'otherSender', 'missingDataPoints', 'missingDeclaration', 'noDirectoryRecord', 'noticeUrl', 'noticePhone', 'sellsOrShares', 'usesServiceProviders', 'actedOnRest', 'timeZoneName',
  // Who reads the message (src/mail/addressee.ts, issue 15 item 2).
  'recipientIs', 'dataSubject',
]);

function sample(lang: Language, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: 'CCPA-2026-000123',
    references: [],
    requestTypeLabels: [lang === 'en' ? 'Deletion of your personal information' : 'Eliminación de su información personal'],
    receivedDate: lang === 'en' ? 'January 5, 2026' : '5 de enero de 2026',
    dueDate: lang === 'en' ? 'February 19, 2026' : '19 de febrero de 2026',
    consumerName: 'Alex Example',
    botAddress: 'privacy@example.com',
    businessName: 'MTBC',
    code: 'ABCD-EFGH',
    codeExpiresDate: lang === 'en' ? 'January 19, 2026' : '19 de enero de 2026',
    dataPointsToProvide: 2,
    declarationRequired: true,
    waitingFor: 'verification',
    waitingForIs: { verification: true },
    extensionReason: 'Your records are held in several systems.',
    originalDueDate: lang === 'en' ? 'February 19, 2026' : '19 de febrero de 2026',
    staffNote: '',
    ...denialReasonData('other'),
    ...extra,
  };
}

const PROMISE: Record<Language, string> = { en: 'We will not discriminate', es: 'No le discriminaremos' };
/** Kinds sent while the request is open: they must say when the answer is due. */
const NAMES_DUE_DATE = ['verification-challenge', 'code-rejected', 'consumer-confirmation', 'reminder', 'verified', 'copy-details-needed', 'agent-permission-request',
  'parent-proof-request', 'extension-notice', 'opt-out-confirmed'];

describe('template files (conventions: templates/<kind>/{subject,text,html}.<lang>.hbs)', () => {
  it.each(MINE)('%s has all six parts, a data comment, and no reference tag in the subject', (kind) => {
    for (const lang of LANGS) {
      for (const part of ['subject', 'text', 'html']) {
        expect(fs.existsSync(path.join(DIR, kind, `${part}.${lang}.hbs`)), `${kind}/${part}.${lang}`).toBe(true);
      }
      expect(fs.readFileSync(path.join(DIR, kind, `text.${lang}.hbs`), 'utf8')).toMatch(/^\{\{!-- data: /);
      const subject = fs.readFileSync(path.join(DIR, kind, `subject.${lang}.hbs`), 'utf8');
      expect(subject).not.toMatch(/reference|CCPA-|\[/);
    }
  });

  it('uses only documented data fields, so no template can echo a data point (§7024(d))', () => {
    const used = new Set<string>();
    for (const kind of MINE) {
      for (const file of fs.readdirSync(path.join(DIR, kind))) {
        const source = fs.readFileSync(path.join(DIR, kind, file), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, '');
        for (const m of source.matchAll(/\{\{[#/^]?(?:if |unless |each |else)?\s*([A-Za-z_@][\w.@]*)/g)) {
          const name = (m[1] ?? '').split('.')[0] ?? '';
          if (!['if', 'unless', 'each', 'else', '@last'].includes(name) && !m[0].startsWith('{{>')) used.add(name);
        }
      }
    }
    expect([...used].filter((name) => !ALLOWED_FIELDS.has(name))).toEqual([]);
    expect(used.has('reference')).toBe(true);
  });
});

describe('rendered messages', () => {
  for (const lang of LANGS) {
    it.each(MINE)(`%s (${lang}) names the reference, the receipt date and the non-discrimination promise (§1798.125)`, (kind) => {
      const out = templates.render(kind, lang, sample(lang));
      for (const body of [out.text, out.html]) {
        expect(body).toContain('CCPA-2026-000123');
        expect(body).toContain(String(sample(lang).receivedDate));
        expect(body).toContain(PROMISE[lang]);
        expect(body).not.toMatch(/\{\{|\}\}/);
      }
      expect(out.html).toContain(`<html lang="${lang}">`);
      expect(out.subject.length).toBeGreaterThan(5);
      if (NAMES_DUE_DATE.includes(kind)) expect(out.text).toContain(String(sample(lang).dueDate));
    });
  }

  it('threads under the original subject when there is one', () => {
    expect(templates.render('verified', 'es', sample('es', { originalSubject: 'Borrar mis datos' })).subject).toBe('Re: Borrar mis datos');
  });

  it('gives the declaration text only when a signed declaration is required (§7062(c))', () => {
    for (const lang of LANGS) {
      const word = lang === 'en' ? 'penalty of perjury' : 'pena de perjurio';
      expect(templates.render('verification-challenge', lang, sample(lang)).text).toContain(word);
      expect(templates.render('verification-challenge', lang, sample(lang, { declarationRequired: false })).text).not.toContain(word);
    }
  });

  it('says in the challenge that no account is needed and gives the code', () => {
    const en = templates.render('verification-challenge', 'en', sample('en')).text;
    const es = templates.render('verification-challenge', 'es', sample('es')).text;
    expect(en).toContain('You do not need an account');
    expect(es).toContain('No necesita tener una cuenta');
    expect(en).toContain('ABCD-EFGH');
  });

  it('gives each denial reason its own paragraph', () => {
    for (const lang of LANGS) {
      const bodies = DENIAL_REASONS.map((r) => templates.render('denial', lang, sample(lang, denialReasonData(r))).text);
      expect(new Set(bodies).size).toBe(DENIAL_REASONS.length);
      const notCa = bodies[DENIAL_REASONS.indexOf('not_california')] ?? '';
      expect(notCa).toContain('California');
      expect(notCa).not.toContain('HIPAA');
    }
  });

  it('escapes staff text in HTML but keeps it verbatim in plain text', () => {
    const out = templates.render('completion-deletion', 'en', sample('en', { staffNote: 'Kept: invoices <2025> & tax records' }));
    expect(out.text).toContain('Kept: invoices <2025> & tax records');
    expect(out.html).toContain('Kept: invoices &lt;2025&gt; &amp; tax records');
  });

  it('addresses the reader as "usted" in Spanish, never "tú"', () => {
    for (const kind of MINE) {
      const text = templates.render(kind, 'es', sample('es')).text;
      expect(text, kind).not.toMatch(/(^|[^\p{L}])(tú|tu|tus|te|ti|contigo)(?![\p{L}])/iu);
    }
  });
});
