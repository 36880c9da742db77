import type { DigestInput, DigestRequestRow } from '../../../src/digest/digest-types.js';

/** The digest's "now": 08:00 in Los Angeles on Tuesday 24 November 2026. */
export const DIGEST_NOW = new Date('2026-11-24T16:00:00Z');
export const DIGEST_ZONE = 'America/Los_Angeles';

function row(fields: Partial<DigestRequestRow> & Pick<DigestRequestRow, 'reference' | 'dueDate'>): DigestRequestRow {
  return {
    type: 'deletion',
    requester: 'dana.whitfield@example.org',
    status: 'in_progress',
    holdReason: null,
    receivedAt: new Date('2026-10-20T17:00:00Z'),
    updatedAt: new Date('2026-11-01T17:00:00Z'),
    openFlags: [],
    ...fields,
  };
}

/** Fictional requests covering every digest section, a question and a HIPAA matter, and one of each problem kind. */
export function sampleDigestInput(): DigestInput {
  return {
    lastDigestAt: new Date('2026-11-23T16:00:00Z'),
    requests: [
      row({ reference: 'CCPA-2026-000101', dueDate: '2026-11-20', type: 'access', requester: 'lee.park@example.org', status: 'needs_staff', openFlags: ['overdue'] }),
      row({ reference: 'CCPA-2026-000102', dueDate: '2026-11-24', requester: 'morgan.reyes@example.net' }),
      row({ reference: 'CCPA-2026-000103', dueDate: '2026-11-30', type: 'correction', status: 'awaiting_verification', requester: 'quinn.abara@example.org' }),
      row({ reference: 'CCPA-2026-000104', dueDate: '2026-12-10', type: 'access', status: 'on_hold', holdReason: 'agent_permission', requester: 'authorized.agent.services.department@privacy-agents.example.com', assignee: 'sam.ortiz@example.com' }),
      row({ reference: 'CCPA-2026-000105', dueDate: '2027-01-07', status: 'received', requester: 'river.chen@example.org', receivedAt: new Date('2026-11-23T19:30:00Z'), openFlags: ['low_confidence', 'hipaa_mentioned'] }),
      row({ reference: 'CCPA-2026-000106', dueDate: '2027-01-21', type: 'access', status: 'extended' }),
      // Not CCPA requests: the store gives them a due date, which must show nowhere (would be overdue).
      row({ reference: 'CCPA-2026-000107', dueDate: '2026-11-10', type: 'question', status: 'needs_staff', requester: 'sky.nguyen@example.org', openFlags: ['question'] }),
      row({ reference: 'CCPA-2026-000108', dueDate: '2026-11-26', type: 'hipaa_matter', status: 'needs_staff', requester: 'pat.olsen@example.org', openFlags: ['hipaa_matter'], assignee: 'alex.kim@example.com' }),
      row({ reference: 'CCPA-2026-000099', dueDate: '2026-12-01', status: 'completed', updatedAt: new Date('2026-11-23T22:00:00Z') }),
      row({ reference: 'CCPA-2026-000098', dueDate: '2026-12-01', status: 'denied', updatedAt: new Date('2026-11-10T22:00:00Z') }),
    ],
    problems: [
      { kind: 'bounce', reference: 'CCPA-2026-000102', summary: 'morgan.reyes@example.net: 5.1.1 user unknown', at: new Date('2026-11-23T20:00:00Z') },
      { kind: 'refused_staff_reply', reference: 'CCPA-2026-000101', summary: 'from alex.kim@example.com: authentication (dkim: no valid DKIM signature)', at: new Date('2026-11-24T01:00:00Z') },
      { kind: 'quarantined', reference: null, summary: 'message nested too deep <b>not bold</b>', at: new Date('2026-11-24T03:00:00Z') },
      { kind: 'stuck_outbox', reference: 'CCPA-2026-000105', summary: 'acknowledgement to river.chen@example.org: 4 attempts, last error 421', at: new Date('2026-11-20T03:00:00Z') },
      { kind: 'bounce', reference: 'CCPA-2026-000090', summary: 'old bounce, already reported', at: new Date('2026-11-02T03:00:00Z') },
    ],
  };
}
