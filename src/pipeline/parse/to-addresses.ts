import type { AddressObject, EmailAddress } from 'mailparser';
import type { Address } from '../types.js';

/**
 * Flattens mailparser address objects (groups included) into our `Address` list, with
 * lower-cased addresses. Entries without an address (a bare display name) are dropped.
 */
export function toAddresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  if (value === undefined) return [];
  const objects = Array.isArray(value) ? value : [value];
  const out: Address[] = [];
  for (const object of objects) flatten(object.value, out);
  return out;
}

function flatten(entries: readonly EmailAddress[], out: Address[]): void {
  for (const entry of entries) {
    if (entry.group) flatten(entry.group, out);
    const address = (entry.address ?? '').trim().toLowerCase();
    if (address !== '') out.push({ address, name: (entry.name ?? '').trim() });
  }
}
