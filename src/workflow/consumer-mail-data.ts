import type { IsoDate } from '../shared/local-date.js';
import type { Language } from '../shared/languages.js';
import type { RecordType } from '../shared/request-types.js';
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
  consumerName: string;
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
 * deadline of the requests it is about (ccpa-rules, "What every answer contains"), who we are.
 */
export function consumerMailData(input: ConsumerMailInput): ConsumerMailData & Record<string, unknown> {
  const { lang, about } = input;
  const first = about[0];
  if (!first) throw new Error('a consumer message is about at least one request');
  const dates = Object.fromEntries(Object.entries(input.dates).map(([key, date]) => [key, formatLongDate(date, lang)]));
  const latestDue = about.map((r) => r.dueDate).sort().at(-1) ?? first.dueDate;
  return {
    ...input.extras,
    ...dates,
    receivedDate: dates.receivedDate ?? '',
    reference: first.reference,
    references: about.length > 1 ? about.map((r) => r.reference) : [],
    items: about.map((r) => ({ reference: r.reference, label: requestTypeLabel(r.type, lang), dueDate: formatLongDate(r.dueDate, lang) })),
    requestTypeLabels: about.map((r) => requestTypeLabel(r.type, lang)),
    dueDate: formatLongDate(latestDue, lang),
    consumerName: input.consumerName,
    ...(input.agentName === undefined ? {} : { agentName: input.agentName }),
    botAddress: input.sender.address,
    businessName: input.sender.businessName,
    originalSubject: input.originalSubject,
  };
}
