import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Issue 16, real texts 27 (development half): shapes of its misses, in the team's own words.

describe('a child named with the child’s own information makes a parent’s request (§7070)', () => {
  it.each(['Please delete my account and my child records.', "Please delete my account and my son's profile."])('%s', (body) => {
    expect(readByRules(body).requester).toBe('parent');
  });

  it('a child named only as part of the story leaves the writer the consumer', () => {
    expect(readByRules('I made an account to pay a bill for my daughter. Please delete both of my accounts.').requester).toBe('self');
  });
});

describe('an objection to automated decision-making is an opt-out', () => {
  it.each(["I don't want automated decisions about my loan application.", 'I opt out of automated decision-making about me.'])('%s', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('a question whether decisions are automated asks nothing', () => {
    expect(readByRules('Do you use automated decisions to approve loans?').category).toBe('question');
  });
});

describe('words of a right used of other things', () => {
  it('"send me the correct color" is a shop’s goods, not a correction', () => {
    const c = readByRules('Hello, I ordered the dress in burgundy but received it in navy blue. Could you please arrange a return and send me the correct color? Thanks!');
    expect(c.requestTypes).not.toContain('correction');
  });

  it('"I no longer trade" (on an exchange) is no refusal of a sale', () => {
    const c = readByRules('I hereby request the deletion of my account. The reason: I no longer trade and do not want my data kept.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it.each(['Please stop trading my personal data.', 'Never trade or sell my information.'])('"%s" still refuses a sale', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });

  it('"¿La IA tiene acceso a mis datos?" asks who reaches the data, not what is held', () => {
    expect(readByRules('¿La IA de la empresa tiene acceso a mis datos privados de clientes?').requestTypes).toEqual([]);
    expect(readByRules('¿Qué datos tienen de mí?').requestTypes).toEqual(['access']);
  });
});
