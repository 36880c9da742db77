import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Who may ask (§7063, §7070): a power of attorney, however abbreviated, acts for an adult; a
// legal guardian of a minor is a parent for these rules.
describe('guardians and powers of attorney', () => {
  it.each([
    ['I have POA over my aunt Edna. Please delete her account.', 'agent'],
    ['As her POA I ask you to erase her data.', 'agent'],
    ['Soy el tutor legal de una menor de 15 años. Borren su cuenta.', 'parent'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe(requester);
  });

  it('"que eliminen toda la información que tengan" is one deletion, not an access request too', () => {
    expect(classify('Pido que borren toda la información que tengan sobre mí.').requestTypes).toEqual(['deletion']);
  });

  it('Spanish subjunctive "transfieran" with a readable format is portability (§1798.130(a)(3)(B)(iii))', () => {
    expect(classify('Pido que transfieran mis datos a mi nuevo proveedor en un formato que se pueda importar.').requestTypes).toEqual(['portability']);
  });
});
