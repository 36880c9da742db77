import { describe, expect, it } from 'vitest';
import { personsMatter, speaksAsOutsider } from '../../../src/pipeline/classify/privacy-matter.js';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16, the most common miss on mail nobody here wrote: a pitch, a proposal, an invitation, a
 * job application or a note meant for someone else, read as a question. A person's question names
 * a matter of theirs with us (privacy, their data, account, order, login, the mail they got from
 * us); customer-service mail with no privacy word stays a question (the labeling conventions).
 * Mail that names no such matter and speaks as an outsider (an introduction, an offer, a link, a
 * note to a named person) is `other`: the digest lists it, nothing is answered, staff can turn it
 * back. Every message is fictional, written for this test.
 */
const classify = readPersonsMail;

describe("an outsider's mail that names no matter of the writer's", () => {
  it.each([
    ['from chaos to clarity', 'Hi Jordan,\n\nRight now your finance team is probably pulling numbers from six tools, and closing the month takes two weeks.\n\nPicture one page where every figure updates by itself, and the close takes two days.\n\nIs that worth ten minutes?\n\nMaya Torres'],
    ['Grant round', 'Hi Jordan, the spring grant round for small clinics opens on Monday. I am the program director and thought your team might want to apply. Questions welcome.\n\nPriya'],
    ['Your article', "Hey there! I read your founder's essay on rural health and I am a reporter writing a piece on the same subject. Could she answer three questions by Friday?"],
    ['Interview for my show', 'Hello! I am a writer and the host of a technology show with 20,000 listeners. I would love to interview your founder about her book. Would next Tuesday work?\n\nDaniel'],
    ['Lake trip', 'Dear Pat:\nIt turns out we cannot make the lake trip next month after all. Would you like our concert tickets?\nEric'],
    ['Volunteering', 'Hi there, my name is Lena Park and I am a recent graduate in computer science. I would love to volunteer on the next project of your team. Is there a way to get involved?'],
    ['Board meeting', 'Good afternoon Alex,\n\nThank you for presenting the figures last week. Please send the signed summary and the updated budget by Thursday so the board can vote.\n\nWarm regards,\nBoard Secretary'],
    ['You have a new voice message', 'Dear privacy@mtbc.example.com\nYou have received a voice message.\nKindly listen to it before it expires.\nThe privacy@mtbc.example.com Admin'],
    ['Cena', 'Hola Marta, al final no podemos ir a la cena del sábado. ¿Quieres nuestras entradas del teatro?'],
    ['Colaboración', 'Buenas tardes, soy Marta Ruiz, fundadora de una agencia de diseño. Tenemos una propuesta de colaboración para ustedes. ¿Podemos hablar esta semana?'],
  ])('%s -> other', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.otherWhy).toMatch(/names no matter of the writer's with us/);
  });
});

describe("a person's mail stays a person's, whatever outsider sign it carries", () => {
  it.each([
    ['Is this you?', 'Is this email really from you? It asks me to confirm a payment at https://pay.example.net/confirm and I do not remember any charge.'],
    ['Hours', 'Hi Sam, what are your office hours this week? The portal will not let me sign in.'],
    ['Too many emails', 'Hi Jordan, please take me off your mailing list, I keep getting your promotional emails.'],
    ['Promociones', 'Hola Marta, ¿me pueden dar de baja de sus promociones? Me llegan todos los días.'],
    ['Saturday', 'Are you open on Saturday morning?'],
    ['All sorted', 'Hi Sam, thank you for your quick reply yesterday, all sorted now.'],
    ['Servicio', 'Buenas tardes Marta: el técnico llegó tres horas tarde. Pésimo servicio.'],
    ['Horario', 'Hola, quisiera saber a qué hora abren el sábado.'],
    ['Boletín', 'Hola Marta, dejen de enviarme el boletín semanal por favor.'],
    ['Re: Spring tips', 'Hi Jordan,\nSTOP'],
    ['Following up', 'Hi Jordan, I am following up on my request from last month; your team said someone would call me. https://status.example.org'],
  ])('%s -> question', (subject, body) => {
    expect(classify(subject, body).category).toBe('question');
  });

  it('a request is never made junk, however the writer introduces themselves (§1798.130(a)(2))', () => {
    const c = classify('Request', 'Hi Jordan, I am a journalist and the founder of a small agency. Please delete my personal information from your records.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});

describe('the two readings apart', () => {
  it('personsMatter names the words that show the matter, and null when there are none', () => {
    expect(personsMatter('Re: my bill', 'any news?', '')).toBe('my bill');
    expect(personsMatter('', 'why did i get this letter from you?', '')).toBe('why did i');
    expect(personsMatter('', 'quisiera saber si ustedes venden mis datos', '')).toBe('ustedes venden');
    expect(personsMatter('Lake trip', 'dear pat: we cannot make the lake trip next month after all.', '')).toBeNull();
    // An address or a link names no matter, whatever words it spells.
    expect(personsMatter('', 'dear privacy@mtbc_example_com you have a voice message at https://voice.example.net/privacy', '')).toBeNull();
    // A reply's matter can sit in what it quotes.
    expect(personsMatter('Re: hello', 'any update?', 'i was charged twice for my subscription')).not.toBeNull();
  });

  it('speaksAsOutsider hears an introduction, an offer, a link or a named greeting, not a customer', () => {
    expect(speaksAsOutsider('', 'my name is lena park and i am a recent graduate')).toBe(true);
    expect(speaksAsOutsider('', 'we offer a free audit of your website')).toBe(true);
    expect(speaksAsOutsider('', 'dear pat:\nsee you sunday')).toBe(true);
    expect(speaksAsOutsider('', 'hi team,\nthe app keeps crashing when i open it.')).toBe(false);
    expect(speaksAsOutsider('hours', 'are you open on saturday?')).toBe(false);
  });
});
