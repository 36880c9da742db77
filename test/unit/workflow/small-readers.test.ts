/** Small pure readers of the workflow: withdrawal wording, the consumer's address, staff commands. */
import { describe, expect, it } from 'vitest';
import { detectWithdrawal } from '../../../src/workflow/detect-withdrawal.js';
import { findConsumerAddress } from '../../../src/workflow/find-consumer-address.js';
import { staffEvent } from '../../../src/staff/run-staff-action.js';

const NOW = new Date('2026-12-01T18:00:00Z');

describe('detectWithdrawal', () => {
  it('reads a withdrawal or a denied authorization, in English and Spanish', () => {
    expect(detectWithdrawal('Please withdraw my request.')).toBe(true);
    expect(detectWithdrawal('I did not authorize this')).toBe(true);
    expect(detectWithdrawal('Quiero cancelar mi solicitud, gracias.')).toBe(true);
    expect(detectWithdrawal('No autoricé a nadie.')).toBe(true);
  });

  it('leaves ordinary replies alone', () => {
    expect(detectWithdrawal('My code is 7KD9-Q2XA. I authorized this agent to make this request.')).toBe(false);
    expect(detectWithdrawal('Please cancel my newsletter subscription too.')).toBe(false);
  });
});

describe('findConsumerAddress (§7063(a)(2))', () => {
  it('takes the first address that is neither the agent’s nor ours', () => {
    expect(findConsumerAddress('Write to compliance@example.com or to Priya at Priya.Natarajan@example.net.', ['compliance@example.com', 'agent@example.net'])).toBe('priya.natarajan@example.net');
    expect(findConsumerAddress('Reach me at agent@example.net', ['agent@example.net'])).toBeNull();
  });
});

describe('staffEvent', () => {
  const base = { reference: 'CCPA-2026-000001', staff: 'rosa.alvarez' };

  it('turns a command into an event by the staff member', () => {
    expect(staffEvent({ ...base, kind: 'approve' }, NOW)).toEqual({ kind: 'staff_approve', at: NOW, actor: 'staff:rosa.alvarez', messageId: null });
    expect(staffEvent({ ...base, kind: 'deny', reason: 'not_california', message: 'You told us you live in Oregon.' }, NOW)).toMatchObject({ kind: 'staff_deny', reason: 'not_california', note: 'You told us you live in Oregon.' });
  });

  it('refuses a denial reason outside the fixed vocabulary and an extension without a reason (§1798.130(a)(2))', () => {
    expect(staffEvent({ ...base, kind: 'deny', reason: 'because' }, NOW)).toMatch(/fixed denial reasons/);
    expect(staffEvent({ ...base, kind: 'extend' }, NOW)).toMatch(/needs --reason/);
    expect(staffEvent({ ...base, kind: 'complete', reason: 'shredded' }, NOW)).toMatch(/deleted or deidentified/);
  });
});
