import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// A follow-up that reports its earlier request and orders it acted on restates that request
// (labeling conventions); one that only asks where it stands is a status question.
describe('a reported earlier request, ordered acted on', () => {
  it.each([
    ['Hi, I sent a deletion request 50 days ago and have not heard back. Please action it.', 'deletion'],
    ['I submitted an access request in March. Please process it without further delay.', 'access'],
    ['Hace dos meses envié una solicitud de eliminación de mis datos. Por favor atiéndanla ya.', 'deletion'],
  ])('%s', (body, type) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual([type]);
  });

  it('asking only where it stands stays a question', () => {
    const c = readByRules('Hi, I sent a deletion request on May 2 and got a ticket number. Can you tell me where it stands?');
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });
});
