/** Codes typed in a reply, and how much of a reply is searched for them (issue 13 item 6). */
import { describe, expect, it } from 'vitest';
import { CODE_SEARCH_CHARS, MAX_CODE_REPLY_CHARS, codeSearchText, findVerificationCodes } from '../../../src/pipeline/extract/find-codes.js';

describe('findVerificationCodes', () => {
  it('takes our dashed code as one code, not its first half', () => {
    expect(findVerificationCodes('Here is my code: 7KD9-Q2XA')).toEqual(['7KD9Q2XA']);
    expect(findVerificationCodes('código de verificación es 7kd9–q2xa')).toEqual(['7KD9Q2XA']);
  });

  it('lists a code typed twice once', () => {
    expect(findVerificationCodes('code: 482913. Again, the code is 482913')).toEqual(['482913']);
  });

  it('reads only the first part of a reply, and nothing of a reply too large to be an answer', () => {
    expect(findVerificationCodes(`${'x'.repeat(CODE_SEARCH_CHARS)} code: 482913`)).toEqual([]);
    const flood = 'code: 482913 '.repeat(Math.ceil(MAX_CODE_REPLY_CHARS / 13) + 1);
    expect(findVerificationCodes(flood)).toEqual([]);
    expect(codeSearchText(flood)).toBeNull();
    expect(codeSearchText('code: 482913')).toBe('code: 482913');
  });
});
