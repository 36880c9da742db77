import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/shared/logger.js';
import { DaemonWatch } from '../../../src/ops/daemon-watch.js';

describe('DaemonWatch (issue 17 must-shows 1 and 5)', () => {
  it('logs the backlog progress as JSON lines with handled, remaining, rate and time left, and counts messages', async () => {
    let text = '';
    const log = createLogger('info', new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) }));
    let t = 0;
    const watch = new DaemonWatch(log, () => new Date('2026-12-06T12:00:00Z'), () => t);
    watch.backlogFound(300);
    t = 6_000;
    watch.committed(Array.from({ length: 120 }, () => ({ verdict: 'human', category: 'privacy_request' })));
    t = 12_000;
    watch.committed(Array.from({ length: 180 }, () => ({ verdict: 'auto_reply', category: null })));
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.event, l.handled, l.remaining, l.perSecond, l.secondsLeft])).toEqual([
      ['backlog_progress', 120, 180, 20, 9],
      ['backlog_done', 300, 0, 25, 0],
    ]);
    expect(lines[0]?.msg).toBe('backlog: 120 handled, 180 to go, 20/s, about 9 s left');
    const metrics = await watch.registry.metrics();
    expect(metrics).toContain('ccpa_mailbot_messages_total{verdict="human",category="privacy_request"} 120');
    expect(metrics).toContain('ccpa_mailbot_messages_total{verdict="auto_reply",category="unclassified"} 180');
  });

  it('records the last read and the reconnects for /healthz and /metrics', async () => {
    const watch = new DaemonWatch(createLogger('silent'), () => new Date('2026-12-06T12:00:00Z'));
    expect(watch.lastReadAt).toBeNull();
    watch.mailboxRead();
    watch.reconnecting();
    watch.reconnecting();
    expect(watch.lastReadAt?.toISOString()).toBe('2026-12-06T12:00:00.000Z');
    const metrics = await watch.registry.metrics();
    expect(metrics).toContain('ccpa_mailbot_imap_reconnects_total 2');
    expect(metrics).toContain(`ccpa_mailbot_last_successful_poll_timestamp_seconds ${Date.parse('2026-12-06T12:00:00Z') / 1000}`);
  });
});
