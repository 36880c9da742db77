import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { redactUrl } from '../../../src/shared/redact-url.js';

describe('loadConfig', () => {
  it('runs on the embedded default with nothing set', () => {
    const config = loadConfig({});
    expect(config.source).toEqual({ kind: 'maildir', path: './var/mail' });
    expect(config.transport).toEqual({ kind: 'directory', path: './var/outbox' });
    expect(config.databaseUrl).toBe('sqlite:./var/ccpa.sqlite');
    expect(config.timeZone).toBe('America/Los_Angeles');
    // The law's 45 days, not the notice's 90 (ccpa-rules, Clocks; §1798.130(a)(2)).
    expect(config.responseDays).toBe(45);
    // The daemon and `classify` share one default: 99% right of what is answered unreviewed (issue 16 item 3).
    expect(config.reviewThreshold).toBe(DEFAULT_REVIEW_THRESHOLD);
    expect(DEFAULT_REVIEW_THRESHOLD).toBe(0.99);
  });

  it('reads a real mailbox setup', () => {
    const config = loadConfig({
      IMAP_URL: 'imaps://bot%40example.com:pw@mail.example.com/INBOX',
      SMTP_URL: 'smtp://mail.example.com:587',
      BOT_ADDRESS: 'Compliance@Example.com',
      STAFF_ADDRESSES: ' a@example.com, B@example.com ,',
      DATABASE_URL: 'postgres://bot@db.example.com/ccpa',
      HOLIDAYS: '2026-12-25,2027-01-01',
    });
    expect(config.source).toMatchObject({ kind: 'imap', processedFolder: 'Processed' });
    expect(config.botAddress).toBe('compliance@example.com');
    expect(config.staffAddresses).toEqual(['a@example.com', 'b@example.com']);
    expect(config.holidays).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('lists every problem with what to fix, at once', () => {
    let error: unknown;
    try {
      loadConfig({ IMAP_URL: 'http://x', DATABASE_URL: 'mysql://x', STAFF_ADDRESSES: 'not-an-address', POLL_SCHEDULE: 'often' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('IMAP_URL must be a URL with scheme imap:// or imaps://');
    expect(message).toContain('DATABASE_URL must start with sqlite:');
    expect(message).toContain('STAFF_ADDRESSES.0 must be a plain address');
    expect(message).toContain('POLL_SCHEDULE must be a cron expression');
    expect(message).toContain('.env.example');
  });

  it('requires SMTP and a bot address once a real mailbox is configured', () => {
    expect(() => loadConfig({ IMAP_URL: 'imap://u:p@127.0.0.1:143/INBOX' })).toThrow(/SMTP_URL is required[\s\S]*BOT_ADDRESS is required/);
  });

  it('requires STAFF_ADDRESSES with a real mailbox: flagged requests must reach someone (issue 14 item 10)', () => {
    const mailbox = { IMAP_URL: 'imap://u:p@127.0.0.1:143/INBOX', SMTP_URL: 'smtp://127.0.0.1:25', BOT_ADDRESS: 'compliance@example.com' };
    expect(() => loadConfig(mailbox)).toThrow(/STAFF_ADDRESSES is required when IMAP_URL is set/);
    expect(loadConfig({ ...mailbox, STAFF_ADDRESSES: 'privacy-team@example.com' }).staffAddresses).toEqual(['privacy-team@example.com']);
    expect(loadConfig({}).staffAddresses).toEqual([]);
  });

  it('refuses staff addresses that are not plain addresses (issue 14 item 10), and a bad HIPAA_FORWARD_ADDRESS', () => {
    expect(() => loadConfig({ STAFF_ADDRESSES: 'staff@mtbc.com;officer' })).toThrow(/STAFF_ADDRESSES.0 must be a plain address/);
    expect(() => loadConfig({ HIPAA_FORWARD_ADDRESS: 'patient records' })).toThrow(/HIPAA_FORWARD_ADDRESS must be a plain address/);
    expect(loadConfig({ HIPAA_FORWARD_ADDRESS: 'Patient-Records@Example.com' }).workflow.hipaaForwardAddress).toBe('patient-records@example.com');
    expect(loadConfig({}).workflow.hipaaForwardAddress).toBeNull();
  });

  it('keeps automatic acceptance of an agent\'s permission off unless an operator turns it on (issue 14 item 6)', () => {
    expect(loadConfig({}).workflow.agentPermissionAutoAccept).toBe(false);
    expect(loadConfig({ AGENT_PERMISSION_AUTO_ACCEPT: 'true' }).workflow.agentPermissionAutoAccept).toBe(true);
    expect(() => loadConfig({ AGENT_PERMISSION_AUTO_ACCEPT: 'sometimes' })).toThrow(/AGENT_PERMISSION_AUTO_ACCEPT must be true or false/);
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('imap://bot:s3cret@127.0.0.1:143/INBOX')).toBe('imap://bot:***@127.0.0.1:143/INBOX');
  });
});
