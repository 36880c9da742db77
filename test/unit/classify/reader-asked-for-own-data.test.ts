import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

/**
 * Issue 16, real texts 23d-23e: phishing and companies' notices ask the READER to send or update
 * the reader's own data ("Envíe sus datos bancarios", "le pedimos que actualice su información de
 * cuenta", "please update your account information"). The rules read those as an access or a
 * correction asked of us, and a right asked kept the junk model from judging the scam junk. A
 * person asking us names the business's records or their own data ("update your records with my
 * new address"), and that still asks (§1798.106, §1798.110).
 */
describe("the reader asked for the reader's own data asks us nothing", () => {
  it.each([
    'Envíe sus datos bancarios para recibir el pago.',
    'Para evitar la suspensión de su cuenta bancaria, le pedimos que actualice su información de cuenta de inmediato.',
    'Verifique sus datos en el siguiente enlace.',
    'To avoid suspension, please update your account information immediately.',
    'Kindly send your bank details so we can release the funds.',
  ])('%j -> no right asked', (body) => {
    expect(readByRules(body).requestTypes).toEqual([]);
  });

  it.each([
    ['Please update your records with my new address: 12 Elm St, Springfield.', 'correction'],
    ['Please send me all your information about me.', 'access'],
    ['Por favor actualicen sus datos con mi nueva dirección.', 'correction'],
    ['Envíenme mis datos, por favor.', 'access'],
    // an agent asks for the data of the person they act for
    ['Tengo poder notarial de mi mamá. Quiero que me manden sus datos en un archivo.', 'access'],
  ])('%j still asks %s', (body, type) => {
    expect(readByRules(body).requestTypes).toContain(type);
  });
});
