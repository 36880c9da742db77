/**
 * The order of the sections of one reply (issue 15 item 1), and how an outbox row's `kind` names
 * them: receipt first, then what was done or decided, then what we need from the reader.
 */
import { describe, expect, it } from 'vitest';
import { orderSections } from '../../../src/pipeline/decide/reply-sections.js';
import { combinedKind, hasSectionOf, sectionKinds } from '../../../src/shared/mail-kind.js';
import type { TemplateKind } from '../../../src/pipeline/decide/template-kinds.js';

const kinds = (list: TemplateKind[]) => orderSections(list.map((kind) => ({ kind }))).map((s) => s.kind);

describe('the order of the sections of one mail', () => {
  it('puts the confirmation of receipt first, the opt-out confirmation next, and what we need from the reader last', () => {
    expect(kinds(['verification-challenge', 'opt-out-confirmed', 'acknowledgement'])).toEqual(['acknowledgement', 'opt-out-confirmed', 'verification-challenge']);
    expect(kinds(['agent-permission-request', 'limit-reached', 'opt-out-confirmed'])).toEqual(['limit-reached', 'opt-out-confirmed', 'agent-permission-request']);
  });

  it('keeps the planned order among sections of one rank', () => {
    expect(kinds(['completion-opt-out', 'completion-deletion'])).toEqual(['completion-opt-out', 'completion-deletion']);
    expect(kinds(['parent-proof-request', 'verification-challenge'])).toEqual(['parent-proof-request', 'verification-challenge']);
  });
});

describe('the outbox kind of a mail of several sections', () => {
  it('names every section once, in order; one section keeps its own kind', () => {
    expect(combinedKind(['acknowledgement', 'opt-out-confirmed'])).toBe('acknowledgement+opt-out-confirmed');
    expect(combinedKind(['verification-challenge'])).toBe('verification-challenge');
    expect(sectionKinds('opt-out-confirmed+verification-challenge')).toEqual(['opt-out-confirmed', 'verification-challenge']);
  });

  it('tells a mail with a code section from one without', () => {
    const codes = ['verification-challenge', 'consumer-confirmation'];
    expect(hasSectionOf('opt-out-confirmed+verification-challenge', codes)).toBe(true);
    expect(hasSectionOf('verification-challenge', codes)).toBe(true);
    expect(hasSectionOf('acknowledgement+opt-out-confirmed', codes)).toBe(false);
  });
});
