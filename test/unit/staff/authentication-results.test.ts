import { describe, expect, it } from 'vitest';
import { judgeAuthenticationResults } from '../../../src/staff/judge-authentication-results.js';
import { parseAuthenticationResults } from '../../../src/staff/parse-authentication-results.js';

describe('parseAuthenticationResults (RFC 8601 §2.2)', () => {
  it('reads authserv-id, version, methods, reasons and properties, ignoring comments', () => {
    const parsed = parseAuthenticationResults(
      'mx.example.com 1; dkim=pass (2048-bit key; secure) header.d=example.com header.s=sel header.b="AbC;d"; ' +
        'spf=pass (sender is authorized) smtp.mailfrom=example.com; dmarc/1=fail reason="policy (p=reject)" header.from=example.com',
    );
    expect(parsed).toEqual({
      authservId: 'mx.example.com',
      results: [
        { method: 'dkim', result: 'pass', reason: null, properties: { 'header.d': 'example.com', 'header.s': 'sel', 'header.b': 'AbC;d' } },
        { method: 'spf', result: 'pass', reason: null, properties: { 'smtp.mailfrom': 'example.com' } },
        { method: 'dmarc', result: 'fail', reason: 'policy (p=reject)', properties: { 'header.from': 'example.com' } },
      ],
    });
  });

  it('reads "none" as no results, and refuses a header without an authserv-id', () => {
    expect(parseAuthenticationResults('mx.example.com; none')).toEqual({ authservId: 'mx.example.com', results: [] });
    expect(parseAuthenticationResults('; dkim=pass header.d=example.com')).toBeNull();
    expect(parseAuthenticationResults('dkim=pass header.d=example.com')).toBeNull();
  });

  it('lower-cases the authserv-id and the results (RFC 8601 §2.5: case-insensitive)', () => {
    expect(parseAuthenticationResults('MX.Example.COM; DKIM=PASS header.d=example.com')?.results[0]).toMatchObject({ method: 'dkim', result: 'pass' });
    expect(parseAuthenticationResults('MX.Example.COM; none')?.authservId).toBe('mx.example.com');
  });
});

describe('judgeAuthenticationResults: only the trusted server counts (email-rules §4, RFC 8601 §5)', () => {
  const trusted = 'mx.example.com';

  it('passes on dmarc=pass for the From domain, or on dkim=pass signed by the From domain', () => {
    expect(judgeAuthenticationResults(['mx.example.com; dmarc=pass header.from=example.com'], trusted, 'example.com').verdict).toBe('pass');
    expect(judgeAuthenticationResults(['mx.example.com; dkim=pass header.d=example.com'], trusted, 'example.com').verdict).toBe('pass');
    expect(judgeAuthenticationResults(['mx.example.com; dkim=pass header.i=@example.com'], trusted, 'example.com').verdict).toBe('pass');
  });

  it('ignores a forged pass from an untrusted server, even above the trusted one', () => {
    const headers = ['evil.example.net; dmarc=pass header.from=example.com; dkim=pass header.d=example.com', 'mx.example.com; dmarc=fail header.from=example.com; dkim=none'];
    expect(judgeAuthenticationResults(headers, trusted, 'example.com')).toEqual({ verdict: 'fail', detail: 'mx.example.com: dmarc=fail (example.com), dkim=none' });
    expect(judgeAuthenticationResults(['evil.example.net; dmarc=pass header.from=example.com'], trusted, 'example.com')).toEqual({ verdict: 'absent' });
  });

  it('fails a pass that is not aligned with From: a DKIM signature of another domain, DMARC of another From, SPF alone', () => {
    expect(judgeAuthenticationResults(['mx.example.com; dkim=pass header.d=example.net'], trusted, 'example.com').verdict).toBe('fail');
    expect(judgeAuthenticationResults(['mx.example.com; dkim=pass header.d=com'], trusted, 'example.com').verdict).toBe('fail');
    expect(judgeAuthenticationResults(['mx.example.com; dmarc=pass header.from=example.net'], trusted, 'example.com').verdict).toBe('fail');
    expect(judgeAuthenticationResults(['mx.example.com; spf=pass smtp.mailfrom=example.com'], trusted, 'example.com').verdict).toBe('fail');
  });

  it('is absent when no server is configured as trusted, so the bot verifies DKIM itself', () => {
    expect(judgeAuthenticationResults(['mx.example.com; dmarc=pass header.from=example.com'], null, 'example.com')).toEqual({ verdict: 'absent' });
  });
});
