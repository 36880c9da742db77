import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

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
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each(['I closed my account with everything in it last year.', 'What is the process?'])('%s -> no request', (body) => {
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
    expect(c.category).toBe('question');
  });
});
