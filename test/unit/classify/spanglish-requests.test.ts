import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Mail from bilingual Californians mixes the languages inside a sentence: an English verb with a
// Spanish object ("please delete mi cuenta"), "info" for "información".
describe('Spanglish requests', () => {
  it.each([
    ['Buenas, please remove mis datos de su sistema, gracias', ['deletion']],
    ['hola, delete mi cuenta por favor', ['deletion']],
    ['quiero saber que info tienen sobre mi', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
    expect(c.lang).toBe('es');
  });

  it('"confirmo que quiero que borren" confirms a deletion; it does not ask what is held', () => {
    expect(classify('Sí, confirmo que deseo que borren toda mi información.').requestTypes).toEqual(['deletion']);
    expect(classify('Por favor confirmen si tienen datos míos.').requestTypes).toEqual(['access']);
  });
});

// Spanish opt-outs said as refusals ("me excluyo de", "no autorizo que"), "compartan" meaning the
// sharing refused (not sending a copy), a list of mails left (an unsubscribe), and a file asked
// for "todo".
describe('Spanish refusals, lists and files', () => {

  it.each([
    ['Me excluyo de que compartan mis datos con otras compañías para publicidad.', ['opt_out']],
    ['No autorizo que mi información se comparta con nadie fuera de su empresa.', ['opt_out']],
    ['Que me pasen todo en un archivo que pueda descargar, tipo CSV, porque me voy a mudar a otro sistema.', ['portability']],
    ['¿Me pueden compartir una copia de mis datos?', ['access']],
    ['wat info u guys have on me?? and dont sell it lol', ['access', 'opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each(['saquenme de su lista de mails xfa, me llegan diario', 'Por favor eliminen mi correo de su lista.', 'Quiten mi número de teléfono de sus listas, no quiero más llamadas.', 'I was billed for a procedure I never had. Please correct my account and remove the charge.'])(
    'no CCPA request: %s',
    (body) => expect(readByRules(body).category).toBe('question'),
  );

  it('a customer list is no mailing list: "borren mis datos de su lista de clientes" is a deletion', () => {
    expect(readByRules('Borren mi correo de su lista de clientes y todos mis datos.').requestTypes).toEqual(['deletion']);
  });
});
