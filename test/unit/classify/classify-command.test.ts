import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerClassifyCommand } from '../../../src/cli/classify.js';
import { EVAL_DIR } from '../../eval/evaluate.js';

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(args: string[]): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter((l) => l !== ''));
    return true;
  });
  const program = new Command('ccpa-mailbot').exitOverride();
  registerClassifyCommand(program);
  await program.parseAsync(['node', 'ccpa-mailbot', 'classify', ...args]);
  return lines;
}

describe('ccpa-mailbot classify --json', () => {
  it('prints one JSON object per file with the documented fields', async () => {
    const files = ['multi-del-opt-1.eml', 'q-sell-1.eml', 'm-bounce-report-1.eml'].map((f) => `${EVAL_DIR}/mail/${f}`);
    // At 0.95 (an operator's choice below the default), where this letter is answered.
    const lines = await run(['--json', '--threshold', '0.95', ...files]);
    expect(lines).toHaveLength(3);
    const [request, question, bounce] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(request ?? {})).toEqual(['file', 'category', 'requestTypes', 'requester', 'lang', 'confidence', 'needsReview', 'reasons']);
    expect(request).toMatchObject({ file: files[0], category: 'privacy_request', requestTypes: ['deletion', 'opt_out'], requester: 'self', lang: 'en', needsReview: false });
    expect(question).toMatchObject({ category: 'question', requestTypes: [], requester: 'none' });
    expect(bounce).toMatchObject({ category: 'bounce', requestTypes: [], requester: 'none' });
  });

  it('prints what the daemon decided about mail it never reads: the screen verdict, not a reading of quoted text', async () => {
    const fixtures = `${import.meta.dirname}/../../fixtures/eml`;
    const context = ['--own-address', 'privacy@example.org', '--message-id-domain', 'example.org'];
    const files = ['bounce/dsn-user-unknown.eml', 'loop/from-own-address.eml', 'feedback-report/arf-abuse-report.eml', 'auto-reply/rfc3834-auto-submitted.eml'];
    const lines = (await run(['--json', ...context, ...files.map((f) => `${fixtures}/${f}`)])).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.category, l.requestTypes, l.requester])).toEqual([
      ['bounce', [], 'none'],
      ['bulk', [], 'none'],
      ['bulk', [], 'none'],
      ['auto_reply', [], 'none'],
    ]);
    expect(lines.map((l) => l.reasons)).toEqual([
      [expect.stringMatching(/^screen bounce \(.+\) -> bounce: never read as a request$/)],
      [expect.stringMatching(/^screen loop \(.+\) -> bulk: never read as a request$/)],
      [expect.stringMatching(/^screen feedback_report \(.+\) -> bulk: never read as a request$/)],
      [expect.stringMatching(/^screen auto_reply \(.+\) -> auto_reply: never read as a request$/)],
    ]);
  });

  it('prints a quarantined message as quarantined, held for staff', async () => {
    const [line] = await run(['--json', `${import.meta.dirname}/../../fixtures/eml/malformed/missing-from.eml`]);
    expect(JSON.parse(line ?? '{}')).toMatchObject({ category: 'quarantined', requestTypes: [], requester: 'none', needsReview: true, reasons: ['quarantined (no_sender): held for staff, never read'] });
  });

  it('a threshold of 1 sends everything to review', async () => {
    const [line] = await run(['--json', '--threshold', '1', `${EVAL_DIR}/mail/multi-del-opt-1.eml`]);
    expect(JSON.parse(line ?? '{}')).toMatchObject({ needsReview: true });
  });

  it('prints a readable summary without --json', async () => {
    const lines = await run([`${EVAL_DIR}/mail/q-sell-1.eml`]);
    expect(lines[0]).toMatch(/q-sell-1\.eml: question, requester none, en, confidence/);
  });
});
