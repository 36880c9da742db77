/**
 * A seeded mailbox for the crash-and-fault test: the benchmark's generated intake (requests of
 * every type in English and Spanish, questions, auto-replies, bounces, newsletters, spam, HTML-only
 * and multipart mail, a few 1-3 MB attachments), every fixture under test/fixtures/eml (malformed,
 * loop, feedback reports, quoting, charsets...), and a few hand-written requests the generator
 * lacks, shuffled by the same seed. Every person is fictional and every domain an example domain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateMix } from '../../bench/mix/generate-mix.js';
import { seededRandom } from '../../bench/mix/random.js';
import { sampleRequest } from './sample-mail.js';

export interface CrashMixMessage {
  /** What it is: a generator kind, `fixture:<dir>/<file>`, or `extra:<case>`. */
  label: string;
  /** CRLF line ends throughout: what an IMAP server hands back, so a run without faults sees the same bytes. */
  raw: Buffer;
}

const FIXTURES = path.resolve('test/fixtures/eml');

/** Requests the generator does not write: Spanish limit, several rights in one letter, an agent. */
function extras(seed: number): CrashMixMessage[] {
  const letters: Array<[string, string, string, string]> = [
    ['limit-es', 'Marta Serrano <marta.serrano@example.net>', 'Limitar el uso de mis datos sensibles', 'Hola,\r\n\r\nPor favor limiten el uso de mi información sensible, como mi ubicación y mis datos de salud, a lo estrictamente necesario.\r\n\r\nGracias,\r\nMarta Serrano'],
    ['access-and-deletion-en', 'Kofi Mensah <kofi.mensah@example.org>', 'Know and then delete', 'Hello,\r\n\r\nPlease tell me what personal information you hold about me, and then delete all of it.\r\n\r\nThanks,\r\nKofi Mensah'],
    ['opt-out-and-limit-en', 'Wen Zhou <wen.zhou@example.com>', 'Opt out', 'Hi,\r\n\r\nDo not sell or share my personal information, and limit the use of my sensitive personal information.\r\n\r\nWen Zhou'],
    ['portability-es', 'Ines Duarte <ines.duarte@example.test>', 'Copia de mis datos', 'Buenas tardes,\r\n\r\nSolicito una copia de mis datos personales en un formato portátil.\r\n\r\nAtentamente,\r\nInés Duarte'],
    ['agent-en', 'Olu Adeyemi <olu.adeyemi@example.net>', 'Deletion request on behalf of my client', 'Hello,\r\n\r\nI am an authorized agent for Priya Raman (priya.raman@example.org). On her behalf, please delete all personal information you hold about her.\r\n\r\nOlu Adeyemi'],
  ];
  return letters.map(([name, from, subject, body]) => ({
    label: `extra:${name}`,
    raw: Buffer.from(sampleRequest({ messageId: `crash-${name}-${seed}@example.org`, from, subject, body }), 'utf8'),
  }));
}

function fixtures(): CrashMixMessage[] {
  return fs
    .readdirSync(FIXTURES)
    .sort()
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(FIXTURES, dir))
        .filter((file) => file.endsWith('.eml'))
        .sort()
        .map((file) => ({ label: `fixture:${dir}/${file}`, raw: toCrlf(fs.readFileSync(path.join(FIXTURES, dir, file))) })),
    );
}

/** Bare LF becomes CRLF; bytes are otherwise kept (some fixtures are deliberately not UTF-8). */
function toCrlf(raw: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const byte = raw[i] ?? 0;
    if (byte === 0x0a && raw[i - 1] !== 0x0d) out.push(0x0d);
    out.push(byte);
  }
  return Buffer.from(out);
}

/**
 * `generated` messages from the benchmark's generator (no 25 MB message; a 1-3 MB attachment every
 * 100th), the fixtures and the extras, in an order fixed by `seed`.
 */
export function crashMix(seed: number, generated: number): CrashMixMessage[] {
  const all: CrashMixMessage[] = [];
  for (const message of generateMix(generated, { seed, largeMb: 0, attachmentEvery: 100 })) {
    all.push({ label: message.kind, raw: toCrlf(message.raw) });
  }
  all.push(...fixtures(), ...extras(seed));
  const random = seededRandom(seed ^ 0x5eed);
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j] as CrashMixMessage, all[i] as CrashMixMessage];
  }
  return all;
}
