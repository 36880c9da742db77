import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// The right to opt out is of the sale or sharing of personal information (§1798.120), and by the
// labeling conventions of targeted advertising, profiling and direct marketing. Opting out of a
// beta program, an app's feature or a research study is no such request (issue 16: each was read
// as a sale opt-out).
describe('opting out of something that is not a use of data', () => {
  it.each([
    'I want to opt out of the beta program.',
    "Hi, I would like to opt out of the app's new feature that suggests contacts.",
    'I want to opt out of the study I enrolled in last spring.',
    'Please opt me out of the automatic renewal program, I will pay month to month.',
    'Opto por no participar en el estudio de la universidad.',
    'Quiero hacer opt-out del programa beta.',
  ])('%s -> no opt-out', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).not.toContain('opt_out');
    expect(c.category).toBe('question');
  });

  it.each([
    'I want to opt out.',
    'I opt out.',
    'Please opt me out of the sale of my data.',
    'Do not sell or share my personal information.',
    'I want to opt out of targeted advertising.',
    "Please opt me out of the app's data sharing program.",
    'Opto por no participar en la venta de mis datos.',
  ])('%s -> opt_out (§1798.120)', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });
});
