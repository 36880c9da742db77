import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// The right to limit covers the use AND the disclosure of sensitive personal information
// (§1798.121(a)): "don't disclose it" beside a limit is the limit itself, not an opt-out of sale
// or sharing (§1798.120). A sale, advertising, third parties or "my data" in general still make
// an opt-out of their own.
describe('limiting sensitive data', () => {
  it.each([
    ["Please limit your use of my precise geolocation to what's needed to show me nearby clinics. Don't use it or disclose it for anything else.", ['limit_sensitive']],
    ["I don't want you using or disclosing my precise geolocation beyond that. Please limit the use of my sensitive personal information.", ['limit_sensitive']],
    ['Les pido que limiten el uso de mi ubicación precisa al mínimo, y que no la compartan con nadie.', ['limit_sensitive']],
    // A limit on a pronoun, after the sensitive data was named.
    ['On the form I wrote my religion because of my diet. I do not want it used for other things. Please limit it.', ['limit_sensitive']],
    ['La aplicación siempre me pide mi ubicación exacta. Limítenlo por favor.', ['limit_sensitive']],
    // Opt-outs of their own.
    ['Limit the use of my SSN and do not share my data with anyone.', ['opt_out', 'limit_sensitive']],
    ['Please limit use of my health data and do not sell my information.', ['opt_out', 'limit_sensitive']],
    ['Limit how you use my precise location, and do not share anything with advertisers.', ['opt_out', 'limit_sensitive']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('"limit it" with no sensitive data named is no limit request', () => {
    expect(classify('The app sends too many notifications. Please limit it.').requestTypes).not.toContain('limit_sensitive');
  });
});

// A negation reaches every phrase inside the negated one: "I do not want my account to be
// deleted" must not leave a bare "be deleted" asking for a deletion.
describe('a negated phrase negates the phrases inside it', () => {
  it.each(['I do not want my account to be deleted.', 'I am not wanting my account to be deleted.', 'No quiero que mi cuenta sea eliminada.'])(
    '%s -> no deletion',
    (body) => {
      const c = classify(body);
      expect(c.requestTypes).not.toContain('deletion');
    },
  );

  it('an unrelated negation before a deletion still leaves the request', () => {
    expect(classify('I do not use the app anymore and want my account to be deleted.').requestTypes).toEqual(['deletion']);
  });
});

// Limiting health data is the CCPA's right to limit (§1798.121), not a medical-records matter;
// a correction of profile fields in a message that mentions the chart is still a CCPA correction.
describe('sensitive data and profile fields beside medical words', () => {
  it.each([
    ['Les pido que limiten el uso y la divulgación de mi información personal sensible, especialmente lo relacionado con mi salud y mi ubicación.', ['limit_sensitive']],
    ['q no usen mis datos de salud para nada mas q mis citas xfa', ['limit_sensitive']],
    ['Les solicito: 1. Abstenerse de vender o compartir la información personal de mi cliente. 2. Limitar el uso de su información sensible.', ['opt_out', 'limit_sensitive']],
    ["Two fields in my account profile are wrong: mobile and date of birth. Please correct both. I'm not talking about anything in my chart.", ['correction']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

// A use confined to one purpose limits it (§1798.121), in either language and in either word
// order; who received the data, asked in the past tense, is the right to know (§1798.115); "I
// don't care whether you share it" refuses nothing.
describe('uses confined to one purpose, recipients, and indifference', () => {

  it.each([
    ["Your app has a field for sexual orientation. I'm not trying to delete my profile but I need you to limit how that info is used. Don't share it with partners.", ['limit_sensitive']],
    ['Les pido que usen mi ubicación exacta únicamente para el buscador de clínicas y no la compartan para ninguna otra cosa.', ['limit_sensitive']],
    ['En el perfil puse mi orientación sexual. Necesito que ese dato solo lo use mi equipo médico.', ['limit_sensitive']],
    ['Me pidieron mi número de seguro social. No les pido que lo borren, pero sí que lo usen solamente para verificar mi identidad.', ['limit_sensitive']],
    ['Which companies did you sell or share my information with, and when?', ['access']],
    ['¿A quién le vendieron o le pasaron mis datos? Quiero la lista de empresas.', ['access']],
    ["Could you send me a copy of the personal information you have on me? I'm not opting out of anything and I don't care whether you share it with partners.", ['access']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('the present tense asks about a practice', () => {
    expect(readByRules('¿Con quién comparten mis datos? Solo quiero entender su política.').category).toBe('question');
  });
});

// A second right in the same sentence: a limit beside a deletion or an opt-out, access beside a
// portable copy asked for a named client.
describe('a second right beside the first', () => {

  it.each([
    ["Please delete my app account. And until it's gone don't use my health info or location for anything except what you must.", ['deletion', 'limit_sensitive']],
    ['Solicito en su nombre: 1. Que nos informen qué información personal tienen de la Sra. Olmos, y 2. Que nos entreguen una copia de dicha información en formato electrónico estructurado (CSV o similar).', ['access', 'portability']],
    ['No quiero que compartan mis datos con nadie para anuncios, y tampoco quiero que usen lo de mis citas médicas ni mi ubicación para nada que no sea necesario.', ['opt_out', 'limit_sensitive']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

// More second rights: the Global Privacy Control beside a limit, txt-speak "4 anything else",
// Spanglish sharing, a conditional opt-out beside a limit, and wishes not yet made.
describe('second rights and deferred wishes', () => {

  it.each([
    ["My browser sends the Global Privacy Control signal. Please apply it to my account, and limit the use of my health information to what's needed to process my bills.", ['opt_out', 'limit_sensitive']],
    ['pls delete my acct + dont use my location 4 anything else. ty', ['deletion', 'limit_sensitive']],
    ['Hola, quiero que hagan delete de mi account y que no sigan sharing mis datos con los advertisers.', ['deletion', 'opt_out']],
    ['Si están vendiendo o compartiendo mis datos, dejen de hacerlo. Y no quiero que usen mi información de salud ni mi ubicación para nada que no sea necesario.', ['opt_out', 'limit_sensitive']],
    ['Díganme qué tienen de mí, mándenmelo en un archivo JSON y después bórrenlo.', ['access', 'portability', 'deletion']],
    ['Mándenme primero una copia de mis datos. Cuando la revise les digo si quiero que los borren o no.', ['access']],
    ['Por ahora solo quiero que no vendan ni compartan mis datos. Tal vez más adelante pida que borren mi cuenta, pero todavía no.', ['opt_out']],
    ['Please stop selling my data. Maybe later I will ask you to delete my account.', ['opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});
