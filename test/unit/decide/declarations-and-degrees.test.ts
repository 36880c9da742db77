/**
 * Declarations and degrees (issue 18 item 4): a name typed on our own template's declaration line
 * signs it (§7062(c)), in English and Spanish; when the higher degree is not reached the mail says
 * what was missing (§7024(a)) and never advises a new request, which would count toward the limit
 * of two a year (§1798.130(b)).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { partialVerificationOf, stillMissing } from '../../../src/pipeline/decide/partial-verification.js';
import { DEFAULT_DEGREE_CONFIG } from '../../../src/pipeline/decide/verification-degree.js';
import { extractData } from '../../../src/pipeline/extract/extract-data.js';
import type { DataPointKind } from '../../../src/pipeline/types.js';
import { ev, mails, newRequest, run, CHALLENGE } from './request-state-fixtures.js';

const DECLARATION_EN =
  'I declare under penalty of perjury under the laws of the State of California that I am the consumer whose\npersonal information is the subject of this request, and that the information in this message is true and\ncorrect.';
const DECLARATION_ES =
  'Declaro bajo pena de perjurio, conforme a las leyes del Estado de California, que soy el consumidor cuya\ninformación personal es objeto de esta solicitud y que la información de este mensaje es verdadera y correcta.';

describe('a name typed on the template’s declaration line signs it (§7062(c))', () => {
  it.each([
    ['English, on the line', `Code: ABCD-EFGH\n${DECLARATION_EN}\nSigned (type your full name): Dana Whitfield`, 'Dana Whitfield'],
    ['English, indented as the template has it', `${DECLARATION_EN}\n    Signed (type your full name):   Dana Whitfield  `, 'Dana Whitfield'],
    ['English, quoted with the declaration', `> ${DECLARATION_EN.replace(/\n/g, '\n> ')}\n> Signed (type your full name): Dana Whitfield`, 'Dana Whitfield'],
    ['Spanish, on the line', `${DECLARATION_ES}\nFirma (escriba su nombre completo): Lucía Fernández`, 'Lucía Fernández'],
    ['Spanish, the name on the next line', `${DECLARATION_ES}\nFirma (escriba su nombre completo):\nLucía Fernández`, 'Lucía Fernández'],
  ])('%s', (_case, text, name) => {
    expect(extractData(text).declarationSignature).toBe(name);
  });

  it('an empty template line is no signature', () => {
    expect(extractData(`${DECLARATION_EN}\nSigned (type your full name):\n\nThanks`).declarationSignature).toBeNull();
  });
});

describe('what the higher degree lacked (§7062(c), §7024(a))', () => {
  const shown = (matched: DataPointKind[], signed: boolean) => partialVerificationOf({ type: 'access', accessScope: 'specific_pieces' }, { matched }, signed, DEFAULT_DEGREE_CONFIG);
  it('counts the missing data points and the unsigned declaration', () => {
    expect(stillMissing(shown(['date_of_birth'], false))).toEqual({ dataPoints: 1, declaration: true });
    expect(stillMissing(shown(['date_of_birth', 'phone'], false))).toEqual({ dataPoints: 0, declaration: true });
    expect(stillMissing(shown(['date_of_birth'], true))).toEqual({ dataPoints: 1, declaration: false });
  });

  const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
  const partial = (matched: DataPointKind[], signed: boolean) => {
    const start = newRequest('access', 'self', 'specific_pieces');
    const [mail] = mails(run(start, ev({ kind: 'acknowledged' }), CHALLENGE, ev({ kind: 'code_accepted', actor: 'consumer', partial: shown(matched, signed) })).actions);
    expect(mail?.template).toBe('copy-details-needed');
    return mail!.data;
  };
  const render = (lang: 'en' | 'es', data: Record<string, unknown>) => {
    const out = templates.render('copy-details-needed', lang, { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'x', dueDate: 'January 7, 2027', ...data });
    return { text: out.text.replace(/\s+/g, ' '), html: out.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
  };

  it.each([
    ['en', ['date_of_birth'], false, ['1 more of these details', 'The declaration below, copied into your reply and signed by typing your full name on its line']],
    ['en', ['date_of_birth', 'phone'], false, ['The declaration below, copied into your reply and signed']],
    ['en', [], true, ['2 more of these details']],
    ['es', ['date_of_birth'], false, ['1 dato(s) más de los siguientes', 'La declaración siguiente, copiada en su respuesta y firmada escribiendo su nombre completo']],
    ['es', ['date_of_birth', 'phone'], false, ['La declaración siguiente, copiada en su respuesta']],
  ] as const)('says in %s exactly what is still needed (matched %j, signed %s)', (lang, matched, signed, sentences) => {
    const data = partial([...matched], signed);
    const out = render(lang, data);
    for (const sentence of sentences) {
      expect(out.text).toContain(sentence);
      expect(out.html).toContain(sentence);
    }
    const absent = lang === 'en' ? ['more of these details', 'The declaration below'] : ['dato(s) más', 'La declaración siguiente'];
    for (const phrase of absent.filter((p) => !sentences.some((s) => s.includes(p)))) expect(out.text).not.toContain(phrase);
  });

  it.each(['en', 'es'] as const)('never advises a new request in %s: what is missing is taken within this one, as a reply in the thread', (lang) => {
    const out = render(lang, partial(['date_of_birth'], false));
    expect(out.text).toContain(lang === 'en' ? 'reply to this email, keep CCPA-2026-000123 in the subject' : 'responda a este correo, conserve CCPA-2026-000123 en el asunto');
    expect(out.text).toContain(lang === 'en' ? 'It is part of this request and does not count as a new one' : 'Forma parte de esta misma solicitud y no cuenta como una nueva');
    expect(out.text).not.toMatch(lang === 'en' ? /send a new request|make a new request/ : /presentar una nueva solicitud/);
  });
});
