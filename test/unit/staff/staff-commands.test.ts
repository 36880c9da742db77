/**
 * The one table of staff commands (issue 12, must-show 3): a staff reply, the command line, and
 * the help and flag mails all offer exactly its commands, and read them the same way.
 */
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerRequestsCommand } from '../../../src/cli/requests.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { parseStaffCommand } from '../../../src/staff/parse-staff-command.js';
import { planStaffCommand } from '../../../src/staff/plan-staff-command.js';
import { planCommandLine } from '../../../src/staff/run-staff-action.js';
import type { StaffCommandKind } from '../../../src/staff/staff-command.js';
import type { CommandLineArguments } from '../../../src/staff/staff-command-spec.js';
import { STAFF_COMMAND_KINDS, STAFF_COMMANDS, staffCommandSpec } from '../../../src/staff/staff-commands.js';
import { flagMailData, helpMailData, type FlagMailFacts } from '../../../src/staff/staff-mail-data.js';

const templates = loadTemplates([path.resolve('templates')]);
const NOW = new Date('2026-11-24T18:00:00Z');
const REFERENCE = 'CCPA-2026-000123';

/** The same command written in a staff reply and on the command line; a new command needs its row here too. */
const BOTH_SURFACES: Record<Exclude<StaffCommandKind, 'help'>, { mail: string; commandLine: CommandLineArguments }> = {
  approve: { mail: 'approve', commandLine: {} },
  confirm: { mail: 'confirm', commandLine: {} },
  verify: { mail: 'verify Phone', commandLine: { reason: 'phone' } },
  deny: { mail: 'deny not-california Lives in Oregon.', commandLine: { reason: 'not_california', message: 'Lives in Oregon.' } },
  extend: { mail: 'extend records are in three systems', commandLine: { reason: 'records are in three systems' } },
  complete: { mail: 'complete deidentified kept for billing audit', commandLine: { reason: 'deidentified', message: 'kept for billing audit' } },
  reply: { mail: 'reply\nHello Dana,\nWe found no account.', commandLine: { text: 'Hello Dana,\nWe found no account.' } },
  note: { mail: 'note called the requester back', commandLine: { message: 'called the requester back' } },
  assign: { mail: 'assign <Sam.Ortiz@example.com>', commandLine: { to: 'sam.ortiz@example.com' } },
  merge: { mail: 'merge [CCPA-2026-000099]', commandLine: { into: 'ccpa-2026-000099' } },
  close: { mail: 'close\nAnswered by phone.', commandLine: { message: 'Answered by phone.' } },
  forward: { mail: 'forward', commandLine: {} },
  hold: { mail: 'hold', commandLine: {} },
  resume: { mail: 'resume', commandLine: {} },
  withdraw: { mail: 'withdraw', commandLine: {} },
  retype: { mail: 'retype deletion opt-out', commandLine: { types: 'deletion,opt_out' } },
  'not-a-request': { mail: 'not-a-request', commandLine: {} },
  junk: { mail: 'junk', commandLine: {} },
};

function requestsCommand(): Command {
  const program = new Command().exitOverride();
  registerRequestsCommand(program);
  const requests = program.commands.find((c) => c.name() === 'requests');
  if (!requests) throw new Error('no requests command');
  return requests;
}

/** The command names a menu lists, read back from the rendered text part. */
function menuNames(text: string, intro: string): string[] {
  const after = text.slice(text.indexOf(intro) + intro.length).split('\n').slice(1);
  const lines = after.slice(0, after.findIndex((line) => !line.startsWith('  ')));
  return lines.map((line) => line.trim().split(/\s+/)[0] ?? '');
}

describe('the staff command table', () => {
  it('reads every command, by its name and by each alias, from a staff reply', () => {
    for (const kind of STAFF_COMMAND_KINDS) {
      const example = kind === 'help' ? 'help' : BOTH_SURFACES[kind].mail;
      const [, ...rest] = example.split(/(?=[\s])/);
      for (const word of [kind, ...STAFF_COMMANDS[kind].aliases]) {
        const parsed = parseStaffCommand(`${word}${rest.join('')}\n\nOn Mon, Nov 23, 2026 at 9:12 AM MTBC Privacy Bot <compliance@example.com> wrote:\n> ${example}`);
        expect(parsed, word).toMatchObject({ ok: true, command: { kind } });
      }
    }
  });

  it('reads the same command from a reply and from the command line, and plans the same action', () => {
    const ctx = { staffAddress: 'alex.kim@example.com', messageId: null, at: NOW, reference: REFERENCE, staffAddresses: ['alex.kim@example.com', 'sam.ortiz@example.com'] };
    for (const [kind, { mail, commandLine }] of Object.entries(BOTH_SURFACES) as Array<[Exclude<StaffCommandKind, 'help'>, (typeof BOTH_SURFACES)['approve']]>) {
      const fromMail = parseStaffCommand(mail);
      const fromCommandLine = staffCommandSpec(kind).fromCommandLine(commandLine);
      if (typeof fromCommandLine === 'string') throw new Error(`${kind}: ${fromCommandLine}`);
      expect(fromMail, kind).toEqual({ ok: true, command: fromCommandLine });
      const planned = planCommandLine({ kind, reference: REFERENCE, staff: ctx.staffAddress, ...commandLine }, NOW, ctx.staffAddresses);
      expect(planned, kind).toEqual(planStaffCommand(fromCommandLine, ctx));
      expect(planned, kind).not.toMatchObject({ kind: 'refuse' });
    }
  });

  it('registers every command but help on the command line under the same name, aliases, help line and options', () => {
    const requests = requestsCommand();
    const registered = requests.commands.map((c) => c.name()).filter((name) => name !== 'list' && name !== 'show' && name !== 'reopen');
    expect(registered).toEqual(STAFF_COMMAND_KINDS.filter((kind) => kind !== 'help'));
    for (const kind of registered as StaffCommandKind[]) {
      const command = requests.commands.find((c) => c.name() === kind);
      const spec = STAFF_COMMANDS[kind];
      expect(command?.aliases(), kind).toEqual(spec.aliases);
      expect(command?.description(), kind).toBe(spec.help);
      expect(command?.options.map((o) => o.attributeName()).sort(), kind).toEqual([...Object.keys(spec.options), 'staff'].sort());
    }
  });

  it('leaves help to the command line’s own `requests help`, which lists the same commands', async () => {
    const requests = requestsCommand();
    let printed = '';
    requests.configureOutput({ writeOut: (text) => (printed += text), writeErr: (text) => (printed += text) });
    await expect(requests.parseAsync(['help'], { from: 'user' })).rejects.toMatchObject({ code: 'commander.help' });
    for (const kind of STAFF_COMMAND_KINDS.filter((k) => k !== 'help')) expect(printed).toMatch(new RegExp(`\\n  ${kind}[ |]`));
  });

  it('lists exactly the table’s commands, in its order, in the help mail (text and HTML)', () => {
    const message = templates.render('staff-help', 'en', helpMailData({ reference: REFERENCE, problem: null, firstLine: '', businessName: 'MTBC' }));
    expect(menuNames(message.text, 'above the quoted text:')).toEqual(STAFF_COMMAND_KINDS);
    const htmlNames = [...message.html.matchAll(/monospace;[^"]*">([^<]+)<\/td>/g)].map((m) => (m[1] ?? '').split(' ')[0]);
    expect(htmlNames).toEqual(STAFF_COMMAND_KINDS);
  });

  it('offers in a flag mail the commands that apply to its reason', () => {
    const facts: FlagMailFacts = {
      reference: REFERENCE,
      reasonCode: 'agent_request',
      typeLabel: 'Deletion',
      requester: 'dana.whitfield@example.org',
      requesterRole: 'agent',
      receivedDate: 'November 23, 2026',
      dueDate: 'January 7, 2027',
      daysLeft: 44,
      status: 'on hold',
      botAction: 'Opened the request and sent an acknowledgement.',
      staffAddress: 'alex.kim@example.com',
      keyExpires: 'December 23, 2026',
      original: { from: null, date: null, subject: 'Delete my data', text: 'Please delete my data.' },
      businessName: 'MTBC',
      botAddress: 'compliance@example.com',
    };
    const offered = (reasonCode: string) => menuNames(templates.render('staff-flag', 'en', flagMailData({ ...facts, reasonCode })).text, 'command on the first line:');
    const forEvery = STAFF_COMMAND_KINDS.filter((kind) => STAFF_COMMANDS[kind].offeredFor === 'every_flag');
    expect(offered('agent_request')).toEqual(forEvery);
    expect(offered('agent_request')).not.toContain('resume');
    expect(offered('consumer_reply')).toEqual(STAFF_COMMAND_KINDS.filter((kind) => forEvery.includes(kind) || kind === 'resume' || kind === 'verify' || kind === 'close'));
    // Issue 14 item 1: a flag about the reading offers `confirm`, one about identity `verify METHOD`.
    expect(offered('low_confidence')).toContain('confirm');
    expect(offered('low_confidence')).not.toContain('verify');
    expect(offered('verify_manually')).toContain('verify');
    expect(offered('verify_manually')).not.toContain('confirm');
  });

  it('reads hold and withdraw only alone on their line: prose that opens with the word is no command', () => {
    expect(parseStaffCommand('Hold on, let me check with billing.')).toMatchObject({ ok: false, reason: 'unknown_command' });
    expect(parseStaffCommand('withdraw it if they do not answer')).toMatchObject({ ok: false, reason: 'unknown_command' });
    expect(parseStaffCommand('Hold.\nWaiting for the billing team.')).toEqual({ ok: true, command: { kind: 'hold', note: 'Waiting for the billing team.' } });
  });

  it('refuses on the command line what a reply would not be understood with, saying what is missing', () => {
    expect(planCommandLine({ kind: 'reply', reference: REFERENCE, staff: 'rosa.alvarez' }, NOW)).toMatch(/--text or --file/);
    expect(planCommandLine({ kind: 'assign', reference: REFERENCE, staff: 'rosa.alvarez', to: 'rosa' }, NOW)).toMatch(/--to/);
    expect(planCommandLine({ kind: 'merge', reference: REFERENCE, staff: 'rosa.alvarez', into: '123' }, NOW)).toMatch(/--into/);
    expect(planCommandLine({ kind: 'assign', reference: REFERENCE, staff: 'rosa.alvarez', to: 'outsider@example.net' }, NOW, ['alex.kim@example.com'])).toEqual({ kind: 'refuse', reason: 'assignee_not_staff' });
  });
});
