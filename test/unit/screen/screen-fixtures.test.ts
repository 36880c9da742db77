/**
 * One test per fixture: the folder says which verdict the message must get (email-rules §1),
 * and the table below adds what must be read from it (reason, Final-Recipient, Status...).
 */
import { describe, expect, it } from 'vitest';
import { quarantineReason } from '../../../src/pipeline/parse/quarantine-reason.js';
import { screenMail } from '../../../src/pipeline/screen/screen-mail.js';
import type { BounceDetails, ScreenVerdictKind } from '../../../src/pipeline/types.js';
import { CONTEXT, fixtureCases, fixtureMail, fixtureRaw } from './fixture-mail.js';

const VERDICT_BY_FOLDER: Record<string, ScreenVerdictKind> = {
  bounce: 'bounce',
  'feedback-report': 'feedback_report',
  'auto-reply': 'auto_reply',
  bulk: 'bulk',
  loop: 'loop',
  spam: 'spam',
  human: 'human',
  charset: 'human',
  quoting: 'human',
  malformed: 'human',
};

interface Expectation {
  reason?: string;
  bounce?: Partial<BounceDetails>;
  quarantine?: string;
}

const EXPECTED: Record<string, Expectation> = {
  'bounce/dsn-user-unknown': {
    reason: 'content-type:multipart/report;report-type=delivery-status',
    bounce: { finalRecipient: 'ana.gone@example.net', status: '5.1.1', permanent: true, originalMessageId: 'ccpa-mailbot.7f3a9c@example.org' },
  },
  'bounce/dsn-delayed-transient': {
    reason: 'content-type:multipart/report;report-type=delivery-status',
    bounce: { finalRecipient: 'slow@example.com', status: '4.4.7', permanent: false, originalMessageId: 'ccpa-mailbot.b2c4d6@example.org' },
  },
  'bounce/exim-plain-failed-recipients': {
    reason: 'header:x-failed-recipients',
    bounce: { finalRecipient: 'luis.example@example.com', status: '5.1.1', permanent: true, originalMessageId: 'ccpa-mailbot.c0ffee@example.org' },
  },
  'bounce/qmail-failure-notice': {
    reason: 'from:mailer-daemon',
    bounce: { finalRecipient: 'old.address@example.com', status: '5.1.1', originalMessageId: 'ccpa-mailbot.q1@example.org' },
  },
  'bounce/exchange-undeliverable-subject': {
    reason: 'subject:undeliverable:',
    bounce: { finalRecipient: 'maria.example@example.net', status: '5.1.10', permanent: true },
  },
  'bounce/verp-null-return-path': {
    reason: 'header:return-path=<>',
    bounce: { finalRecipient: 'kim.example@example.com', verpToken: 'Q0NQQS0yMDI2LTAwMDEyNg' },
  },
  'bounce/localized-unzustellbar': { reason: 'subject:unzustellbar', bounce: { finalRecipient: 'jonas.beispiel@example.de', status: '5.1.1' } },
  'feedback-report/arf-abuse-report': { reason: 'content-type:multipart/report;report-type=feedback-report' },
  'feedback-report/dmarc-aggregate-report': { reason: 'dmarc-aggregate-report' },
  'auto-reply/rfc3834-auto-submitted': { reason: 'header:auto-submitted=auto-replied' },
  'auto-reply/exchange-oof-inbox-rules-loop': { reason: 'header:x-ms-exchange-inbox-rules-loop' },
  'auto-reply/precedence-auto-reply': { reason: 'header:precedence=auto_reply' },
  'auto-reply/x-autoreply-header': { reason: 'header:x-autoreply' },
  'auto-reply/subject-abwesenheitsnotiz': { reason: 'subject:abwesenheitsnotiz' },
  'auto-reply/subject-reponse-automatique': { reason: 'subject:réponse automatique' },
  'auto-reply/subject-respuesta-automatica': { reason: 'subject:respuesta automática' },
  'auto-reply/content-out-of-office-en': { reason: 'content:out-of-office' },
  'auto-reply/content-fuera-de-oficina-es': { reason: 'content:out-of-office' },
  'auto-reply/content-nicht-im-buero-de': { reason: 'content:out-of-office' },
  'auto-reply/content-absent-fr': { reason: 'content:out-of-office' },
  'auto-reply/content-unmonitored-mailbox': { reason: 'content:unmonitored-mailbox' },
  'auto-reply/content-ticket-received': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-ticket-es': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-ticket-number-only': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-thanks-for-reaching-out': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-request-received-is-being-reviewed': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-support-request-created': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-case-number-is': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-es-solicitud-recibida': { reason: 'content:ticket-acknowledgement' },
  'auto-reply/content-helpdesk-es-numero-de-caso': { reason: 'content:ticket-acknowledgement' },
  'bulk/list-id-newsletter': { reason: 'header:list-id' },
  'bulk/newsletter-with-privacy-footer': { reason: 'header:list-unsubscribe' },
  'auto-reply/content-oof-contact-colleague': { reason: 'content:out-of-office' },
  'bulk/mailman-beenthere': { reason: 'header:x-mailman-version' },
  'loop/own-loop-header': { reason: 'header:x-ccpa-bot' },
  'loop/own-message-id': { reason: 'message-id:own-domain' },
  'loop/from-own-address': { reason: 'from:own-address' },
  'loop/from-own-address-plus-tag': { reason: 'from:own-address' },
  'loop/from-own-domain-noreply': { reason: 'from:own-domain-robot' },
  'loop/from-own-domain-do-not-reply-subdomain': { reason: 'from:own-domain-robot' },
  'loop/from-own-domain-bounces': { reason: 'from:own-domain-robot' },
  'spam/x-spam-flag': { reason: 'header:x-spam-flag=yes' },
  'spam/x-spam-status': { reason: 'header:x-spam-status=yes' },
  'spam/display-name-impersonation': { reason: 'phishing:display-name-impersonates-own-address' },
  'malformed/missing-from': { quarantine: 'no_sender' },
};

for (const [folder, verdict] of Object.entries(VERDICT_BY_FOLDER)) {
  describe(`fixtures ${folder}/ are judged ${verdict}`, () => {
    for (const name of fixtureCases(folder)) {
      it(name, async () => {
        const mail = await fixtureMail(folder, name);
        const expected = EXPECTED[`${folder}/${name}`] ?? {};
        const result = screenMail(mail, CONTEXT);
        expect(result.kind).toBe(verdict);
        expect(quarantineReason(fixtureRaw(folder, name), mail)).toBe(expected.quarantine ?? null);
        if (expected.reason !== undefined) expect(result.reason).toBe(expected.reason);
        if (expected.bounce !== undefined) expect(result.bounce).toMatchObject(expected.bounce);
        if (verdict === 'human') expect(result.reason).toBe('none');
      });
    }
  });
}

describe('expectation table', () => {
  it('names only fixtures that exist', () => {
    const existing = new Set(Object.keys(VERDICT_BY_FOLDER).flatMap((f) => fixtureCases(f).map((n) => `${f}/${n}`)));
    expect(Object.keys(EXPECTED).filter((key) => !existing.has(key))).toEqual([]);
  });

  it('gives every non-human fixture an expected reason', () => {
    const machine = Object.entries(VERDICT_BY_FOLDER).filter(([, v]) => v !== 'human');
    const missing = machine.flatMap(([f]) => fixtureCases(f).map((n) => `${f}/${n}`)).filter((k) => EXPECTED[k] === undefined);
    expect(missing).toEqual([]);
  });
});
