import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// GDPR and ARCO letters name the rights they exercise in one coordinated list: each name counts,
// not only the first (issue 16, probing the GDPR/ARCO kinds).
describe('rights named in one list', () => {
  it('English names', () => {
    expect(readByRules('I wish to exercise my rights of access, rectification, erasure and objection.').requestTypes).toEqual(['access', 'deletion', 'correction', 'opt_out']);
  });

  it('English verbs', () => {
    expect(readByRules('I am exercising my rights to access, correct and delete my personal information.').requestTypes).toEqual(['access', 'deletion', 'correction']);
  });

  it('Spanish ARCO names', () => {
    expect(readByRules('Ejerzo mis derechos ARCO de acceso, rectificación, cancelación y oposición.').requestTypes).toEqual(['access', 'deletion', 'correction', 'opt_out']);
  });

  it('access named beside portability stays a right of its own', () => {
    expect(readByRules('Quiero ejercer mis derechos de acceso y portabilidad.').requestTypes).toEqual(['access', 'portability']);
  });

  it.each([
    'Usted tiene derecho de acceso, rectificación, cancelación y oposición.',
    'How do I use my rights of access and deletion?',
    'Your policy mentions rights of access and erasure.',
  ])('described, asked about or only mentioned: %s', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });
});
