/**
 * Deterministic mutations of raw messages for the fuzz test. Each takes the message and a
 * seeded random source, so a failing case is reproduced from its seed alone.
 */

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = (raw: Buffer, random: () => number) => Buffer;

const pick = (random: () => number, n: number): number => Math.floor(random() * n);

function lines(raw: Buffer): string[] {
  return raw.toString('latin1').split('\n');
}

function fromLines(all: string[]): Buffer {
  return Buffer.from(all.join('\n'), 'latin1');
}

/** Index of the empty line ending the top-level header block (or the last line). */
function headerEnd(all: string[]): number {
  const end = all.findIndex((line) => line.trim() === '');
  return end === -1 ? all.length : end;
}

export const MUTATIONS: Record<string, Mutation> = {
  'byte flips': (raw, random) => {
    const out = Buffer.from(raw);
    for (let i = 0, n = 1 + pick(random, 20); i < n && out.length > 0; i += 1) out[pick(random, out.length)] = pick(random, 256);
    return out;
  },
  truncation: (raw, random) => raw.subarray(0, pick(random, raw.length + 1)),
  'header duplication': (raw, random) => {
    const all = lines(raw);
    const end = headerEnd(all);
    if (end === 0) return raw;
    const at = pick(random, end);
    all.splice(pick(random, end + 1), 0, ...Array.from({ length: 1 + pick(random, 50) }, () => all[at] ?? ''));
    return fromLines(all);
  },
  'header removal': (raw, random) => {
    const all = lines(raw);
    const end = headerEnd(all);
    for (let i = 0, n = 1 + pick(random, 4); i < n && end > 0; i += 1) all.splice(pick(random, end), 1);
    return fromLines(all);
  },
  'NUL injection': (raw, random) => {
    const parts: Buffer[] = [];
    let last = 0;
    for (let i = 0, n = 1 + pick(random, 10); i < n; i += 1) {
      const at = last + pick(random, Math.max(1, raw.length - last));
      parts.push(raw.subarray(last, at), Buffer.alloc(1 + pick(random, 3)));
      last = at;
    }
    parts.push(raw.subarray(last));
    return Buffer.concat(parts);
  },
  'broken base64': (raw, random) => {
    const all = lines(raw);
    const end = headerEnd(all);
    all.splice(end, 0, 'Content-Transfer-Encoding: base64');
    const body = end + 2 + pick(random, Math.max(1, all.length - end - 2));
    if (body < all.length) all[body] = '%%%==**' + (all[body] ?? '').slice(0, 5) + '=\x01==';
    return fromLines(all);
  },
  'boundary damage': (raw, random) => {
    const text = raw.toString('latin1');
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
    const all = lines(raw);
    const indexes = all.map((line, i) => (boundary !== undefined && line.includes(boundary) ? i : -1)).filter((i) => i >= 0);
    if (indexes.length === 0) {
      all.splice(headerEnd(all), 0, 'Content-Type: multipart/mixed; boundary="zz"');
      return fromLines(all);
    }
    const target = indexes[pick(random, indexes.length)] ?? 0;
    const variants = ['', '--', `--${boundary}--`, `--${boundary}-`, `--${(boundary ?? '').slice(1)}`, `--${boundary}\r\n--${boundary}`];
    all[target] = variants[pick(random, variants.length)] ?? '';
    return fromLines(all);
  },
};
