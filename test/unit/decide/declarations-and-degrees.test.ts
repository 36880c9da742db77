/**
 * Declarations and degrees (issue 18 item 4): a name typed on our own template's declaration line
 * signs it (§7062(c)), in English and Spanish; when the higher degree is not reached the mail says
 * what was missing (§7024(a)) and never advises a new request, which would count toward the limit
 * of two a year (§1798.130(b)).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { missingForHigherDegree } from '../../../src/pipeline/decide/judge-verification.js';
import { DEFAULT_DEGREE_CONFIG } from '../../../src/pipeline/decide/verification-degree.js';
import { extractData } from '../../../src/pipeline/extract/extract-data.js';
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
  const request = { type: 'access' as const, accessScope: 'specific_pieces' as const };
  it('counts the missing data points and the unsigned declaration', () => {
    expect(missingForHigherDegree(request, { matched: ['date_of_birth'], mismatched: [] }, false, DEFAULT_DEGREE_CONFIG)).toEqual({ dataPoints: 1, declaration: true });
    expect(missingForHigherDegree(request, { matched: ['date_of_birth', 'phone'], mismatched: [] }, false, DEFAULT_DEGREE_CONFIG)).toEqual({ dataPoints: 0, declaration: true });
    expect(missingForHigherDegree(request, { matched: ['date_of_birth'], mismatched: [] }, true, DEFAULT_DEGREE_CONFIG)).toEqual({ dataPoints: 1, declaration: false });
  });

  const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
  const downgraded = (missing: { dataPoints: number; declaration: boolean }) => {
    const start = newRequest('access', 'self', 'specific_pieces');
    const [mail] = mails(run(start, ev({ kind: 'acknowledged' }), CHALLENGE, ev({ kind: 'code_accepted', actor: 'consumer', downgradedToCategories: true, missing })).actions);
    return mail!.data;
  };
  const render = (lang: 'en' | 'es', data: Record<string, unknown>) => {
    const out = templates.render('verified', lang, { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'x', dueDate: 'January 7, 2027', ...data });
    return { text: out.text.replace(/\s+/g, ' '), html: out.html.replace(/\s+/g, ' ') };
  };

  it.each([
    ['en', { dataPoints: 1, declaration: true }, 'What was missing: 1 more of the details we asked for, matching our records, and the declaration under penalty of perjury'],
    ['en', { dataPoints: 0, declaration: true }, 'What was missing: the declaration under penalty of perjury, signed by typing your full name on its line.'],
    ['en', { dataPoints: 2, declaration: false }, 'What was missing: 2 more of the details we asked for, matching our records.'],
    ['es', { dataPoints: 1, declaration: true }, 'Lo que faltaba: 1 dato(s) más de los que le pedimos, que coincidan con nuestros registros, y la declaración bajo pena de perjurio'],
    ['es', { dataPoints: 0, declaration: true }, 'Lo que faltaba: la declaración bajo pena de perjurio, firmada escribiendo su nombre completo en su línea.'],
  ] as const)('says in %s exactly what was missing (%j)', (lang, missing, sentence) => {
    const data = downgraded(missing);
    expect(data).toMatchObject({ downgradedToCategories: true, missingDataPoints: missing.dataPoints, missingDeclaration: missing.declaration });
    const out = render(lang, data);
    expect(out.text).toContain(sentence);
    expect(out.html).toContain(sentence);
  });

  it.each(['en', 'es'] as const)('never advises a new request in %s: what was missing is taken within this one', (lang) => {
    const out = render(lang, downgraded({ dataPoints: 1, declaration: true }));
    expect(out.text).toContain(lang === 'en' ? 'as part of this request, which does not count as a new one' : 'dentro de esta misma solicitud, que no cuenta como una nueva');
    expect(out.text).not.toMatch(lang === 'en' ? /send a new request|make a new request/ : /presentar una nueva solicitud/);
  });
});
