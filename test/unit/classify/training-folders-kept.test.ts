/**
 * The real texts outside the repository live on one machine (issue 16 item 4: texts a licence
 * does not let us copy are read at training time, never committed). A training run on a machine
 * without them would silently drop their wording from the second opinion; `train:classify` names
 * the folders it would leave out and stops.
 */
import { describe, expect, it } from 'vitest';
import { foldersLeftOut } from '../../eval/real-training.js';

const trainedOn = '6150 labeled messages: test/eval, 1561 real texts (test/eval/real, realtexts-16, realtexts-16e/A, realtexts-16g)';

describe('foldersLeftOut', () => {
  it('names every folder the committed model was trained on that the new run does not name', () => {
    expect(foldersLeftOut(trainedOn, ['/repo/test/eval/real', '/data/realtexts-16g'])).toEqual(['realtexts-16', 'realtexts-16e/A']);
  });

  it('names none when the same folders are given again, wherever they now live', () => {
    expect(foldersLeftOut(trainedOn, ['/repo/test/eval/real', '/data/realtexts-16', '/data/realtexts-16e/A', '/data/realtexts-16g', '/data/realtexts-17a'])).toEqual([]);
  });

  it('names none for a model whose line lists no real texts (trained on the labeled set alone)', () => {
    expect(foldersLeftOut('2400 labeled messages: test/eval', ['/repo/test/eval/real'])).toEqual([]);
  });
});
