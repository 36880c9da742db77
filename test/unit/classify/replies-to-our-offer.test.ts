import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const reply = (body: string, quoted: string) =>
  classifyMessage({ subject: 'Re: Your privacy request', body, quoted, attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

const OFFER_EN = 'On Tue, Apr 1, 2025 at 11:05 AM Privacy Team <privacy@example.com> wrote:\n> We have opted you out of the sale and sharing of your personal information. Would you like us to delete\n> your account and the personal information associated with it as well?';
const OFFER_ES = 'El jue, 5 jun 2025, Equipo de Privacidad <privacy@example.com> escribió:\n> Ya le enviamos la copia de sus datos. ¿Quiere que además eliminemos su\n> información personal? Responda sí o no.';

// A consumer answers our question in the thread: "yes" accepts the right our quoted mail offered
// (§1798.105), even though the body names none; the model, which reads only the body, may not
// overrule it. A "yes" under a mail that offered nothing asks nothing.
describe('a short yes to the right our quoted mail offered', () => {
  it.each([
    ['Yes please go ahead.', OFFER_EN, 'en'],
    ['yes', OFFER_EN, 'en'],
    ['si', OFFER_ES, 'es'],
    ['Sí, por favor.', OFFER_ES, 'es'],
  ])('%j -> deletion', (body, quoted, lang) => {
    const c = reply(body, quoted);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.lang).toBe(lang);
  });

  // Issue 16, real texts 17f: a support agent asks the writer to confirm the deletion they asked.
  it('"Yes, I confirm" under "answer here confirming you really want to delete your account" -> deletion', () => {
    const quoted = "> Can you please answer here confirming you're aware of this and really want to delete your account?\n> Once I have this answer I will proceed.";
    const c = reply('Yes, I confirm. Thank you and have a nice day', quoted);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a yes under a mail that offered nothing is no request', () => {
    const c = reply('yes thanks', 'On Mon, Jun 2, 2025, Privacy Team <privacy@example.com> wrote:\n> Your deletion request has been completed.');
    expect(c.category).toBe('question');
  });

  it('a long reply is read on its own words', () => {
    const c = reply('Yes, I got your message, but I have a question about my bill from last month, it looks too high to me.', OFFER_EN);
    expect(c.requestTypes).not.toContain('deletion');
  });
});

describe('a portable copy asked with a pronoun', () => {
  it.each(['Can you send it as a CSV or JSON file? I want to import it into another app.', "Thanks for the summary. I'd like the actual data too, as a JSON export."])(
    '%s -> portability',
    (body) => {
      const c = reply(body, '');
      expect(c.category).toBe('privacy_request');
      expect(c.requestTypes).toEqual(['portability']);
    },
  );
});

// Follow-ups in a thread name what they want with pronouns and short frames.
describe('follow-ups in a thread', () => {
  it.each([
    ['Can you do the same for my daughter? She is 15 and made an account last year. Please delete hers too.', ['deletion']],
    ["In that case can I get the list of the specific third parties you shared my information with in the last 12 months?", ['access']],
    ['Thanks for the copy. Please close my account too, with everything in it.', ['deletion']],
    ['¿Me la pueden mandar en Excel o CSV? El PDF no me sirve para pasar los datos a la otra aplicación.', ['portability']],
    ['Mi hijo de 10 años también tiene una cuenta. También quiero que borren la de él.', ['deletion']],
    ["What I'd actually like is just a copy of what you have on me.", ['access']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each(['I closed my account with everything in it last year.', 'What is the process?'])('%s -> no request', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('question');
  });
});

// Staff or the bot may offer choices: "(a) delete ..., (b) stop selling ..., or both". The answer
// picks one, or all.
describe('an answer to the options we offered', () => {
  const OPTIONS =
    'On Thu, Apr 10, 2025 at 9:03 AM Privacy Team <privacy@example.com> wrote:\n> Hi Sheila, please let us know whether you would like us to (a) delete your\n> personal information, (b) opt you out of the sale and sharing of your personal information, or both.';

  it.each([
    ['Yes, both please.', ['deletion', 'opt_out']],
    ["Just (b). Please don't delete anything, I need my payment history for taxes.", ['opt_out']],
    ['(a) only', ['deletion']],
    ['b', ['opt_out']],
    // "a" as an article picks nothing: "both" stands.
    ['Yes, both please, and a confirmation when it is done.', ['deletion', 'opt_out']],
  ])('%j -> %j', (body, types) => {
    const c = reply(body, OPTIONS);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  const OPCIONES = 'El vie, 11 abr 2025 a las 11:20, Privacidad <privacidad@example.com> escribió:\n> ¿Desea (a) que eliminemos su información, (b) que dejemos de venderla\n> o compartirla, o ambas?';
  it.each([
    ['Sí, las dos cosas por favor.', ['deletion', 'opt_out']],
    ['Solo la (b). No borren nada, necesito mi historial de pagos.', ['opt_out']],
    ['Sí, las dos, gracias a ustedes.', ['deletion', 'opt_out']],
  ])('%j -> %j', (body, types) => {
    const c = reply(body, OPCIONES);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

describe('a wish not yet made', () => {
  it('"I will let you know whether I want it deleted" asks only for the copy', () => {
    const c = reply("Send me a copy of my data first. After I've gone through it I'll let you know whether I want it deleted.", '');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('"the request below" points at the quoted request', () => {
    const c = reply(
      'I sent the request below on February 3. It has now been 50 days and I have heard nothing. Please complete it.',
      'On Mon, Feb 3, 2025 at 8:47 PM Arthur Kwiatkowski <ak@example.com> wrote:\n> Hello, please send me a copy of the personal information you hold about\n> me, and after that, delete it. Thanks.',
    );
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access', 'deletion']);
  });
});
