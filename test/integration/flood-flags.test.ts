/**
 * Floods go to staff once (issue 13 item 8), over the embedded daemon and a real SQLite file:
 * every message over the reply limits from one sender on one local day joins one
 * `reply_rate_limited` flag with a count, and one flag mail goes out; every request is still opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowDeps } from '../../src/compose.js';
import { loadDigestInput } from '../../src/digest/load-digest-input.js';
import { runStaffAction } from '../../src/staff/run-staff-action.js';
import { addCalendarDays, localWallTime, toLocalDate } from '../../src/shared/local-date.js';
import { sampleRequest } from '../support/sample-mail.js';
import { startEmbeddedBot, type EmbeddedBot } from '../support/embedded-bot.js';

const TZ = 'America/Los_Angeles';
const today = toLocalDate(new Date(), TZ);
/** Noon, business time, two days ago and yesterday: distinct local days, both in the past. */
const DAY_ONE = localWallTime(addCalendarDays(today, -2), 12, 0, TZ);
const DAY_TWO = localWallTime(addCalendarDays(today, -1), 12, 0, TZ);
const ALEX = 'alex.flood@example.net';
const BEA = 'bea.other@example.org';

let bot: EmbeddedBot;
let sent = 0;

beforeAll(async () => {
  bot = await startEmbeddedBot('ccpa-flood-', { TIMEZONE: TZ });
});

afterAll(async () => {
  await bot?.stop();
});

/** One opt-out request from `from`, received `seconds` after `day`'s noon; returns its stored id. */
async function optOut(from: string, day: Date, seconds: number): Promise<number> {
  const body = 'Hello,\r\n\r\nDo not sell or share my personal information.\r\n\r\nThank you';
  const raw = sampleRequest({ messageId: `flood-${++sent}@example.net`, from, subject: 'Do not sell my information', body });
  return (await bot.deliver(raw, new Date(day.getTime() + seconds * 1000))).id;
}

const rateFlags = () => bot.daemon.db('staff_flags').where({ reason: 'reply_rate_limited' }).orderBy('id');
const detailOf = (flag: { detail: string }) => JSON.parse(flag.detail) as { count: number; latestInboundMessageId: number };

describe('a flood from one sender reaches staff once a day (issue 13 item 8)', () => {
  const alexDayOne: number[] = [];

  it('opens all 30 requests of one day, answers the first, and raises ONE flag counting the other 29, mailed once', async () => {
    for (let i = 0; i < 30; i += 1) alexDayOne.push(await optOut(`Alex Flood <${ALEX}>`, DAY_ONE, i));
    await bot.flagsMailed();
    const requests = await bot.daemon.db('requests').whereIn('inbound_message_id', alexDayOne);
    expect(requests).toHaveLength(30);
    const flags = await rateFlags();
    expect(flags).toHaveLength(1);
    expect(detailOf(flags[0])).toEqual({ count: 29, latestInboundMessageId: alexDayOne[29] });
    expect(flags[0].inbound_message_id).toBe(alexDayOne[1]);
    // The first, answered request has its own flag (the opt-out to carry out); the 29 others share one mail.
    const overLimit = alexDayOne.slice(1);
    const flagMails = (await bot.outbox()).filter((m) => m.kind === 'staff-flag' && overLimit.includes(m.inboundMessageId ?? -1));
    expect(flagMails).toHaveLength(1);
    // The digest still lists each of the 29 unanswered requests as waiting for staff.
    const digest = await loadDigestInput(bot.daemon.db, null, new Date());
    const limited = digest.requests.filter((r) => r.requester === ALEX && r.openFlags.includes('reply_rate_limited'));
    expect(limited).toHaveLength(29);
  });

  it('gives another sender a flag of their own', async () => {
    const bea = [await optOut(`Bea Other <${BEA}>`, DAY_ONE, 100), await optOut(`Bea Other <${BEA}>`, DAY_ONE, 101), await optOut(`Bea Other <${BEA}>`, DAY_ONE, 102)];
    await bot.flagsMailed();
    const flags = await rateFlags();
    expect(flags).toHaveLength(2);
    expect(flags[1].inbound_message_id).toBe(bea[1]);
    expect(detailOf(flags[1])).toEqual({ count: 2, latestInboundMessageId: bea[2] });
    expect(detailOf(flags[0]).count).toBe(29);
  });

  it('starts a new flag, and a new flag mail, on the next local day', async () => {
    const dayTwo = [await optOut(`Alex Flood <${ALEX}>`, DAY_TWO, 0), await optOut(`Alex Flood <${ALEX}>`, DAY_TWO, 1)];
    await bot.flagsMailed();
    const flags = await rateFlags();
    expect(flags).toHaveLength(3);
    expect(flags[2].inbound_message_id).toBe(dayTwo[0]);
    expect(detailOf(flags[2])).toEqual({ count: 2, latestInboundMessageId: dayTwo[1] });
    const rateMails = (await bot.outbox()).filter((m) => m.kind === 'staff-flag' && flags.some((f) => f.inbound_message_id === m.inboundMessageId));
    expect(rateMails).toHaveLength(3);
  });

  it('resolves a flood flag once every request it covers is finished, not before (issue 14 item 5)', async () => {
    const db = bot.daemon.db;
    const beaFlag = (await rateFlags())[1];
    const members: number[] = await db('staff_flag_members').where({ flag_id: beaFlag.id }).whereNotNull('request_id').distinct().pluck('request_id');
    expect(members).toHaveLength(2);
    const references: string[] = await db('requests').whereIn('id', members).orderBy('id').pluck('reference');
    const withdraw = (reference: string) => runStaffAction(db, workflowDeps(bot.config), { kind: 'withdraw', reference, staff: 'rosa.alvarez' }, new Date());
    expect(await withdraw(references[0]!)).toMatchObject({ ok: true, status: 'withdrawn' });
    expect((await db('staff_flags').where({ id: beaFlag.id }).first()).resolved_at).toBeNull();
    expect(await withdraw(references[1]!)).toMatchObject({ ok: true, status: 'withdrawn' });
    expect((await db('staff_flags').where({ id: beaFlag.id }).first()).resolved_at).not.toBeNull();
    // Alex's flags are untouched: their requests are still open.
    expect((await rateFlags()).filter((f) => f.resolved_at === null)).toHaveLength(2);
  });
});
