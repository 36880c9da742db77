import type { IsoDate } from '../shared/local-date.js';
import type { Language } from '../shared/languages.js';
import type { RecordType } from '../shared/request-types.js';
import { addresseeData, type RecipientRole } from '../mail/addressee.js';
import { formatLongDate, requestTypeLabel } from '../mail/labels.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import type { ConsumerMailData } from '../mail/template-data.js';

/** One request a consumer message is about. */
export interface MailSubject {
  reference: string;
  type: RecordType;
  /** The deadline in force for this request. */
  dueDate: IsoDate;
}

export interface ConsumerMailInput {
  lang: Language;
  /** The requests the message is about; the first names the thread. */
  about: readonly MailSubject[];
  /** Calendar dates the template names (`receivedDate` and any kind-specific one), written out in `lang`. */
  dates: Readonly<Record<string, IsoDate>>;
  /** The consumer the data is about (the child, for a parent's request); '' when unknown. */
  consumerName: string;
  /**
   * Who reads the message: the consumer, or the agent or parent who asked for them, with the
   * reader's own name when known (an agent's display name). Left out, the consumer.
   */
  recipient?: { role: RecipientRole; name?: string };
  /** Who asked, on mail to the consumer about an agent's request (§7063(a)(2)). */
  agentName?: string;
  /** The subject of the message answered, without `Re:` and our tags; empty when there is none. */
  originalSubject: string;
  sender: SenderIdentity;
  /** What the state machine gave this kind of mail (codes, tries left, denial reason...). */
  extras?: Readonly<Record<string, unknown>>;
}

/**
 * The data every consumer message is rendered with, built in one place for the first reply and
 * the workflow's mail: the reference(s), one line per request, the receipt date and the latest
 * deadline of the requests it is about (ccpa-rules, "What every answer contains"), who we are,
 * and who reads it (src/mail/addressee.ts): greeting and wording for the consumer, an agent or a parent.
 */
export function consumerMailData(input: ConsumerMailInput): ConsumerMailData & Record<string, unknown> {
  const { lang, about } = input;
  const first = about[0];
  if (!first) throw new Error('a consumer message is about at least one request');
  const dates = Object.fromEntries(Object.entries(input.dates).map(([key, date]) => [key, formatLongDate(date, lang)]));
  const latestDue = about.map((r) => r.dueDate).sort().at(-1) ?? first.dueDate;
  const role = input.recipient?.role ?? 'consumer';
  const to = { role, consumerName: input.consumerName };
  return {
    ...input.extras,
    ...addresseeData({ role, consumerName: input.consumerName, recipientName: input.recipient?.name ?? '', lang }),
    ...dates,
    receivedDate: dates.receivedDate ?? '',
    reference: first.reference,
    references: about.length > 1 ? about.map((r) => r.reference) : [],
    items: about.map((r) => ({ reference: r.reference, label: requestTypeLabel(r.type, lang, to), dueDate: formatLongDate(r.dueDate, lang) })),
    requestTypeLabels: about.map((r) => requestTypeLabel(r.type, lang, to)),
    dueDate: formatLongDate(latestDue, lang),
    consumerName: input.consumerName,
    ...(input.agentName === undefined ? {} : { agentName: input.agentName }),
    botAddress: input.sender.address,
    businessName: input.sender.businessName,
    originalSubject: input.originalSubject,
  };
}
