const ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * The consumer's own address in an agent's message: the first address written in the text that
 * is neither the agent's nor ours. The bot writes to the consumer directly to confirm the
 * permission and verify (§7063(a)(2)); with no address, staff find one.
 */
export function findConsumerAddress(text: string, notThese: readonly string[]): string | null {
  const excluded = new Set(notThese.map((a) => a.toLowerCase()));
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].toLowerCase().replace(/\.+$/, '');
    if (!excluded.has(address)) return address;
  }
  return null;
}
