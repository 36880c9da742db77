/** The parts of an Amazon SES notification (delivered by SNS e-mail) that bounce reading uses. */
export interface SesNotification {
  type: 'Bounce' | 'Complaint' | 'Delivery';
  recipient: string | null;
  status: string | null;
  permanent: boolean;
  messageId: string | null;
}

/**
 * Reads an Amazon SES bounce/complaint/delivery notification that SNS sends as a JSON text
 * body (`"notificationType":"Bounce"`). Returns null for any other text. Never throws.
 */
export function readSesNotification(text: string): SesNotification | null {
  if (!/"notificationType"\s*:\s*"(Bounce|Complaint|Delivery)"/.test(text)) return null;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch {
    data = null;
  }
  const type = /"notificationType"\s*:\s*"(Bounce|Complaint|Delivery)"/.exec(text)?.[1] as SesNotification['type'];
  const notice = asRecord(data);
  const bounce = asRecord(notice?.bounce);
  const recipient = asRecord(asArray(bounce?.bouncedRecipients)[0] ?? asArray(asRecord(notice?.complaint)?.complainedRecipients)[0]);
  const mail = asRecord(notice?.mail);
  const status = typeof recipient?.status === 'string' ? recipient.status : null;
  return {
    type,
    recipient: typeof recipient?.emailAddress === 'string' ? recipient.emailAddress.toLowerCase() : null,
    status,
    permanent: type === 'Bounce' && bounce?.bounceType !== 'Transient',
    messageId: typeof asRecord(mail?.commonHeaders)?.messageId === 'string'
      ? String(asRecord(mail?.commonHeaders)?.messageId).replace(/^<|>$/g, '')
      : null,
  };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
