/**
 * Which event, in which state, hands a request to staff: every flag of a request event comes out
 * of transition(), from the one table (pipeline/decide/flags-raised.ts), with the reason's text
 * for staff (staff-flag-reasons.ts).
 */
import { describe, expect, it } from 'vitest';
import { STAFF_FLAG_REASONS, flagReasonText } from '../../../src/pipeline/decide/staff-flag-reasons.js';
import type { RequestState, StaffFlagAction, WorkflowAction } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { CHALLENGE, STAFF, ev, newRequest, run } from './request-state-fixtures.js';

const ACK = ev({ kind: 'acknowledged' });
const flags = (actions: WorkflowAction[]) => actions.filter((a): a is StaffFlagAction => a.kind === 'flag_staff');
const reasons = (actions: WorkflowAction[]) => flags(actions).map((f) => f.reason);
const waiting = (type: Parameters<typeof newRequest>[0] = 'deletion') => run(newRequest(type), ACK, CHALLENGE).state;

describe('verified and ready for staff to carry out', () => {
  it('an opt-out or limit, at once: no verification may be required (§7060(b)), 15 business days to act (§7026(f))', () => {
    for (const type of ['opt_out', 'limit_sensitive'] as const) expect(reasons(run(newRequest(type), ACK).actions)).toEqual(['verified_ready']);
  });

  it("an agent's opt-out, once the signed permission is in (§7063(a)(1))", () => {
    const held = run(newRequest('opt_out', 'agent'), ACK);
    expect(reasons(held.actions)).toEqual([]);
    expect(reasons(run(held.state, ev({ kind: 'agent_permission_received', actor: 'consumer' })).actions)).toEqual(['verified_ready']);
  });

  it('a request whose code and details verified (§7060-§7062)', () => {
    expect(reasons(run(waiting(), ev({ kind: 'code_accepted', actor: 'consumer' })).actions)).toEqual(['verified_ready']);
  });

  it('not a request that still waits for verification, nor one staff approve themselves', () => {
    expect(reasons(run(newRequest(), ACK).actions)).toEqual([]);
    expect(reasons(run(newRequest('deletion', 'agent'), ACK, ev({ kind: 'agent_permission_received', actor: 'consumer' })).actions)).toEqual([]);
    expect(reasons(run(waiting(), ev({ kind: 'staff_approve', actor: STAFF })).actions)).toEqual([]);
  });
});

describe('verification a person must finish (ccpa-rules, Verification rules)', () => {
  it('tries used up: staff verify another way, never a silent denial (§7024(b))', () => {
    expect(reasons(run(waiting(), ev({ kind: 'code_rejected', attemptsLeft: 1 })).actions)).toEqual([]);
    expect(reasons(run(waiting(), ev({ kind: 'code_rejected', attemptsLeft: 0 })).actions)).toEqual(['verification_attempts_exhausted']);
  });

  it('details that contradict the record, whether the request verified or not, naming the kinds only', () => {
    const accepted = run(waiting(), ev({ kind: 'code_accepted', mismatched: ['date_of_birth'] }));
    expect(flags(accepted.actions)).toEqual([
      { kind: 'flag_staff', reason: 'verified_ready' },
      { kind: 'flag_staff', reason: 'data_point_mismatch', detail: { kinds: ['date_of_birth'] } },
    ]);
    const rejected = run(waiting(), ev({ kind: 'code_rejected', attemptsLeft: 0, detailsInsufficient: true, mismatched: ['phone'] }));
    expect(reasons(rejected.actions)).toEqual(['verification_attempts_exhausted', 'data_point_mismatch']);
    expect(reasons(run(waiting(), ev({ kind: 'code_accepted', mismatched: [] })).actions)).toEqual(['verified_ready']);
  });

  it('a right code but no directory record of the consumer: denied as unverifiable (§7024(b)) and staff told why', () => {
    const { state, actions } = run(waiting(), ev({ kind: 'verification_expired', noDirectoryRecord: true }));
    expect(state.status).toBe('denied');
    expect(reasons(actions)).toEqual(['no_directory_record']);
    expect(reasons(run(waiting(), ev({ kind: 'verification_expired' })).actions)).toEqual([]);
  });

  it('no consumer directory to match against (§7060(c)(1)): staff verify by hand, the request waits', () => {
    const { state, actions } = run(newRequest(), ACK, ev({ kind: 'verification_unavailable', reason: 'directory_empty' }));
    expect(state.status).toBe('received');
    expect(flags(actions)).toEqual([{ kind: 'flag_staff', reason: 'verify_manually', detail: { reason: 'consumer directory is empty' } }]);
    expect(actions[0]).toMatchObject({ kind: 'audit', event: 'verification_unavailable', detail: { reason: 'consumer directory is empty' } });
  });

  it("an agent's consumer with no known address cannot confirm directly (§7063(a)(2))", () => {
    const received = run(newRequest('deletion', 'agent'), ACK, ev({ kind: 'agent_permission_received', actor: 'consumer' })).state;
    expect(reasons(run(received, ev({ kind: 'verification_unavailable', reason: 'consumer_address_unknown' })).actions)).toEqual(['consumer_address_unknown']);
  });

  it('a code from another address proves nothing (email-rules §4): no try is counted, staff look', () => {
    const { state, actions } = run(waiting(), ev({ kind: 'code_from_other_address', sender: 'someone.else@example.net' }));
    expect(state.status).toBe('awaiting_verification');
    expect(flags(actions)).toEqual([{ kind: 'flag_staff', reason: 'code_from_other_address', detail: { sender: 'someone.else@example.net' } }]);
    expect(transition(newRequest(), ev({ kind: 'code_from_other_address', sender: 'x@example.net' }))).toMatchObject({ ok: false, rejection: { code: 'invalid_transition' } });
  });
});

describe('who may ask (§7070) and the clocks (§1798.130(a)(2))', () => {
  it("a parent's proof is judged by a person", () => {
    expect(reasons(run(newRequest('access', 'parent'), ACK, ev({ kind: 'parent_proof_received', actor: 'consumer' })).actions)).toEqual(['parent_proof_to_review']);
  });

  it('a deadline near: one alert per deadline, naming it and where the request stands; the request does not move', () => {
    const before: RequestState = run(newRequest(), ACK).state;
    const { state, actions } = run(before, ev({ kind: 'deadline_near', deadline: '2026-02-19', messageId: null }));
    expect(state).toEqual(before);
    expect(flags(actions)).toEqual([{ kind: 'flag_staff', reason: 'due_soon', detail: { deadline: '2026-02-19', status: 'received' } }]);
    expect(actions[0]).toMatchObject({ kind: 'audit', event: 'deadline_near', detail: { deadline: '2026-02-19' } });
  });

  it('overdue with no decision: flagged once; an unverified request is denied instead, unflagged (§7024(b))', () => {
    const late = ev({ kind: 'sweep_overdue', at: new Date('2026-02-21T18:00:00Z'), messageId: null });
    const approved = run(waiting(), ev({ kind: 'staff_approve', actor: STAFF })).state;
    const first = run(approved, late);
    expect(reasons(first.actions)).toEqual(['overdue']);
    expect(transition(first.state, late)).toMatchObject({ ok: false, rejection: { code: 'not_overdue' } });
    expect(reasons(run(waiting(), late).actions)).toEqual([]);
  });
});

describe('the one list of reasons', () => {
  it('gives every reason a request event can raise a text for staff', () => {
    const raisedByEvents = ['verified_ready', 'verification_attempts_exhausted', 'data_point_mismatch', 'no_directory_record', 'verify_manually', 'consumer_address_unknown', 'code_from_other_address', 'parent_proof_to_review', 'due_soon', 'overdue'] as const;
    for (const reason of raisedByEvents) {
      expect(STAFF_FLAG_REASONS).toContain(reason);
      expect(flagReasonText(reason)).not.toBe(reason);
    }
  });
});
