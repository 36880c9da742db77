import { createHash } from 'node:crypto';

/**
 * The Message-ID every staff mail about one request refers to, so each staff member's mail
 * client shows one thread per request (issue 6: "one message per thread"). It is never sent
 * itself; clients thread on References (RFC 5322 §3.6.4) and the subject tag.
 */
export function staffThreadRoot(reference: string, staffAddress: string, domain: string): string {
  const who = createHash('sha256').update(staffAddress.toLowerCase()).digest('hex').slice(0, 12);
  return `ccpa-mailbot.staff.${reference.toLowerCase()}.${who}@${domain}`;
}
