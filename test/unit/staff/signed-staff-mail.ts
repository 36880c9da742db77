import { generateKeyPairSync } from 'node:crypto';
import { dkimSign, type DNSResolver } from 'mailauth';

/**
 * Test DKIM keys and a stub DNS resolver, so staff replies can be signed and verified with no
 * network: `selector._domainkey.domain` TXT records come from this map only.
 */
export function testDkim(): { sign(raw: string, domain: string): Promise<string>; resolver: DNSResolver; publish(domain: string): void } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
  const published = new Map<string, string>();
  return {
    publish(domain) {
      published.set(`test._domainkey.${domain}`, record);
    },
    async sign(raw, domain) {
      // mailauth 4.13 signs only what is in signatureData; the top-level fields satisfy its types.
      // signTime is given once: left out, mailauth reads the clock twice (for the signed t= and the
      // written one), and a signature made across a second boundary never verifies (seen about
      // once in 600 signatures; it had failed a CI run).
      const key = { signingDomain: domain, selector: 'test', privateKey: pem };
      const signed = await dkimSign(raw, { ...key, signatureData: [key], signTime: new Date() });
      return signed.signatures + raw;
    },
    resolver: async (name, type) => {
      const txt = type === 'TXT' ? published.get(name.toLowerCase()) : undefined;
      if (txt) return [[txt]];
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    },
  };
}

/** A staff reply as a mail client sends it: the command on top, the flag mail quoted. */
export function staffReply(opts: { from: string; to: string; messageId: string; body?: string; extraHeaders?: string[] }): string {
  return [
    ...(opts.extraHeaders ?? []),
    `From: Alex Kim <${opts.from}>`,
    `To: ${opts.to}`,
    'Subject: Re: [CCPA-2026-000123] Needs staff: agent request',
    'Date: Tue, 24 Nov 2026 10:00:00 -0800',
    `Message-ID: <${opts.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body ?? 'approve',
    '',
    'On Mon, Nov 23, 2026 at 9:12 AM MTBC Privacy Bot <compliance@example.com> wrote:',
    '> Request CCPA-2026-000123 needs you.',
    '',
  ].join('\r\n');
}
