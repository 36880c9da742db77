import { describe, expect, it } from 'vitest';
import { judgeAuthenticationResults } from '../../../src/staff/judge-authentication-results.js';
import { parseAuthenticationResults } from '../../../src/staff/parse-authentication-results.js';
import { rawAuthenticationResults } from '../../../src/staff/raw-authentication-results.js';

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

describe('rawAuthenticationResults: the headers in the order of the raw message (RFC 8601 §5)', () => {
  it('returns every Authentication-Results value topmost first, unfolded, whatever the case or obsolete spacing of the name', () => {
    const raw = [
      'Authentication-Results: mx.example.com;',
      '\tdkim=none;',
      ' dmarc=fail header.from=example.com',
      'Received: from mail.example.net by mx.example.com; Tue, 24 Nov 2026 10:00:01 -0800',
      'authentication-results : mx.example.com; dkim=pass header.d=example.com',
      'From: Alex Kim <alex.kim@example.com>',
      '',
      'Authentication-Results: mx.example.com; dmarc=pass header.from=example.com',
      '',
    ].join('\r\n');
    expect(rawAuthenticationResults(Buffer.from(raw))).toEqual(['mx.example.com;\tdkim=none; dmarc=fail header.from=example.com', 'mx.example.com; dkim=pass header.d=example.com']);
    expect(rawAuthenticationResults(Buffer.from(raw.replace(/\r\n/g, '\n')))).toHaveLength(2);
  });
});

describe('judgeAuthenticationResults: only the topmost header, and only the trusted server (email-rules §4, RFC 8601 §5)', () => {
  const trusted = 'mx.example.com';
  const both = 'dmarc=pass header.from=example.com; dkim=pass header.d=example.com';

  it('passes on dmarc=pass for the From domain together with dkim=pass signed by the From domain', () => {
    expect(judgeAuthenticationResults([`mx.example.com; ${both}`], trusted, 'example.com')).toEqual({ verdict: 'pass', detail: 'mx.example.com: dmarc=pass (example.com), dkim=pass (example.com)' });
    expect(judgeAuthenticationResults([`MX.Example.COM 1; spf=pass smtp.mailfrom=example.com; ${both}`], 'MX.EXAMPLE.com', 'Example.com').verdict).toBe('pass');
  });

  it('fails dmarc=pass without an aligned dkim=pass, and dkim=pass without dmarc=pass', () => {
    expect(judgeAuthenticationResults(['mx.example.com; dmarc=pass header.from=example.com'], trusted, 'example.com')).toMatchObject({ verdict: 'fail', reason: 'no_aligned_dkim_pass' });
    expect(judgeAuthenticationResults(['mx.example.com; dkim=pass header.d=example.com'], trusted, 'example.com')).toMatchObject({ verdict: 'fail', reason: 'no_dmarc_pass' });
  });

  it('takes the domain of header.i when the server names only the signing identity, as Gmail writes it (RFC 6376 §3.5)', () => {
    const judge = (results: string) => judgeAuthenticationResults([`mx.example.com; ${results}`], trusted, 'example.com').verdict;
    expect(judge('dkim=pass header.i=@example.com header.s=google header.b=AbCd; spf=pass smtp.mailfrom=alex@example.com; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com')).toBe('pass');
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.i=alex.kim@example.com')).toBe('pass');
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.i=@example.net')).toBe('fail');
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.i=@mail.example.com')).toBe('fail');
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.i=example.com@')).toBe('fail');
  });

  it('fails a pass that is not aligned with From: another signing domain, DMARC of another From or with no header.from, SPF alone', () => {
    const judge = (results: string) => judgeAuthenticationResults([`mx.example.com; ${results}`], trusted, 'example.com').verdict;
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.d=example.net')).toBe('fail');
    expect(judge('dmarc=pass header.from=example.com; dkim=pass header.d=com')).toBe('fail');
    expect(judge('dmarc=pass header.from=example.net; dkim=pass header.d=example.com')).toBe('fail');
    expect(judge('dmarc=pass; dkim=pass header.d=example.com')).toBe('fail');
    expect(judge('spf=pass smtp.mailfrom=example.com')).toBe('fail');
  });

  it('counts the topmost header only: a lower trusted header is ignored, whatever it says', () => {
    expect(judgeAuthenticationResults(['mx.example.com; dkim=none; dmarc=fail header.from=example.com', `mx.example.com; ${both}`], trusted, 'example.com')).toEqual({
      verdict: 'fail',
      reason: 'no_dmarc_pass',
      detail: 'mx.example.com: dkim=none, dmarc=fail (example.com)',
    });
    // Not even a run of trusted headers counts: the MX's own header may report no DKIM or DMARC at all.
    expect(judgeAuthenticationResults(['mx.example.com; spf=pass smtp.mailfrom=example.com', `mx.example.com; ${both}`], trusted, 'example.com').verdict).toBe('fail');
  });

  it('refuses when the topmost header is another server’s and a lower one claims the trusted authserv-id', () => {
    expect(judgeAuthenticationResults([`evil.example.net; ${both}`, `mx.example.com; ${both}`], trusted, 'example.com')).toMatchObject({ verdict: 'fail', reason: 'trusted_header_not_topmost' });
    expect(judgeAuthenticationResults([`dkim=pass header.d=example.com`, `mx.example.com; ${both}`], trusted, 'example.com')).toMatchObject({ verdict: 'fail', reason: 'trusted_header_not_topmost' });
  });

  it('is absent when no header claims the trusted authserv-id, or no server is trusted, so the bot verifies DKIM itself', () => {
    expect(judgeAuthenticationResults([`evil.example.net; ${both}`], trusted, 'example.com')).toEqual({ verdict: 'absent' });
    expect(judgeAuthenticationResults([], trusted, 'example.com')).toEqual({ verdict: 'absent' });
    expect(judgeAuthenticationResults([`mx.example.com; ${both}`], null, 'example.com')).toEqual({ verdict: 'absent' });
  });
});
