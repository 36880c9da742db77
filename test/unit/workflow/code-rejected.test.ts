/**
 * A verification reply that does not verify is answered, never met with silence (ccpa-rules,
 * Verification rules: "Cannot verify: tell the consumer so and why", §7024(b); codes and tries,
 * §7060-§7062): how many tries are left, and that staff verify another way once none are.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import type { Language } from '../../../src/pipeline/types.js';
import { CHALLENGE, ev, mails, newRequest, run } from '../decide/request-state-fixtures.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const waiting = (requester: 'self' | 'agent' = 'self') =>
  requester === 'agent'
    ? run(newRequest('deletion', 'agent'), ev({ kind: 'acknowledged' }), ev({ kind: 'agent_permission_received', actor: 'consumer' }), CHALLENGE).state
    : run(newRequest('deletion'), ev({ kind: 'acknowledged' }), CHALLENGE).state;
const rejectedWith = (attemptsLeft: number, extra: { detailsInsufficient?: boolean; requester?: 'self' | 'agent' } = {}) =>
  run(waiting(extra.requester), ev({ kind: 'code_rejected', actor: 'consumer', attemptsLeft, detailsInsufficient: extra.detailsInsufficient }));

function render(lang: Language, data: Record<string, unknown>) {
  return templates.render('code-rejected', lang, {
    reference: 'CCPA-2026-000123',
    receivedDate: lang === 'en' ? 'January 5, 2026' : '5 de enero de 2026',
    dueDate: lang === 'en' ? 'February 19, 2026' : '19 de febrero de 2026',
    consumerName: '',
    businessName: 'MTBC',
    botAddress: 'privacy@example.com',
    originalSubject: 'Delete my data',
    ...data,
  });
}

describe('code_rejected (§7060-§7062, §7024(b))', () => {
  it('tells the person who answered how many tries are left, and keeps waiting', () => {
    const { state, actions } = rejectedWith(3);
    expect(state.status).toBe('awaiting_verification');
    expect(mails(actions)).toEqual([
      expect.objectContaining({ template: 'code-rejected', to: 'requester', data: expect.objectContaining({ attemptsLeft: 3, oneTryLeft: false, detailsInsufficient: false }) }),
    ]);
    expect(actions).not.toContainEqual(expect.objectContaining({ kind: 'flag_staff' }));
  });

  it('writes to the consumer, not the agent, for an agent’s request: the consumer answered the challenge (§7063(a)(2))', () => {
    expect(mails(rejectedWith(1, { requester: 'agent' }).actions)[0]).toMatchObject({ to: 'consumer', data: { oneTryLeft: true } });
  });

  it('with no tries left, hands the request to staff and says so in the same mail', () => {
    const { state, actions } = rejectedWith(0);
    expect(state.status).toBe('needs_staff');
    expect(actions).toContainEqual({ kind: 'flag_staff', reason: 'verification_attempts_exhausted' });
    expect(mails(actions)[0]).toMatchObject({ template: 'code-rejected', data: { attemptsLeft: 0 } });
  });

  it('says the code was right when only the details failed to verify', () => {
    const { actions } = rejectedWith(2, { detailsInsufficient: true });
    expect(mails(actions)[0]?.data).toMatchObject({ detailsInsufficient: true });
    expect(actions.find((a) => a.kind === 'audit')).toMatchObject({ event: 'code_rejected', detail: { attemptsLeft: 2, detailsInsufficient: true } });
  });
});

describe('the code-rejected message, in the request’s language', () => {
  it('gives the tries left and what happens when none are (English)', () => {
    const several = render('en', { attemptsLeft: 3, oneTryLeft: false, detailsInsufficient: false }).text;
    expect(several).toContain('does not match the one we sent you');
    expect(several).toContain('You have 3 more tries.');
    expect(several).toContain('a member of our privacy team will contact you');
    expect(several).toContain('February 19, 2026');
    expect(render('en', { attemptsLeft: 1, oneTryLeft: true }).text).toContain('You have one more try.');
    const none = render('en', { attemptsLeft: 0, oneTryLeft: false }).text;
    expect(none).toContain('No tries are left');
    expect(none).not.toContain('more tr');
    expect(render('en', { attemptsLeft: 2, detailsInsufficient: true }).text).toContain('The code was correct, but the details you gave did not match');
  });

  it('gives the tries left and what happens when none are (Spanish, usted)', () => {
    const out = render('es', { attemptsLeft: 2, oneTryLeft: false, detailsInsufficient: false });
    expect(out.text).toContain('no coincide con el que le enviamos');
    expect(out.text).toContain('Le quedan 2 intentos más.');
    expect(out.html).toContain('<html lang="es">');
    expect(render('es', { attemptsLeft: 1, oneTryLeft: true }).text).toContain('Le queda un intento más.');
    expect(render('es', { attemptsLeft: 0 }).text).toContain('No le quedan intentos');
    expect(out.subject).toBe('Re: Delete my data');
  });

  it('never repeats the code the person sent', () => {
    const out = render('en', { attemptsLeft: 4, code: 'ZZZZ-9999' });
    expect(out.text).not.toContain('ZZZZ');
    expect(out.html).not.toContain('ZZZZ');
  });
});
