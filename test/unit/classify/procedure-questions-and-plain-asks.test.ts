import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { EN } from '../../../src/pipeline/classify/phrases-en.js';
import { ES } from '../../../src/pipeline/classify/phrases-es.js';
import { onlyAsksQuestions } from '../../../src/pipeline/classify/sentence-mood.js';
import { splitSentences } from '../../../src/pipeline/classify/split-sentences.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// test/eval/README: "what data do you have about me?" is an access request, but "how do I find
// out what data you have?" asks about the procedure, unless a go-ahead follows.
describe('procedure questions versus direct questions', () => {
  it('"how can I find out what data you hold on me?" is a question', () => {
    expect(classify('How can I find out what data you hold on me?').category).toBe('question');
  });

  it.each([
    'What do you guys know about me?',
    'What data do you hold on me?',
    'How can I see what you have on me? Please treat this email as my request.',
  ])('%s -> access (§1798.110)', (body) => {
    expect(classify(body).requestTypes).toEqual(['access']);
  });
});

describe('plain asks in forms not covered before', () => {
  it.each([
    ['Would you mind updating my phone number to 555-0102?', ['correction']],
    ['I want to see everything in my account.', ['access']],
    ['I would like every record with my name on it erased.', ['deletion']],
    ['Could you email me a copy of whatever you keep on me?', ['access']],
    ['Tienen mal mi teléfono, es 555-0150.', ['correction']],
    ['¿Me pueden descargar mis datos en un archivo?', ['portability']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('asking the status of an earlier request names a right without asking for it', () => {
    expect(classify('Can you confirm the status of the deletion request I made in May?').category).toBe('question');
  });

  it('an appointment reminder service is not a reminder about a request', () => {
    expect(classify('I used your reminder service once. Please delete my data.').reasons.join(' ')).not.toContain('earlier request');
  });
});

// Issue 16, real texts 17a-17l: "I want to delete my account. What do I do?" was read as a deletion
// request. The writer means to do it themself and asks how: account help, as "how do I delete my
// account?" is (labeling conventions). Wanting it done by us stays a request.
describe('a want to do it oneself, next to a question how', () => {
  it.each([
    'I want to delete my account.\nwhat do I do?',
    'So, I wanted to delete my account today. How do I do this?',
    'I want to delete my account and sign up again. Please let me know how to delete my account.',
    'Hi! I was trying to delete my account and I do not see any option - what should I do to make my account removed?',
    'Buenas, necesito actualizar mis datos personales. ¿Cómo procedo?',
    'Quiero eliminar mi cuenta. ¿Qué debo hacer?',
  ])('%s -> question', (body) => {
    // The rules' reading: the trained second opinion may still overrule it, and sends that to staff.
    expect(readByRules(body).category).toBe('question');
  });

  it.each([
    ['I would like my duplicate account deleted. How should I proceed?', ['deletion']],
    ['Please, I want to delete my account. How do I do this?', ['deletion']],
    ['I want to delete my account. How long will it take?', ['deletion']],
    ['I want to delete my account. How do I do that, or can you do it for me?', ['deletion']],
    ['Quiero que eliminen mi cuenta. ¿Qué debo hacer?', ['deletion']],
    ['I want to delete my account.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

// What keeps the trained second opinion from making a request of a message of questions alone
// (combine-opinions.ts, `onlyQuestions`): greetings, names and sign-offs are not the message's own,
// and a polite ask or a question what is held asks us to act (labeling conventions).
describe('onlyAsksQuestions', () => {
  it.each([
    ['¿compartis mis datos con terceros?', true, ES],
    ['hola,\n¿como elimino mi cuenta y datos personales?\ngracias\nelena rivas', true, ES],
    ['¿que ocurre con mis datos si cancelo?', true, ES],
    ['hello?', true, EN],
    ['do my data get deleted permanently 14 days after deleting my account?', true, EN],
    ['i want to delete my account. how?', false, EN],
    ['my account was closed last year. do you keep backups?', false, EN],
    ['hi team,\nplease delete my data.', false, EN],
    ['could you export my address book and calendar to a standard file format?', false, EN],
    ['how do i do that, or can you do it for me?', false, EN],
    ['what personal information has your tutoring service collected about my son, eli?', false, EN],
    ['buenas, ¿me podeis enviar vosotros mis datos en un archivo?', false, ES],
    ['¿que datos guardais de mi?', false, ES],
    // a question of what we can do, whatever the verb (`youCan`, wider than the polite ask)
    ['hola, ¿pueden hacer delete a toda mi info? gracias', false, ES],
    ['can you take care of this for me?', false, EN],
    // Issue 16, real texts 23h: what a company discloses, sells or shares, and to whom, is a
    // question about its practice; what data it holds ("¿qué datos tienen?") asks access.
    ['¿que informacion personal revela mtbc y a quien?', true, ES],
    ['¿que datos comparten con terceros?', true, ES],
    ['¿que datos tienen?', false, ES],
  ])('%j -> %s', (text, only, table) => {
    expect(onlyAsksQuestions(splitSentences(text), table)).toBe(only);
  });
});

// The labeled set's Spanish of Spain (vosotros): the polite ask "¿me podéis enviar...?", the
// imperative "actualizadla"; and a format named in a later clause of the asked sentence is asked
// with it (find-type-hits.ts, askedTogether).
describe('asks in the vosotros form, and a format asked in the same sentence', () => {
  it.each([
    ['Buenas, como el enlace no funciona, ¿me podéis enviar vosotros mis datos en un archivo (CSV o lo que uséis)? Gracias.', ['portability']],
    ['Tenéis mi dirección antigua. La nueva es Calle Mayor 5. Actualizadla, por favor.', ['correction']],
    ['Could you send me my data in a file (CSV, or whatever you use)?', ['portability']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('a clause that opens a question of its own stays a question', () => {
    expect(readByRules('Since the link is broken, can you send me my data, and do you have it as a CSV?').requestTypes).toEqual(['access']);
  });
});

// Issue 16, real texts 17c and 17g: polite asks the rules read as questions about deletion.
describe('polite asks in other shapes', () => {
  it.each([
    'Someone has started stalking my account. Is there any way you can remove my data?',
    'My email address is publicly viewable here. It is probably too late now but could it be removed?',
  ])('%s -> deletion', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a way for the writer, not for us, is still a question how', () => {
    expect(readByRules('Is there a way to remove my account data from the site?').category).toBe('question');
  });
});
