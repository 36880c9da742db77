import type { RequesterRole } from '../pipeline/types.js';

/** What the record holds about who asked and for whom. */
export interface RequestParties {
  requesterRole: RequesterRole;
  requesterAddress: string;
  consumerAddress: string | null;
  consumerName: string | null;
}

/**
 * Who a request is about. A consumer asking for themselves is known by their address. For an
 * agent's or a parent's request the consumer is known by their own address when the message gave
 * one, else only as "the consumer this representative named", by name.
 */
export interface ConsumerIdentity {
  address: string | null;
  representative: { address: string; consumerName: string } | null;
}

/** Lower case, accents and punctuation dropped: "Lucía  Fernández" and "lucia fernandez" are one name. */
export function normalizeConsumerName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The consumer a request is about: the requester for a self request, never an agent or a parent (§1798.130(b) counts per consumer). */
export function consumerOf(parties: RequestParties): ConsumerIdentity {
  if (parties.requesterRole === 'self') return { address: parties.requesterAddress.toLowerCase(), representative: null };
  const name = normalizeConsumerName(parties.consumerName ?? '');
  return {
    address: parties.consumerAddress?.toLowerCase() ?? null,
    representative: name === '' ? null : { address: parties.requesterAddress.toLowerCase(), consumerName: name },
  };
}

/**
 * True only when two requests are surely about the same consumer: the same consumer address, or,
 * where one of them lacks it, the same representative naming the same consumer. A doubt counts
 * as a different consumer: wrongly refusing a third request denies a right, wrongly answering it
 * costs the business one more answer.
 */
export function isSameConsumer(a: ConsumerIdentity, b: ConsumerIdentity): boolean {
  if (a.address !== null && b.address !== null) return a.address === b.address;
  if (a.representative === null || b.representative === null) return false;
  return a.representative.address === b.representative.address && a.representative.consumerName === b.representative.consumerName;
}

/** The addresses under which a consumer's earlier requests are filed: their own, and their representative's. */
export function addressesOf(identity: ConsumerIdentity): string[] {
  return [...new Set([identity.address, identity.representative?.address ?? null].filter((a): a is string => a !== null))];
}
