import { formatLongDate } from '../mail/labels.js';
import { parseMail } from '../pipeline/parse/parse-mail.js';
import { toLocalDate } from '../shared/local-date.js';
import type { Db } from '../store/db.js';
import { latestThreadMessages } from '../store/request-timeline.js';
import { firstLines, type FlagThreadMessage } from './staff-mail-data.js';

/** Three messages tell staff where the conversation stands without the whole record (`requests show` has it). */
export const FLAG_THREAD_MESSAGES = 3;

/**
 * The latest messages of a request's conversation for its flag mail (issue 14 item 8): date, who
 * and the first lines of new text. Staff mail is left out; a message too large to be kept whole in
 * one row, or that cannot be read, is shown without its text rather than dropped.
 */
export async function loadFlagThread(trx: Db, requestId: number, staffAddresses: readonly string[], timeZone: string): Promise<FlagThreadMessage[]> {
  const messages = await latestThreadMessages(trx, requestId, FLAG_THREAD_MESSAGES, staffAddresses);
  return Promise.all(
    messages.map(async (m) => ({
      date: formatLongDate(toLocalDate(m.at, timeZone), 'en'),
      direction: m.direction,
      who: m.who,
      lines: m.raw ? await textOf(m.raw, m.at) : '(too large to show here: see requests show)',
    })),
  );
}

async function textOf(raw: Buffer, at: Date): Promise<string> {
  try {
    return firstLines((await parseMail(raw, at)).text);
  } catch {
    return '(could not be read)';
  }
}
