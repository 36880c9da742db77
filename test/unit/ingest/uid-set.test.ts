import { expect, it } from 'vitest';
import { uidSet } from '../../../src/ingest/imap-archive.js';

it('writes UIDs as a compact RFC 9051 sequence set', () => {
  expect(uidSet([7, 1, 2, 3, 9, 10])).toBe('1:3,7,9:10');
  expect(uidSet([4])).toBe('4');
  expect(uidSet([5, 5])).toBe('5');
});
