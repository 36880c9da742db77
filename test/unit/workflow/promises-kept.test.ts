/**
 * Promises the record keeps (issue 18 item 5), in both languages: the replacement of an expired
 * code says so, and a code from another address is answered to the requester (email-rules §4).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { timeZoneLabel } from '../../../src/mail/labels.js';
import { flagsRaised } from '../../../src/pipeline/decide/flags-raised.js';
import { CHALLENGE, STAFF, ev, mails, newRequest, run } from '../decide/request-state-fixtures.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const common = { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'x', dueDate: 'x', code: 'ABCD-EFGH', codeExpiresDate: 'x', dataPointsToProvide: 2 };
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('a code from another address gets a reply to the person the challenge went to', () => {
  const waiting = run(newRequest('deletion'), ev({ kind: 'acknowledged' }), CHALLENGE).state;

  it('counts no try and plans the reply (to the consumer for an agent’s request, §7063(a)(2))', () => {
    const { state, actions } = run(waiting, ev({ kind: 'code_from_other_address', sender: 'someone@example.org', actor: 'consumer' }));
    expect(state).toEqual({ ...waiting, toldOfOtherAddress: true });
    expect(mails(actions)).toMatchObject([{ template: 'code-rejected', to: 'requester', data: { fromOtherAddress: true, otherSender: 'someone@example.org' } }]);
    const agents = { ...waiting, requester: 'agent' as const };
    expect(mails(run(agents, ev({ kind: 'code_from_other_address', sender: 'agent@example.net', actor: 'consumer' })).actions)[0]?.to).toBe('consumer');
  });

  it('tells them once per challenge: a stranger’s further codes raise flags, not mail; a new challenge may tell again', () => {
    const other = ev({ kind: 'code_from_other_address', sender: 'someone@example.org', actor: 'consumer' });
    const told = run(waiting, other).state;
    const again = run(told, other);
    expect(mails(again.actions)).toEqual([]);
    expect(again.actions).toContainEqual({ kind: 'flag_staff', reason: 'code_from_other_address', detail: { sender: 'someone@example.org' } });
    expect(mails(run(told, CHALLENGE, other).actions)).toHaveLength(1);
  });

  it.each([
    ['en', 'We received a message from someone@example.org with a verification code', 'no try was counted'],
    ['es', 'Hemos recibido un mensaje de someone@example.org con un código de verificación', 'no se ha contado ningún intento'],
  ] as const)('says so in %s, in text and html', (lang, opening, noTry) => {
    const out = templates.render('code-rejected', lang, { ...common, fromOtherAddress: true, otherSender: 'someone@example.org' });
    for (const part of [out.text, out.html]) {
      expect(flat(part)).toContain(opening);
      expect(flat(part)).toContain(noTry);
      expect(flat(part)).not.toContain(lang === 'en' ? 'does not match the one we sent you' : 'no coincide con el que le enviamos');
    }
  });
});

describe('the replacement of an expired code says so', () => {
  it('in the event’s mail data only when it replaces one', () => {
    const waiting = run(newRequest('deletion'), ev({ kind: 'acknowledged' }), CHALLENGE).state;
    const again = run(waiting, { ...CHALLENGE, replacesExpired: true } as typeof CHALLENGE);
    expect(mails(again.actions)[0]?.data).toMatchObject({ previousCodeExpired: true });
    expect(mails(run(newRequest('deletion'), ev({ kind: 'acknowledged' }), CHALLENGE).actions)[0]?.data).not.toHaveProperty('previousCodeExpired');
  });

  it.each([
    ['en', 'verification-challenge', 'The code we sent you earlier has expired'],
    ['es', 'verification-challenge', 'El código que le enviamos antes ha vencido'],
    ['en', 'consumer-confirmation', 'The code we sent you earlier has expired'],
    ['es', 'consumer-confirmation', 'El código que le enviamos antes ha vencido'],
  ] as const)('in %s (%s)', (lang, kind, sentence) => {
    expect(flat(templates.render(kind, lang, { ...common, previousCodeExpired: true }).text)).toContain(sentence);
    expect(flat(templates.render(kind, lang, { ...common, previousCodeExpired: true }).html)).toContain(sentence);
    expect(flat(templates.render(kind, lang, common).text)).not.toContain(sentence);
  });
});

describe('a withdrawal by the consumer tells staff (the flag mail goes to the assigned member)', () => {
  it('raises withdrawn_by_consumer for the consumer’s withdrawal, not for staff recording one', () => {
    const waiting = run(newRequest('deletion'), ev({ kind: 'acknowledged' }), CHALLENGE).state;
    const byConsumer = ev({ kind: 'consumer_withdraws', actor: 'consumer' });
    expect(flagsRaised({ from: waiting, event: byConsumer, next: { ...waiting, status: 'withdrawn' } })).toEqual([{ kind: 'flag_staff', reason: 'withdrawn_by_consumer' }]);
    const byStaff = ev({ kind: 'consumer_withdraws', actor: STAFF });
    expect(flagsRaised({ from: waiting, event: byStaff, next: { ...waiting, status: 'withdrawn' } })).toEqual([]);
  });
});

describe('a message about several requests names every one of them', () => {
  const kinds = ['verification-challenge', 'consumer-confirmation', 'reminder', 'verified', 'unverifiable-denial'] as const;
  it.each([
    ['en', 'This message is about each of these requests: CCPA-2026-000123, CCPA-2026-000124.'],
    ['es', 'Este mensaje se refiere a cada una de estas solicitudes: CCPA-2026-000123, CCPA-2026-000124.'],
  ] as const)('in %s, in text and html, and says nothing of the kind about one request', (lang, sentence) => {
    for (const kind of kinds) {
      const many = templates.render(kind, lang, { ...common, references: ['CCPA-2026-000123', 'CCPA-2026-000124'], waitingForIs: { verification: true } });
      expect(flat(many.text), kind).toContain(sentence);
      // Its own paragraph: a reader's client must not run it into the next one (soft breaks of format=flowed joined).
      expect(many.text.replace(/ \r?\n/g, ' '), kind).toMatch(new RegExp(`(^|\\n\\n)${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n`));
      expect(flat(many.html), kind).toContain(sentence);
      expect(flat(templates.render(kind, lang, { ...common, references: [], waitingForIs: { verification: true } }).text), kind).not.toContain(sentence.slice(0, 20));
    }
  });
});

describe('the code’s expiry names the business time zone the record uses (TIMEZONE)', () => {
  it.each([
    ['America/Los_Angeles', 'en', 'Pacific Time'],
    ['America/Los_Angeles', 'es', 'hora del Pacífico'],
    ['America/New_York', 'en', 'Eastern Time'],
  ] as const)('%s in %s: %s', (zone, lang, label) => {
    expect(timeZoneLabel(zone, lang)).toBe(label);
    expect(flat(templates.render('verification-challenge', lang, { ...common, timeZoneName: timeZoneLabel(zone, lang) }).text)).toContain(`(${label})`);
  });
});
