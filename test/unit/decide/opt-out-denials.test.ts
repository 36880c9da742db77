/**
 * Opt-out and limit need no verification (ccpa-rules, Request types; §7060(b)), so the only denial
 * is a documented belief of fraud, explained to the requester (§7026(e), §7027(e)). Issue 18 item 2.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DENIAL_REASONS } from '../../../src/pipeline/decide/denial-reasons.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import type { RequestEvent, RequestState } from '../../../src/pipeline/decide/request-state.js';
import type { RequestType } from '../../../src/pipeline/types.js';
import { STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const OPT_OUT_LIKE: RequestType[] = ['opt_out', 'limit_sensitive'];
const confirmed = (type: RequestType): RequestState => run(newRequest(type), ev({ kind: 'acknowledged' })).state;
const code = (state: RequestState, event: RequestEvent) => {
  const result = transition(state, event);
  return result.ok ? 'accepted' : result.rejection.code;
};
const deny = (reason: (typeof DENIAL_REASONS)[number], note?: string) => ev({ kind: 'staff_deny', reason, actor: STAFF, ...(note ? { note } : {}) });

describe('an opt-out or limit is never denied for verification (§7060(b))', () => {
  it.each(OPT_OUT_LIKE)('%s: staff may deny for no reason but suspected fraud', (type) => {
    for (const reason of DENIAL_REASONS.filter((r) => r !== 'suspected_fraud')) {
      expect(code(confirmed(type), deny(reason, 'a note')), reason).toBe('opt_out_denied_only_for_fraud');
    }
    expect(code(confirmed(type), deny('suspected_fraud', 'The request came from an address that was reported stolen.'))).toBe('accepted');
  });

  it('still lets staff deny other request types for any reason (§1798.145(i)(2))', () => {
    const access = run(newRequest('access'), ev({ kind: 'acknowledged' })).state;
    expect(code(access, deny('unverifiable'))).toBe('accepted');
  });

  it('is not denied as unverifiable by the deadline sweep, even while an agent’s permission is awaited; staff are flagged', () => {
    const waiting = run(newRequest('opt_out', 'agent'), ev({ kind: 'acknowledged' })).state;
    expect(waiting).toMatchObject({ status: 'on_hold', hold: { reason: 'agent_permission' } });
    const { state, actions } = run(waiting, ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-02-01T18:00:00Z') }));
    expect(state).toMatchObject({ status: 'needs_staff', denialReason: null });
    expect(mails(actions)).toEqual([]);
    expect(actions).toContainEqual({ kind: 'flag_staff', reason: 'overdue' });
    expect(code(waiting, ev({ kind: 'verification_expired' }))).toBe('verification_not_required');
  });
});

describe('the fraud denial carries the explanation §7026(e) requires', () => {
  it('is refused without the reasons we believe it is fraudulent', () => {
    expect(code(confirmed('opt_out'), deny('suspected_fraud'))).toBe('fraud_denial_needs_explanation');
    expect(code(confirmed('limit_sensitive'), deny('suspected_fraud', '   '))).toBe('fraud_denial_needs_explanation');
  });

  const why = 'The message came from an address the consumer told us on 2026-01-02 had been taken over.';
  it.each([
    ['en', 'We will not comply with this request', 'documented belief that it\nis fraudulent', '§7026(e)'],
    ['es', 'No atenderemos esta solicitud', 'documentada de que es\nfraudulenta', '§7026(e)'],
  ] as const)('says in %s that we will not comply, why, and cites §7026(e)', (lang, refusal, belief, section) => {
    const { actions } = run(confirmed('opt_out'), deny('suspected_fraud', why));
    const [mail] = mails(actions);
    expect(mail).toMatchObject({ template: 'denial', data: { denialReason: 'suspected_fraud', optOutLike: true, staffNote: why } });
    const out = templates.render('denial', lang, { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'd', ...mail!.data });
    expect(out.text).toContain(refusal);
    expect(out.text).toContain(belief);
    expect(out.text).toContain(section);
    expect(out.text).toContain(why);
    expect(out.html).toContain(section);
    expect(out.text).not.toContain(lang === 'en' ? 'we will explain how to verify your identity' : 'cómo verificar su identidad');
  });
});
