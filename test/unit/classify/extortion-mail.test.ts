import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16: sextortion, a common scam in any mailbox, claims to hold the reader's devices or a
 * video of them and asks for money, often with no link at all. It is `other`, never answered. A
 * person whose account was broken into writes of someone else getting in, and asks us: that stays
 * a person's mail. Every message is fictional, written for this test.
 */
const classify = readPersonsMail;

describe('extortion over a claimed hack or video', () => {
  it.each([
    ['Your account', 'I have full access to your devices and your contacts. I made a video of you through your own camera. You know what to do.'],
    ['Su buzón', 'Este correo lo está recibiendo porque tengo acceso total a su buzón y a todos sus dispositivos. Le informo que cuento con un video suyo.'],
  ])('%s -> other', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.otherWhy).toMatch(/extortion over a claimed hack or video/);
  });

  it("a person whose account was broken into is asking us, not extorting", () => {
    const c = classify('Hacked', 'Someone got access to my account last night and changed my email address. Did you give my data to anyone? Please tell me what was accessed.');
    expect(['privacy_request', 'question']).toContain(c.category);
  });
});
