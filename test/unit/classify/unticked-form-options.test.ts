import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { dropUncheckedOptions } from '../../../src/pipeline/classify/drop-unchecked-options.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Template request forms list every right with a box; only the ticked ones are asked for
// (ccpa-rules, Request types: one email can carry several requests, each its own record).
describe('request forms with tick boxes', () => {
  it('keeps ticked rights and drops unticked ones', () => {
    const form = ['Please process the following:', '[x] Right to Delete', '[ ] Right to Know', '☐ Right to Correct', '☒ Do Not Sell or Share my information', '( ) Right to Limit'].join('\n');
    expect(classify(form).requestTypes).toEqual(['deletion', 'opt_out']);
  });

  it('"right to delete" names the deletion right (§1798.105)', () => {
    expect(classify('I am exercising my right to delete.').requestTypes).toEqual(['deletion']);
  });

  it('blanks only lines that open with an empty box', () => {
    expect(dropUncheckedOptions('[X] access\n[ ] deletion\nsee [ ] below')).toBe('[X] access\n\nsee [ ] below');
    expect(dropUncheckedOptions('no boxes here')).toBe('no boxes here');
  });
});

// ARCO and agents' forms list the rights as bare names: a ticked box before a right's name asks
// that right (issue 16, a Chilean ARCOP form whose ticked option headings are "☒ SUPRESIÓN").
describe('ticked boxes before a bare right name', () => {
  it('Spanish ARCO names: the ticked ones are asked', () => {
    const form = ['Derechos que ejerce:', '☒ ACCESO', '☐ RECTIFICACIÓN', '☒ CANCELACIÓN', '☐ OPOSICIÓN'].join('\n');
    expect(classify(form).requestTypes).toEqual(['access', 'deletion']);
  });

  it('English names with [x], and an objection with its article', () => {
    expect(classify(['Request:', '[x] Deletion', '[ ] Access', '[x] Opt-out of sale'].join('\n')).requestTypes).toEqual(['deletion', 'opt_out']);
    expect(classify('☒ Oposición (art. 21 LFPDPPP)').requestTypes).toEqual(['opt_out']);
  });

  it('a ticked Access beside a ticked Portability is a right of its own', () => {
    expect(classify('[X] Access  [ ] Correction  [X] Portability').requestTypes).toEqual(['access', 'portability']);
  });

  it('a ticked box before other words names no right', () => {
    expect(classify('[x] I have read the terms').category).toBe('question');
  });
});
