import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// §7063, §7070: a parent acting for a child stated to be 18 or older is an agent; for a minor, or
// a child of unstated age, a parent. The age may sit past a name, an aside or in the next clause.
describe('adult sons and daughters', () => {
  it.each([
    ["My son Owen is 27 and deployed overseas. At his request I'm asking you to delete his account.", 'agent'],
    ['My daughter, who turned 19 in May, wants her account deleted. Please delete her data.', 'agent'],
    ['My son (22) asked me to get a copy of his data.', 'agent'],
    ['My son lives abroad now. He is 31 and asked me to delete his account.', 'agent'],
    ['My daughter is an adult now and wants her profile removed, please delete it.', 'agent'],
    ['Mi hijo Pablo ya es mayor de edad y me pidió que borren su cuenta.', 'agent'],
    ['Mi hija tiene 24 y quiere que eliminen sus datos.', 'agent'],
    ['My son Owen is 12. Please delete his account.', 'parent'],
    ['My daughter is 18 months old and someone made her an account. Delete her data.', 'parent'],
    ['My son turns 18 next month. Please delete his account.', 'parent'],
    ['Please delete my son’s account.', 'parent'],
    ['Mi hijo tiene 9 años. Borren su cuenta, por favor.', 'parent'],
  ])('%s -> %s', (body, requester) => {
    expect(classify(body).requester).toBe(requester);
  });
});
