/**
 * Addressed to who they are (issue 15 item 2): every consumer template, rendered through the one
 * data builder (consumerMailData, src/mail/addressee.ts) for each reader it can have (the consumer,
 * an authorized agent §7063, a parent or guardian §7070) in English and Spanish. Mail to an agent or
 * a parent greets that person (by their own name, or neutrally), never the consumer, and names the
 * consumer or child in the third person: never "your personal information" or "your identity"
 * about them. Mail to the consumer still speaks to them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requestTypeLabel } from '../../../src/mail/labels.js';
import { FLOWED_WIDTH, flowText } from '../../../src/mail/flow-text.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { CONSUMER_TEMPLATE_KINDS, type ConsumerTemplateKind } from '../../../src/mail/template-data.js';
import type { RecipientRole } from '../../../src/mail/addressee.js';
import { denialReasonData } from '../../../src/pipeline/decide/denial-reasons.js';
import type { Language } from '../../../src/shared/languages.js';
import type { RecordType } from '../../../src/shared/request-types.js';
import { consumerMailData } from '../../../src/workflow/consumer-mail-data.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const LANGS: Language[] = ['en', 'es'];

/** Who each template can be written to. The rest go to whoever asked: the consumer, an agent or a parent. */
const AUDIENCE: Partial<Record<ConsumerTemplateKind, RecipientRole[]>> = {
  // The agent's request is confirmed with the consumer directly (§7063(a)(2)): a code never goes to
  // an agent, and a parent's authority is judged by staff from the proof (§7070), never by a code.
  'consumer-confirmation': ['consumer'],
  'agent-disowned': ['consumer'],
  'verification-challenge': ['consumer'],
  'code-rejected': ['consumer'],
  // Asks for the rest of a partial verification from whoever answered the challenge: only the consumer can sign the declaration (§7062(c), §7063(a)(2)).
  'copy-details-needed': ['consumer'],
  'agent-permission-request': ['agent'],
  'parent-proof-request': ['parent'],
};
const audience = (kind: ConsumerTemplateKind): RecipientRole[] => AUDIENCE[kind] ?? ['consumer', 'agent', 'parent'];

const CONSUMER = 'Ken Adams';
const CHILD = 'Mia Lopez';
const READER = 'Lena Adams';

/** Each variant a template branches on, so that every branch is read. */
const VARIANTS: Record<string, Array<Record<string, unknown>>> = {
  denial: [
    denialReasonData('unverifiable'),
    denialReasonData('withdrawn'),
    denialReasonData('not_a_consumer'),
    denialReasonData('not_california'),
    denialReasonData('too_many_requests'),
    denialReasonData('exempt_hipaa'),
    { ...denialReasonData('exempt_other'), actedOnRest: true },
    denialReasonData('suspected_fraud'),
    { ...denialReasonData('suspected_fraud'), optOutLike: true },
    denialReasonData('other'),
  ],
  'code-rejected': [{ attemptsLeft: 2 }, { attemptsLeft: 1, oneTryLeft: true, detailsInsufficient: true }, { attemptsLeft: 0 }, { fromOtherAddress: true, otherSender: 'someone@example.org' }],
  reminder: [{ waitingForIs: { verification: true } }, { waitingForIs: { agent_permission: true } }, { waitingForIs: { parent_proof: true } }],
  verified: [{}],
  'copy-details-needed': [{ missingDataPoints: 1, missingDeclaration: true, afterReply: false }, { missingDataPoints: 1, missingDeclaration: false, afterReply: true }],
  'completion-deletion': [{ deidentified: false, usesServiceProviders: true }, { deidentified: true, usesServiceProviders: true }],
  'completion-opt-out': [{ sellsOrShares: true }, { sellsOrShares: false }],
  'completion-access-specific': [{ files: [{ name: 'copy.json', size: '2 KB' }] }, { files: [] }],
  'unverifiable-denial': [{ specificPiecesAsked: true }, { noDirectoryRecord: true }],
};

/** The request type a template is most naturally about (the labels differ per type). */
const TYPE: Partial<Record<ConsumerTemplateKind, RecordType>> = {
  'completion-access-categories': 'access',
  'completion-access-specific': 'portability',
  'completion-correction': 'correction',
  'completion-opt-out': 'opt_out',
  'opt-out-confirmed': 'opt_out',
  'completion-limit': 'limit_sensitive',
  'limit-reached': 'access',
  'hipaa-redirect': 'hipaa_matter',
  'question-received': 'question',
};

function render(kind: ConsumerTemplateKind, role: RecipientRole, lang: Language, extra: Record<string, unknown>, readerName = READER) {
  const data = consumerMailData({
    lang,
    about: [{ reference: 'CCPA-2026-000123', type: TYPE[kind] ?? 'deletion', dueDate: '2027-01-07' }],
    dates: { receivedDate: '2026-11-23', originalDueDate: '2027-01-07', newRequestFrom: '2027-03-01', codeExpiresDate: '2026-12-07' },
    consumerName: role === 'parent' ? CHILD : CONSUMER,
    recipient: { role, name: role === 'consumer' ? '' : readerName },
    agentName: 'lena.adams@example.org',
    originalSubject: '',
    sender: { address: 'privacy@example.com', businessName: 'MTBC' } as never,
    extras: {
      code: 'ABCD-EFGH',
      dataPointsToProvide: 2,
      declarationRequired: true,
      attemptsLeft: 2,
      staffNote: '',
      extensionReason: 'The records are held in several systems.',
      waitingForIs: { verification: true },
      timeZoneName: lang === 'en' ? 'Pacific Time' : 'hora del Pacífico',
      hipaaContact: 'records@example.com',
      ...denialReasonData('unverifiable'),
      ...extra,
    },
  });
  const message = templates.render(kind, lang, data);
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const html = fold(message.html.replace(/<[^>]+>/g, ' '));
  return { subject: message.subject, raw: message.text, text: fold(message.text), html, all: `${message.subject} ${fold(message.text)} ${html}` };
}

/** Words about the reader's own data or identity: wrong when the reader asks for someone else. */
const SECOND_PERSON: Record<Language, RegExp[]> = {
  en: [/\byour (?:sensitive )?personal information\b/i, /\byour identity\b/i, /\babout you\b/i, /\bcollected about you\b/i, /\bconfirm who you are\b/i],
  es: [/\b(?:tu|su) información personal\b/i, /\b(?:tu|su) identidad\b/i, /\bsobre usted\b/i, /\bsobre ti\b/i],
};
const greetingWith = (lang: Language, name: string, atStart = true) => new RegExp(`${atStart ? '^' : ''}${lang === 'en' ? `Hello ${name},` : `Estimado/a ${name}:`}`);

const cases = CONSUMER_TEMPLATE_KINDS.flatMap((kind) =>
  audience(kind).flatMap((role) => LANGS.flatMap((lang) => (VARIANTS[kind] ?? [{}]).map((extra, variant) => ({ kind, role, lang, extra, variant })))),
);

describe('every consumer template, to each reader it can have, in English and Spanish', () => {
  it('covers every consumer template in each of its readers and both languages', () => {
    expect(cases.length).toBeGreaterThan(CONSUMER_TEMPLATE_KINDS.length * 2);
    for (const kind of CONSUMER_TEMPLATE_KINDS) expect(cases.some((c) => c.kind === kind)).toBe(true);
  });

  const onBehalf = cases.filter((c) => c.role !== 'consumer');
  it.each(onBehalf.map((c) => [`${c.kind} to the ${c.role} (${c.lang}) #${c.variant}`, c] as const))('%s: greets the reader and names whose data it is in the third person', (_name, c) => {
    const message = render(c.kind, c.role, c.lang, c.extra);
    const subjectName = c.role === 'parent' ? CHILD : CONSUMER;
    expect(message.text, 'greeted by their own name').toMatch(greetingWith(c.lang, READER));
    expect(message.html).toMatch(greetingWith(c.lang, READER, false));
    expect(message.all).not.toMatch(greetingWith(c.lang, subjectName, false));
    // Named in the message itself, not only in the closing promise of non-discrimination.
    const body = (s: string) => s.replace(/We will not discriminate[^.]*\.|No discriminaremos[^.]*\./g, '');
    expect(body(message.text), 'names whose data it is').toContain(subjectName);
    expect(body(message.html)).toContain(subjectName);
    for (const wrong of SECOND_PERSON[c.lang]) expect(message.all, `never ${wrong}`).not.toMatch(wrong);
    // The longer third-person wording still reads well as format=flowed (issue 15 item 6).
    for (const line of flowText(message.raw).split('\r\n')) expect(line.replace(/^ /, '').replace(/ $/, '').length, line).toBeLessThanOrEqual(FLOWED_WIDTH);
  });

  it.each(onBehalf.filter((c) => c.variant === 0).map((c) => [`${c.kind} to the ${c.role} (${c.lang})`, c] as const))('%s: greets neutrally when the reader gave no name', (_name, c) => {
    const text = render(c.kind, c.role, c.lang, c.extra, '').text;
    expect(text).toMatch(c.lang === 'en' ? /^Hello,/ : c.role === 'agent' ? /^Estimado\/a agente:/ : /^Estimado\/a padre, madre o tutor:/);
  });

  const toConsumer = cases.filter((c) => c.role === 'consumer');
  it.each(toConsumer.map((c) => [`${c.kind} (${c.lang}) #${c.variant}`, c] as const))('%s: to the consumer, greets them by name and speaks to them', (_name, c) => {
    const message = render(c.kind, 'consumer', c.lang, c.extra);
    expect(message.text).toMatch(greetingWith(c.lang, CONSUMER));
    expect(message.text).toMatch(c.lang === 'en' ? /\b(?:your|you)\b/i : /\b(?:su|usted)\b/i);
  });

  it('the counter-check: the consumer is told of "your personal information", the agent of the consumer\'s', () => {
    expect(render('completion-deletion', 'consumer', 'en', {}).text).toContain('We have deleted your personal information');
    expect(render('completion-deletion', 'agent', 'en', {}).text).toContain(`We have deleted the personal information of ${CONSUMER}`);
    expect(render('completion-deletion', 'parent', 'en', {}).text).toContain(`We have deleted the personal information of your child ${CHILD}`);
    expect(render('completion-deletion', 'consumer', 'es', {}).text).toContain('Hemos eliminado su información personal');
    expect(render('completion-deletion', 'parent', 'es', {}).text).toContain(`Hemos eliminado la información personal de su hijo/a ${CHILD}`);
    expect(render('completion-access-categories', 'agent', 'es', {}).text).toContain(`qué información personal hemos recopilado sobre ${CONSUMER}`);
    expect(requestTypeLabel('access', 'es', { role: 'agent', consumerName: CONSUMER })).toBe(`Acceso a la información personal que tenemos sobre ${CONSUMER}`);
    expect(requestTypeLabel('deletion', 'es', { role: 'parent', consumerName: CHILD })).toBe(`Eliminación de la información personal de su hijo/a ${CHILD}`);
    expect(requestTypeLabel('deletion', 'en', { role: 'parent', consumerName: '' })).toBe("Deletion of your child's personal information");
    expect(requestTypeLabel('deletion', 'en', { role: 'agent', consumerName: '' })).toBe('Deletion of the personal information of the consumer you represent');
    expect(requestTypeLabel('deletion', 'en')).toBe('Deletion of your personal information');
    expect(render('verified', 'consumer', 'en', {}).text).toContain('We have verified your identity');
    expect(render('verified', 'agent', 'en', {}).text).toContain(`We have verified the identity of ${CONSUMER} and your permission to act for them`);
  });

  it('escapes the names in the HTML part', () => {
    const data = consumerMailData({
      lang: 'en',
      about: [{ reference: 'CCPA-2026-000123', type: 'deletion', dueDate: '2027-01-07' }],
      dates: { receivedDate: '2026-11-23' },
      consumerName: 'Ken <b>Adams</b>',
      recipient: { role: 'agent', name: 'Lena <i>Adams</i>' },
      originalSubject: '',
      sender: { address: 'privacy@example.com', businessName: 'MTBC' } as never,
    });
    const html = templates.render('completion-deletion', 'en', { ...data, staffNote: '' }).html;
    expect(html).not.toContain('<b>Adams</b>');
    expect(html).not.toContain('<i>Adams</i>');
    expect(html).toContain('Lena &lt;i&gt;Adams&lt;/i&gt;');
  });
});
