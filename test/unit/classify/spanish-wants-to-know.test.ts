import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Issue 16, real texts 20d: "Quiero saber cuándo / si puedo / cómo ..." is an indirect question about
// the procedure (labeling conventions: questions about rights and procedure), while "Quiero saber
// qué datos tienen sobre mí" asks what is held (access), and a "por favor" beside it still asks.
describe('"quiero saber" + when, whether I can, how: a question of procedure', () => {
  it.each(['Quiero saber cuándo procede la eliminación.', 'Quiero saber si puedo transferir mis datos.', 'Me gustaría saber cómo borrar mi cuenta.'])('%s -> question', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it.each([
    ['Quiero saber qué datos tienen sobre mí.', ['access']],
    ['Quiero saber cuándo van a borrar mis datos. Por favor borren mis datos.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });
});

// Issue 16, real texts 20d: how long the data is kept is a question about practice (retention),
// not an access request; what is held still is one.
describe('"¿Cuánto tiempo guardan mi información?"', () => {
  it('is a question', () => {
    expect(readByRules('¿Cuánto tiempo guardan mi información?').category).toBe('question');
  });
  it('"¿Qué datos tienen de mí?" asks what is held (access)', () => {
    expect(readByRules('¿Qué datos tienen de mí?').requestTypes).toEqual(['access']);
  });
});
