/**
 * Counsel's list as tests (issue 15 item 7): for each consumer template, what its section of the
 * law requires the message to say, asserted in both languages on the rendered text (whitespace
 * folded, as a reader sees it). A template that loses one of these fails here by name.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { denialReasonData, type DenialReason } from '../../../src/pipeline/decide/denial-reasons.js';
import type { Language } from '../../../src/shared/languages.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);

function data(lang: Language, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const d = (en: string, es: string) => (lang === 'en' ? en : es);
  return {
    reference: 'CCPA-2026-000123',
    references: [],
    requestTypeLabels: [d('Deletion of your personal information', 'Eliminación de su información personal')],
    receivedDate: d('November 23, 2026', '23 de noviembre de 2026'),
    dueDate: d('January 7, 2027', '7 de enero de 2027'),
    consumerName: 'Alex Example',
    botAddress: 'compliance@example.com',
    businessName: 'MTBC',
    code: 'ABCD-EFGH',
    codeExpiresDate: d('December 7, 2026', '7 de diciembre de 2026'),
    dataPointsToProvide: 2,
    declarationRequired: true,
    waitingFor: 'verification',
    waitingForIs: { verification: true },
    originalDueDate: d('January 7, 2027', '7 de enero de 2027'),
    staffNote: '',
    newRequestFrom: d('March 1, 2027', '1 de marzo de 2027'),
    noticeUrl: 'https://example.com/privacy',
    noticePhone: '1-800-555-0100',
    timeZoneName: d('Pacific Time', 'hora del Pacífico'),
    ...denialReasonData('unverifiable'),
    ...extra,
  };
}

interface Requirement {
  what: string;
  en: RegExp;
  es: RegExp;
}

const receipt: Requirement = { what: 'the date we received the request', en: /November 23, 2026/, es: /23 de noviembre de 2026/ };
const reference: Requirement = { what: 'the reference', en: /CCPA-2026-000123/, es: /CCPA-2026-000123/ };
const dueDate: Requirement = { what: 'when to expect the answer', en: /answer by January 7, 2027/, es: /respuesta a más tardar el 7 de enero de 2027/ };
const noFee: Requirement = { what: 'no account and no fee (§7060(a), §1798.130(a)(1))', en: /do not need an account with us, and there is no fee/, es: /No necesita tener una cuenta con nosotros y el trámite es gratuito/ };
const nonDiscrimination: Requirement = { what: 'no discrimination for exercising rights (§1798.125)', en: /will not discriminate against you .*§1798\.125/, es: /No le discriminaremos .*§1798\.125/ };
const contest: Requirement = { what: 'how to ask for another look (what the consumer may do next)', en: /If you believe we are wrong, reply to this email/, es: /Si cree que nos hemos equivocado, responda a este correo/ };

/** Each consumer template, the section that governs it, and what that section requires it to say. */
const CHECKLIST: Array<{ kind: string; section: string; extra?: Record<string, unknown>; requires: Requirement[]; never?: Requirement[] }> = [
  {
    kind: 'acknowledgement',
    section: '§7021 (confirmation of receipt)',
    requires: [
      receipt,
      reference,
      { what: 'how verification works', en: /before we act on most requests we must confirm who you are/, es: /debemos confirmar su identidad/ },
      dueDate,
      noFee,
      nonDiscrimination,
    ],
  },
  {
    kind: 'verification-challenge',
    section: '§7060-§7062 (verification)',
    requires: [
      { what: 'the single-use code', en: /single-use code: ABCD-EFGH/, es: /código de un solo uso: ABCD-EFGH/ },
      { what: 'when the code expires, in the stated zone', en: /expires at the end of December 7, 2026 \(Pacific Time\)/, es: /vence al final del 7 de diciembre de 2026 \(hora del Pacífico\)/ },
      { what: 'how many details to give', en: /2 of these details/, es: /2 de los siguientes datos/ },
      { what: 'the declaration under penalty of perjury for a copy (§7062(c))', en: /declaration under penalty of perjury .*§7062\(c\)/, es: /declaración bajo pena de perjurio .*§7062\(c\)/ },
      { what: 'never SSN, licence or account numbers (§7060(c)(2))', en: /do not send your Social Security number/, es: /No nos envíe su número de Seguro Social/ },
      { what: 'what the details are used for, and their deletion (§7060(d))', en: /only to verify your identity and to prevent fraud, and we delete it/, es: /únicamente para verificar su identidad y prevenir el fraude, y lo eliminaremos/ },
      dueDate,
      noFee,
    ],
  },
  {
    kind: 'copy-details-needed',
    section: '§7024(a), §7062(c) (a copy verified only to the reasonable degree)',
    extra: { missingDataPoints: 1, missingDeclaration: true, afterReply: false },
    requires: [
      { what: 'that the categories answer goes ahead (§7024(a))', en: /preparing that answer \(Cal\. Code Regs\. tit\. 11, §7024\(a\)\)/, es: /estamos preparando esa respuesta \(Código de Reglamentos de California, título 11, §7024\(a\)\)/ },
      { what: 'what a copy needs (§7062(c))', en: /three details that match our records.*declaration under penalty of perjury that you sign \(Cal\. Code Regs\. tit\. 11, §7062\(c\)\)/, es: /tres datos que coincidan.*declaración bajo pena de perjurio firmada por usted \(Código de Reglamentos de California, título 11, §7062\(c\)\)/ },
      { what: 'which detail is still missing', en: /Still needed: - 1 more of these details/, es: /Lo que falta: - 1 dato\(s\) más/ },
      { what: 'the declaration to sign', en: /I declare under penalty of perjury .* Signed \(type your full name\):/, es: /Declaro bajo pena de perjurio.* Firma \(escriba su nombre completo\):/ },
      { what: 'how to send it: a reply in the thread, within this request', en: /reply to this email, keep CCPA-2026-000123 in the subject.*does not count as a new one/, es: /responda a este correo, conserve CCPA-2026-000123 en el asunto.*no cuenta como una nueva/ },
      { what: 'never SSN, licence or account numbers (§7060(c)(2))', en: /do not send your Social Security number/, es: /No nos envíe su número de Seguro Social/ },
      dueDate,
      nonDiscrimination,
    ],
    never: [
      { what: 'that identity is verified (it is only to the reasonable degree)', en: /verified your identity/, es: /hemos verificado su identidad/i },
      { what: 'that identity could not be verified (it was, to the reasonable degree)', en: /could not verify/, es: /no pudimos verificar/ },
    ],
  },
  {
    kind: 'extension-notice',
    section: '§1798.130(a)(2) (one extension, with the reason, before the 45 days end)',
    extra: { extensionReason: 'Your records are held in several systems.', dueDate: 'February 21, 2027', originalDueDate: 'January 7, 2027' },
    requires: [
      { what: 'the reason', en: /Your records are held in several systems\./, es: /Your records are held in several systems\./ },
      { what: 'the new date', en: /February 21, 2027/, es: /February 21, 2027/ },
      { what: 'the legal basis', en: /§1798\.130\(a\)\(2\)/, es: /§1798\.130\(a\)\(2\)/ },
    ],
  },
  {
    kind: 'denial',
    section: '§7024(b), §7022(a) (a denial states the basis and what the consumer may do next)',
    requires: [
      reference,
      { what: 'the basis', en: /could not verify your identity.*§7022\(a\), §7024/, es: /No pudimos verificar su identidad.*§7022\(a\), §7024/ },
      contest,
      { what: 'a new request remains possible, free', en: /You may make a new request at any time/, es: /Puede presentar una nueva solicitud en cualquier momento/ },
      nonDiscrimination,
    ],
    never: [{ what: '"we have acted on the rest" when nothing was acted on', en: /acted on the rest/, es: /hemos atendido el resto/ }],
  },
  {
    kind: 'unverifiable-denial',
    section: '§7024(b) (cannot verify: say so, and point to the privacy notice)',
    requires: [
      { what: 'that identity could not be verified', en: /could not verify your identity/, es: /no pudimos verificar su identidad/ },
      { what: 'where the privacy notice is', en: /privacy notice .*https:\/\/example\.com\/privacy/, es: /aviso de privacidad .*https:\/\/example\.com\/privacy/ },
      { what: 'that opt-out and limit need no verification (§7060(b))', en: /those requests do not need verification/, es: /esas solicitudes no requieren verificación/ },
      noFee,
    ],
  },
  {
    kind: 'limit-reached',
    section: '§1798.130(b) (two access or portability answers in 12 months)',
    requires: [
      { what: 'the limit and its basis', en: /two in any 12-month period .*§1798\.130\(b\)/, es: /a dos por consumidor, en cualquier período de 12 meses.*§1798\.130\(b\)/ },
      { what: 'the date from which a new request will be answered', en: /received on or after March 1, 2027/, es: /a partir del 1 de marzo de 2027/ },
      { what: 'the other rights stay open', en: /This limit does not apply to requests to delete or correct/, es: /Este límite no se aplica a las solicitudes para eliminar o corregir/ },
    ],
  },
  {
    kind: 'completion-deletion',
    section: '§7022(e) (how the information was deleted; the record kept under §7101)',
    extra: { deletionMethod: 'deleted', deidentified: false },
    requires: [
      { what: 'how: deleted', en: /We have deleted your personal information/, es: /Hemos eliminado su información personal/ },
      { what: 'the record kept, and its only use', en: /keep a record of your request and of our answer .*§7022\(e\), §7101\)\. That record is used for nothing else/, es: /conservamos un registro de su solicitud y de nuestra respuesta .*§7022\(e\), §7101\)\. Ese registro no se usa para ningún otro fin/ },
    ],
  },
  {
    kind: 'completion-opt-out',
    section: '§1798.135(c)(4) (no new ask for 12 months) and the business\'s own notice',
    requires: [
      { what: 'the choice is recorded', en: /We have recorded your choice/, es: /Hemos registrado su decisión/ },
      { what: '12 months before asking again', en: /at least 12 months .*§1798\.135\(c\)\(4\)/, es: /al menos 12 meses .*§1798\.135\(c\)\(4\)/ },
    ],
    never: [{ what: 'a claim to have told third parties, when nothing is sold or shared', en: /we have told the third parties/, es: /hemos pedido a los terceros|hemos comunicado a los terceros/ }],
  },
  {
    kind: 'agent-permission-request',
    section: '§7063(a) (an agent: signed permission, never a power of attorney)',
    requires: [
      { what: 'signed permission from the consumer', en: /signed permission/, es: /permiso firmado/ },
      { what: 'a power of attorney is not required', en: /a power of attorney is not required/, es: /no se requiere un poder notarial/ },
      { what: 'when to expect the answer', en: /answer by January 7, 2027/, es: /responderemos a más tardar el 7 de enero de 2027/ },
    ],
  },
  {
    kind: 'parent-proof-request',
    section: '§7070 (a parent of a child under 13: a documented method)',
    requires: [
      { what: 'why: parenthood must be confirmed', en: /parent or legal guardian before we act .*§7070/, es: /§7070/ },
      { what: 'a signed statement under penalty of perjury', en: /penalty of perjury/, es: /pena de perjurio/ },
      { what: 'other methods offered', en: /phone or video call/, es: /llamada telefónica o una videollamada|videollamada/ },
      noFee,
    ],
  },
];

const read = (kind: string, lang: Language, extra?: Record<string, unknown>) => templates.render(kind, lang, data(lang, extra)).text.replace(/\s+/g, ' ');

describe("counsel's list: what each consumer message must say, in English and Spanish", () => {
  for (const entry of CHECKLIST) {
    describe(`${entry.kind}: ${entry.section}`, () => {
      for (const lang of ['en', 'es'] as const) {
        it.each(entry.requires.map((r) => [r.what, r] as const))(`${lang}: says %s`, (_what, requirement) => {
          expect(read(entry.kind, lang, entry.extra)).toMatch(requirement[lang]);
        });
        for (const forbidden of entry.never ?? []) {
          it(`${lang}: never says ${forbidden.what}`, () => {
            expect(read(entry.kind, lang, entry.extra)).not.toMatch(forbidden[lang]);
          });
        }
      }
    });
  }

  it('covers each reason of a denial with its basis in both languages', () => {
    const reasons: DenialReason[] = ['unverifiable', 'not_a_consumer', 'not_california', 'too_many_requests', 'exempt_hipaa', 'exempt_other', 'suspected_fraud', 'other'];
    for (const reason of reasons) {
      for (const lang of ['en', 'es'] as const) {
        const text = read('denial', lang, { ...denialReasonData(reason), staffNote: 'The specific basis.' });
        expect(text, `${reason}.${lang}`).toMatch(/§\d/);
      }
    }
  });
});
