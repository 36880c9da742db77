/** The fields of one recipient in a delivery status report (RFC 3464 §2.3). */
export interface RecipientStatus {
  finalRecipient: string | null;
  action: string | null;
  status: string | null;
}

/**
 * Reads the per-recipient blocks of a `message/delivery-status` body (RFC 3464 §2.1): blocks
 * are separated by empty lines, the first is per-message. Returns the recipients in order.
 */
export function readDeliveryStatus(content: string): RecipientStatus[] {
  const unfolded = content.replace(/\r?\n(?=[ \t])/g, ' ');
  const blocks = unfolded.split(/\r?\n[ \t]*\r?\n/);
  const out: RecipientStatus[] = [];
  for (const block of blocks) {
    const finalRecipient = addressField(block, 'final-recipient') ?? addressField(block, 'original-recipient');
    if (finalRecipient === null && !/^status:/im.test(block)) continue;
    out.push({ finalRecipient, action: field(block, 'action')?.toLowerCase() ?? null, status: statusCode(field(block, 'status')) });
  }
  return out;
}

function field(block: string, name: string): string | null {
  const match = new RegExp(`^${name}\\s*:\\s*(.*)$`, 'im').exec(block);
  return match?.[1]?.trim() ?? null;
}

/** `rfc822; user@example.net` -> `user@example.net` (RFC 3464 §2.3.2 address-type prefix). */
function addressField(block: string, name: string): string | null {
  const value = field(block, name);
  if (value === null) return null;
  const address = value.replace(/^[a-z0-9-]+\s*;\s*/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
  return address === '' ? null : address;
}

/** An enhanced status code (RFC 3463: class.subject.detail), or null when there is none. */
export function statusCode(value: string | null): string | null {
  const match = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(value ?? '');
  return match ? `${match[1]}.${match[2]}.${match[3]}` : null;
}
