import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: 'Pat Example', screen: { kind: 'human', reason: 'none' } });

// Who may ask (§1798.140(ak), §7063, §7070): an agent acts for another adult (relative,
// executor); a parent acts for a minor child. The age may be written as a bare number.
describe('relatives writing for someone else', () => {
  it.each([
    ['My mother, Alma Reyes, died in January. Please close her account and delete her information. I am the executor of her estate.', 'agent'],
    ['My daughter is 31 and wants her data removed from your database.', 'agent'],
    ['My 22 yo son asked me to get his info deleted.', 'agent'],
    ['my 14 yo made an account on your site, delete all his info', 'parent'],
    ['My 9-year-old signed up for your newsletter. Please delete his data.', 'parent'],
    ['My grandfather does not use email, so I am sending this: he wants his account deleted along with his information.', 'agent'],
    ['Mi papá no sabe usar el correo. Él quiere que borren su cuenta.', 'agent'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe(requester);
  });

  it('a child whose age is in months is still a minor (§7070)', () => {
    expect(classify('My son is 18 months old and someone made an account in his name. Delete his data.').requester).toBe('parent');
  });
});

// A late relative makes the writer an agent only when the message is about that person: a widow
// quoting her husband still asks for herself.
describe('a late relative', () => {
  it.each([
    ['Please delete my late husband\'s account.', 'agent'],
    ['I am writing about my late wife. Delete her data please.', 'agent'],
    ['My late husband always said not to leave information lying around. Please remove my account and everything you have on me.', 'self'],
    ['Since my late father taught me to be careful online, I want my own account deleted.', 'self'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe(requester);
  });
});

// A child named in passing, while the writer asks about their own information, does not make the
// writer a parent acting for the child (§7070); a writer who says whose relative they are ("I am
// wife of ...", "soy hijo de la Sra. ...") acts for that person (§7063).
describe('who the request is for', () => {
  it.each([
    ['Years ago I made an account to pay a bill for my daughter, who is in college now. Please delete both of my accounts and all the personal information you have about me.', 'self'],
    ['I want know which data you are keeping from me. My daughter say in California I have right for this. Please send me the list.', 'self'],
    ['Me regresé a vivir con mi hija. Lo que quiero es que borren mi cuenta y mis datos.', 'self'],
    ['My daughter is 12. Please delete her account.', 'parent'],
    ['My son signed up with my email. Please delete everything about him.', 'parent'],
    ['Hello, I am wife of Mikhail Korolyov. In his profile the birth date is wrong. He gave me permission to write you. Please correct it.', 'agent'],
    ['Soy hijo de la Sra. Elvira Betancourt, de 84 años. Solicito que me digan qué datos personales tienen de ella.', 'agent'],
    ['Soy la tutora legal de mi hermano Andrés, que es mayor de edad. Quisiera saber qué información tienen de él.', 'agent'],
    ['I am the mother of two teenagers and I want my own account deleted.', 'self'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe(requester);
  });
});

// Said outright ("this request is only for me", "no se trata de la cuenta de mi esposo, sino de
// la mía"), or a relative named only in the story beside the writer's own data, the writer asks
// for themself; a power of attorney or a guardianship still makes a representative (§7063, §7070).
describe('a relative in the story, not the client', () => {
  it.each([
    ["I take care of my mom full time so I use your billing portal for HER bills, but this is about my own account. I just want to know what personal information you have about me.", 'self'],
    ['Usually my wife deals with our medical accounts, so you may see her name. This request is only for me. Please delete my own account.', 'self'],
    ['After my mother died last year I started to get ads for genetic tests. I want you to limit the use of my sensitive information (health, family history).', 'self'],
    ['Mi esposo falleció hace dos años. Quisiera saber qué información personal mía tienen. No se trata de la cuenta de mi esposo, sino de la mía.', 'self'],
    ['Soy tutora legal de mis dos nietos, pero este correo no es sobre ellos, es sobre mí. Por favor eliminen mi cuenta y mis datos personales.', 'self'],
    ["I'm writing for my son, Corporal Dylan Reyes, who is 22 and deployed overseas. On his behalf I'm asking for a copy of the personal information you hold about him.", 'agent'],
    ['I am the legal guardian of my grandson, who is twelve. Please delete his account and all of his information.', 'parent'],
    ['pls opt my wife Rosa out of data selling, she doesnt do email', 'agent'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe(requester);
  });
});

describe('a relative who keeps their own', () => {
  it('"she wants to keep hers ... mine I want closed" is the writer asking for themself', () => {
    const c = classify("Hi, my mom set both of us up on your portal years ago. She wants to keep hers, that's her call. Mine, though, I want closed and my data deleted.");
    expect(c.requester).toBe('self');
  });
});

describe('a spouse who keeps the shared account', () => {
  it.each([
    "My husband and I share one login for the billing portal. He wants to keep using it. I don't. Please delete my personal information only: my email address and my phone number. Leave his stuff alone.",
    'Mi esposa y yo compartimos la misma cuenta del portal. Ella la quiere seguir usando, así que no toquen sus datos. Lo que pido es que borren MI información: mi correo y mi celular.',
    "Don't use my exact location beyond the check-in. I'm not uninstalling the app because my kid's pediatrician uses it.",
  ])('%s -> self', (body) => {
    expect(classify(body).requester).toBe('self');
  });
});

// Issue 16, real texts 17k: a parent's one-paragraph letter asks for "copies of Mateo Alvarado's
// education records". The records are named by the person's name, not "my": they are a person's
// data all the same, and the letter an access request, never junk (a request judged junk loses
// its clock). The business's own records ("your company's records") are no person's data.
describe("a person's data named by their name", () => {
  it('"copies of Mateo Alvarado\'s education records" -> access', () => {
    const c = readByRules("Hello,\n\nI am requesting copies of Mateo Alvarado's education records, including evaluations and progress reports.\n\nSincerely,\nRenee Alvarado");
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('"a copy of your company\'s records retention policy" asks for no one\'s data', () => {
    expect(readByRules("Could you send me a copy of your company's records retention policy?").category).toBe('question');
  });
});

// Issue 16, real texts 17c, 17k and 18c: the account of someone who died is closed with its data.
describe("closing a dead relative's account", () => {
  it.each([
    'I am the executor of my father\'s estate and need to close his account.',
    'My mother died, and her card is still active. Please close her account.',
    "Can you act on my behalf to close my late father's account?",
  ])('%s -> a deletion by an agent', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('agent');
  });

  // One's own account closed is its deletion (labeling conventions; asks-in-other-words.test.ts).
  it("closing a living relative's account is no deletion by itself; one's own is", () => {
    expect(readByRules('My husband asked me to close his account, he is travelling.').requestTypes).toEqual([]);
    expect(readByRules('Please close my account.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 19b: a consumer's own letter that names the agent channel it may use later.
describe('an agent channel named is no agent', () => {
  it('"I may separately submit a request through the CPPA\'s authorized agent mechanism" is the consumer writing (§7063 needs an agent)', () => {
    const c = readByRules('I request that you delete the personal information you collected about me. Note that I may separately submit a deletion request through the authorized agent mechanism of the agency.');
    expect(c.requester).toBe('self');
  });

  it('"I am an authorized agent" still makes the writer an agent', () => {
    expect(readByRules('I am an authorized agent for Dana Whitfield and request that you delete her personal information.').requester).toBe('agent');
  });
});

// Issue 16, real texts 21h: a form's attestation that offers both ("soy el titular ... o actúo en
// representación del titular") names no one else; the writer of "mis datos" is the consumer.
describe('"soy el titular o actúo en representación del titular"', () => {
  it('is the consumer writing', () => {
    const c = readByRules('Solicito la eliminación de mis datos personales. Confirmo que soy el titular de estos datos o actúo en representación del titular.');
    expect(c.requester).toBe('self');
  });
  it('"actúo en representación del titular, mi madre" is an agent', () => {
    const c = readByRules('Actúo en representación de mi madre, Rosa Díaz. Solicito la eliminación de sus datos personales.');
    expect(c.requester).toBe('agent');
  });
});

// Issue 16, real texts 17-21: a death announced by someone who names none of their own data
// writes for the deceased (§7063: an agent acts for another).
describe('a death announced', () => {
  it('"Frank Blaine passed away ... Please remove the record entirely" is an agent', () => {
    const c = readByRules('Frank Blaine passed away in June last year and you are still writing to him. Please remove the record entirely.');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('agent');
  });
  it('a writer who asks about their own data after a death is the consumer', () => {
    const c = readByRules('My husband passed away in June. Please delete my account and my personal information.');
    expect(c.requester).toBe('self');
  });
});

// Issue 16, real texts 21g-21h: a colleague or a staff member passes on another person's wish.
describe('a wish passed on', () => {
  it.each([
    ['r.eckert@example.org requested to have their account deleted, as they signed in with the wrong account. Please delete it.'],
    ['He communicated he want to withdraw his application. Please wipe out all its data.'],
    ['The user jdoe_42 wants their account deleted from our systems. Please delete it.'],
  ])('%s -> agent (§7063)', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe('agent');
  });
  it('"the user can delete their account" describes, it passes on no wish', () => {
    expect(readByRules('I am a user of your app. Please delete my account; the user settings do not let me delete it.').requester).toBe('self');
  });
});
