/**
 * The example service unit (issue 17 must-show 2), checked by systemd itself: `systemd-analyze
 * verify` on examples/ccpa-mailbot.service, with its install path pointed at this checkout (verify
 * checks that ExecStart exists). Any line verify prints fails the test, not only its exit code:
 * an unknown or misspelt directive is only a warning there, and systemd would silently ignore it.
 * scripts/ensure-test-servers.sh installs systemd; without systemd-analyze this test fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeShortTempDir } from '../harness/make-short-temp-dir.js';

const UNIT = fs.readFileSync('examples/ccpa-mailbot.service', 'utf8');
const dir = makeShortTempDir('unit-');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as ccpa-mailbot.service, installed at this checkout, and runs verify on it. */
function verify(text: string): { status: number | null; output: string } {
  const file = path.join(dir, 'ccpa-mailbot.service');
  fs.writeFileSync(file, text.replaceAll('/opt/ccpa-mailbot', path.resolve('.')));
  const run = spawnSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8' });
  if (run.error) throw new Error(`systemd-analyze could not run (${run.error.message}): run scripts/ensure-test-servers.sh as root, or install systemd`);
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

describe('examples/ccpa-mailbot.service', () => {
  it('passes systemd-analyze verify without a single warning', () => {
    expect(verify(UNIT)).toEqual({ status: 0, output: '' });
  });

  it('is a check that can fail: a misspelt type and an unknown directive are reported', () => {
    expect(verify(UNIT.replace('Type=simple', 'Type=simpel')).output).toMatch(/Failed to parse service type/);
    expect(verify(UNIT.replace('NoNewPrivileges=yes', 'NoNewPrivilege=yes')).output).toMatch(/Unknown key/);
  });

  it('runs as a dedicated user, restarts on failure after a pause, and is sandboxed', () => {
    const directives = new Map(UNIT.split('\n').filter((l) => /^[A-Za-z]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(directives.get('Type')).toBe('simple');
    expect(directives.get('User')).toBe('ccpa-mailbot');
    expect(directives.get('Restart')).toBe('on-failure');
    expect(directives.get('RestartSec')).toBe('15s');
    expect(directives.get('RestartPreventExitStatus')).toBe('78');
    expect(directives.get('NoNewPrivileges')).toBe('yes');
    expect(directives.get('ProtectSystem')).toBe('strict');
    expect(directives.get('StateDirectory')).toBe('ccpa-mailbot ccpa-mailbot/var');
    expect(directives.get('WorkingDirectory')).toBe('/var/lib/ccpa-mailbot');
    expect(directives.get('EnvironmentFile')).toBe('/etc/ccpa-mailbot/ccpa-mailbot.env');
    expect(directives.get('ExecStart')).toBe('/opt/ccpa-mailbot/bin/ccpa-mailbot.js start');
  });
});
