/** What a copy may carry (issue 15 item 5; §1798.130(a)(2)(B): portable and readily usable). */
import { describe, expect, it } from 'vitest';
import { describeCopyFileProblem, isCopyRequest, judgeCopyFiles } from '../../../src/pipeline/decide/copy-files.js';

const copy = { isCopy: true, maxBytes: 1_000 };
const file = (filename: string, content: string | Buffer) => ({ filename, content: Buffer.isBuffer(content) ? content : Buffer.from(content) });

describe('judgeCopyFiles', () => {
  it('takes CSV, JSON, PDF and ZIP whose content matches the name, and sets their type', () => {
    const judged = judgeCopyFiles([file('a.csv', 'x,y\n1,2\n'), file('b.JSON', '{"name":"Dana"}'), file('c.pdf', '%PDF-1.7\n'), file('d.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))], copy);
    expect(judged.ok && judged.files.map((f) => f.contentType)).toEqual(['text/csv', 'application/json', 'application/pdf', 'application/zip']);
  });

  it.each([
    ['an unknown extension', file('data.xlsx', 'PK\u0003\u0004')],
    ['a program renamed as a PDF', file('statement.pdf', 'MZ\u0090\u0000')],
    ['JSON that does not parse', file('data.json', '{"name":')],
    ['binary bytes named CSV', file('data.csv', Buffer.from([0x00, 0xff, 0x01]))],
  ])('refuses %s, naming the file', (_what, bad) => {
    const judged = judgeCopyFiles([file('ok.csv', 'a\n'), bad], copy);
    expect(judged).toEqual({ ok: false, problem: { reason: 'unknown_format', filename: bad.filename } });
  });

  it('refuses more than the limit in all, and any file for a request that is no copy', () => {
    expect(judgeCopyFiles([file('a.csv', 'x'.repeat(600)), file('b.csv', 'y'.repeat(600))], copy)).toEqual({ ok: false, problem: { reason: 'too_large', bytes: 1200, maxBytes: 1000 } });
    expect(judgeCopyFiles([file('a.csv', 'x')], { ...copy, isCopy: false })).toEqual({ ok: false, problem: { reason: 'not_a_copy' } });
  });

  it('knows which requests are answered with a copy', () => {
    expect([isCopyRequest('access', 'specific_pieces'), isCopyRequest('portability', null), isCopyRequest('access', 'categories'), isCopyRequest('deletion', null)]).toEqual([true, true, false, false]);
  });

  it('tells staff what to do instead, for each reason', () => {
    expect(describeCopyFileProblem({ reason: 'not_a_copy' })).toMatch(/complete this request without attachments/);
    expect(describeCopyFileProblem({ reason: 'unknown_format', filename: 'x.exe' })).toMatch(/^x\.exe is not a portable format we know \(CSV, JSON, PDF, ZIP/);
    expect(describeCopyFileProblem({ reason: 'too_large', bytes: 20_971_520, maxBytes: 10_485_760 })).toMatch(/20\.0 MB, over the 10\.0 MB limit \(COPY_MAX_BYTES\)/);
  });
});
