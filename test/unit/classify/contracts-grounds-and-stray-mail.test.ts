import { describe, expect, it } from 'vitest';
import { readByRules, readSubjectAndBodyByRules } from './read-by-rules.js';

// Issue 16, real texts 26: shapes of the fresh folders' development half (fictional wording).
const read = readSubjectAndBodyByRules;

describe('a copy of a data contract is no access request', () => {
  it.each([
    'I need a copy of the data processing agreement for our records.',
    'Could you send us your signed data protection addendum? Our procurement team needs it.',
  ])('%s', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).not.toContain('access');
    expect(c.category).not.toBe('privacy_request');
  });

  it('a copy of the data held about the writer still is', () => {
    expect(readByRules('Please send me a copy of the data you hold about me.').requestTypes).toEqual(['access']);
  });
});

describe('the writer’s own mail gone astray names no data to correct', () => {
  it('"I sent this to the wrong address" is misdirected mail, not a correction', () => {
    const c = read('Sorry, wrong address', 'I think I sent this to the wrong address, sorry. Please ignore.\n\nOlga');
    expect(c.requestTypes).toEqual([]);
    expect(c.category).toBe('other');
  });

  it('"you have the wrong address for me" still asks a correction', () => {
    expect(readByRules('You have the wrong address for me on file, please update it to 12 Elm Street.').requestTypes).toEqual(['correction']);
  });
});

describe('a removal from every mailing list is an unsubscribe, and the reader’s principals make no agent', () => {
  it('"remove me from all of your mailing and contact lists"', () => {
    const c = readByRules('I hereby instruct you to cease sending me your unsolicited advertising. You are working on their behalf to gather information about my family. Please remove me from all of your mailing and contact lists.');
    expect(c.requestTypes).toEqual([]);
    expect(c.requester).not.toBe('agent');
  });

  it('the reader working "on their behalf" leaves a writer asking for themselves', () => {
    expect(readByRules('Please delete all personal information you hold about me. I know you are working on their behalf, whoever sold you my address.').requester).toBe('self');
  });

  it('a writer acting "on her behalf" is still an agent', () => {
    expect(readByRules('I am writing on her behalf: please delete all personal information you hold about my mother, Ana Ruiz.').requester).toBe('agent');
  });
});

describe('the purpose portability serves', () => {
  it('"send me my data so I can move to another provider" asks a portable copy', () => {
    expect(readByRules('Hi, send me my data so I can move to another provider.').requestTypes).toEqual(['portability']);
  });

  it('a copy asked for no transfer stays access', () => {
    expect(readByRules('Hi, send me my data so I can check what you have.').requestTypes).toEqual(['access']);
  });
});

describe('an erasure letter’s grounds cited as "Art. 17(1)(c)" are no opt-out', () => {
  it('the objection listed under the grounds with a dotted article', () => {
    const c = readByRules('I request that you erase all personal data you hold about me.\nI rely on the following grounds:\n(a) The data is no longer necessary [Art. 17(1)(a)]\n(c) I object to processing under Article 21 [Art. 17(1)(c)]');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('an objection to direct marketing beside an erasure stays an opt-out', () => {
    expect(readByRules('Please erase all personal data you hold about me. I also object to the processing of my data for direct marketing.').requestTypes).toEqual(['deletion', 'opt_out']);
  });
});

describe('the advance-fee proposal', () => {
  it('"a mutually beneficial business proposal if you choose to participate" is junk', () => {
    const c = read('PRIVATE', 'Hello,\n\nI have information that is privileged and I would appreciate it if it is handled as such. I have a mutually beneficial business proposal if you choose to participate.\n\nI await your response.');
    expect(c.category).toBe('other');
  });
});

describe('a customer asking for a copy of their invoice sends no invoice', () => {
  it('"send me a copy of invoice 48771" is customer service, not junk', () => {
    expect(read('Need a copy of invoice 48771', 'Could you please send me a copy of invoice 48771? I need it for our accounting team.').category).toBe('question');
  });

  it('an invoice sent to us is still junk', () => {
    expect(read('Invoice 48771', 'Hello, please find attached invoice 48771 for services rendered in October. Payment is due within 30 days.').category).toBe('other');
  });
});
