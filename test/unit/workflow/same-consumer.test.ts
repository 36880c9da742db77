/** Who a request is about, for the limit of two access/portability requests per consumer in 12 months (ccpa-rules, Limits; §1798.130(b)). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addresseeData } from '../../../src/mail/addressee.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { ev, mails, newRequest, run } from '../decide/request-state-fixtures.js';
import { addressesOf, consumerOf, isSameConsumer, normalizeConsumerName, type RequestParties } from '../../../src/workflow/same-consumer.js';

const AGENT = 'jordan.ellis@agents.example.net';
const self = (address: string): RequestParties => ({ requesterRole: 'self', requesterAddress: address, consumerAddress: null, consumerName: null });
const byAgent = (consumerAddress: string | null, consumerName: string | null, agent = AGENT): RequestParties => ({ requesterRole: 'agent', requesterAddress: agent, consumerAddress, consumerName });
const same = (a: RequestParties, b: RequestParties) => isSameConsumer(consumerOf(a), consumerOf(b));

describe('consumerOf (§1798.130(b): the limit is per consumer, not per requester)', () => {
  it('is the requester for a self request, and the consumer for an agent or a parent', () => {
    expect(consumerOf(self('Mei.Tanaka@example.net'))).toEqual({ address: 'mei.tanaka@example.net', representative: null });
    expect(consumerOf(byAgent('priya.natarajan@example.net', 'Priya Natarajan'))).toEqual({
      address: 'priya.natarajan@example.net',
      representative: { address: AGENT, consumerName: 'priya natarajan' },
    });
    expect(consumerOf({ requesterRole: 'parent', requesterAddress: 'sam.park@example.net', consumerAddress: null, consumerName: 'Leo Park' })).toEqual({
      address: null,
      representative: { address: 'sam.park@example.net', consumerName: 'leo park' },
    });
  });

  it('has no identity at all for an agent who named neither the consumer’s address nor their name', () => {
    expect(consumerOf(byAgent(null, null))).toEqual({ address: null, representative: null });
    expect(addressesOf(consumerOf(byAgent(null, null)))).toEqual([]);
  });

  it('reads names without case, accents or punctuation', () => {
    expect(normalizeConsumerName('  Lucía   FERNÁNDEZ, ')).toBe('lucia fernandez');
  });
});

describe('isSameConsumer (§1798.130(b))', () => {
  it('does not count an agent’s other clients against each other, nor against the agent', () => {
    expect(same(byAgent('priya.natarajan@example.net', 'Priya Natarajan'), byAgent('noor.haddad@example.net', 'Noor Haddad'))).toBe(false);
    expect(same(byAgent(null, 'Priya Natarajan'), byAgent(null, 'Noor Haddad'))).toBe(false);
    expect(same(self(AGENT), byAgent('priya.natarajan@example.net', 'Priya Natarajan'))).toBe(false);
    expect(same(self(AGENT), byAgent(null, 'Priya Natarajan'))).toBe(false);
  });

  it('counts a consumer’s own request and one made for them by an agent together', () => {
    expect(same(self('priya.natarajan@example.net'), byAgent('Priya.Natarajan@example.net', 'Priya Natarajan'))).toBe(true);
    expect(same(byAgent('priya.natarajan@example.net', null), self('priya.natarajan@example.net'))).toBe(true);
    expect(same(byAgent('priya.natarajan@example.net', 'P. N.'), byAgent('priya.natarajan@example.net', 'Priya', 'other.agent@example.org'))).toBe(true);
  });

  it('without the consumer’s address, matches only the same representative naming the same consumer', () => {
    expect(same(byAgent(null, 'Priya Natarajan'), byAgent('priya.natarajan@example.net', 'priya natarajan'))).toBe(true);
    expect(same(byAgent(null, 'Priya Natarajan'), byAgent(null, 'Priya Natarajan', 'other.agent@example.org'))).toBe(false);
    expect(same(byAgent(null, 'Priya Natarajan'), self('priya.natarajan@example.net'))).toBe(false);
    expect(same(byAgent(null, null), byAgent(null, null))).toBe(false);
  });

  it('keeps two consumers with the same name apart when their addresses differ', () => {
    expect(same(byAgent('alex.kim@example.net', 'Alex Kim'), byAgent('alex.kim@example.org', 'Alex Kim'))).toBe(false);
  });

  it('keeps a parent’s own requests apart from those for their child', () => {
    const forLeo: RequestParties = { requesterRole: 'parent', requesterAddress: 'sam.park@example.net', consumerAddress: null, consumerName: 'Leo Park' };
    const forMia: RequestParties = { ...forLeo, consumerName: 'Mia Park' };
    expect(same(self('sam.park@example.net'), forLeo)).toBe(false);
    expect(same(forLeo, forMia)).toBe(false);
    expect(same(forLeo, { ...forLeo })).toBe(true);
  });
});

describe('the limit-reached explanation names whose requests were counted (§1798.130(b))', () => {
  const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
  const text = (lang: 'en' | 'es', onBehalf: boolean) =>
    templates
      .render('limit-reached', lang, {
        reference: 'CCPA-2026-000123',
        receivedDate: 'January 5, 2026',
        businessName: 'MTBC',
        denialReason: 'too_many_requests',
        ...addresseeData({ role: onBehalf ? 'agent' : 'consumer', consumerName: 'Priya Natarajan', lang }),
      })
      .text.replace(/\s+/g, ' ');

  it('tells an agent or a parent that the consumer’s requests were counted, and a consumer that those made for them were', () => {
    expect(mails(run(newRequest('access', 'agent'), ev({ kind: 'limit_exceeded', newRequestFrom: '2026-04-01' })).actions)[0]?.data).toMatchObject({ onBehalf: true });
    expect(mails(run(newRequest('access'), ev({ kind: 'limit_exceeded', newRequestFrom: '2026-04-01' })).actions)[0]?.data).toMatchObject({ onBehalf: false });
    expect(text('en', true)).toContain('two such requests about Priya Natarajan, made by them or on their behalf');
    expect(text('en', false)).toContain('two such requests from you or made on your behalf');
    expect(text('es', true)).toContain('dos solicitudes de este tipo sobre Priya Natarajan, presentadas por esa persona o en su nombre');
    expect(text('es', false)).toContain('dos solicitudes de este tipo presentadas por usted o en su nombre');
  });
});
