import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Objections to marketing use and "exclude me" from a sale are opt-outs (§1798.120; the GDPR
// objection, test/eval/README); a CSV export does not swallow a separate "tell me what you have".
describe('objections, exclusions and several asks in one sentence', () => {
  it.each([
    'I object to my information being used for targeted marketing.',
    'If your company shares customer data, please exclude mine.',
    'Exclude me from any sale of personal information.',
  ])('%s -> opt_out', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('"exclude" with no sale or sharing in view asks for no opt-out', () => {
    expect(classify('Please exclude my old address from future mailings.').requestTypes).not.toContain('opt_out');
  });

  it('"tell me what you have on me, send me a CSV" is access and portability (§1798.110, §1798.130(a)(3)(B)(iii))', () => {
    expect(classify('Tell me what you hold about me, send me a JSON export of my profile, and do not sell it.').requestTypes).toEqual([
      'access',
      'portability',
      'opt_out',
    ]);
  });
});

// Opt-outs of sale and sharing and objections to profiling (§1798.120, §7025-§7026) in Spanish
// wordings beside another right; "y también don't sell ..., ok?" is an order with a tag, not a
// question.
describe('opt-outs said beside another right', () => {
  it.each([
    ['En su nombre solicitamos la eliminación de su información personal y su exclusión de toda venta o intercambio de datos.', ['deletion', 'opt_out']],
    ['Les pido por favor eliminar mis datos personales y que no me sigan haciendo perfiles para mercadeo.', ['deletion', 'opt_out']],
    ['Yo no quiero que su información se comparta con nadie ni que la vendan, y quiero que borren la cuenta.', ['deletion', 'opt_out']],
    ['No quiero que compartan mi información con terceros, y tampoco quiero que usen mi ubicación exacta para nada más.', ['opt_out', 'limit_sensitive']],
    ["Hey, quiero hacer delete de mi account, ya no la uso. And también don't sell my info a nadie mientras la borran ok?", ['deletion', 'opt_out']],
    ["And also don't sell my info, ok?", ['opt_out']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each(['No puedo ver mi perfil.', '¿Cómo edito mi perfil?'])('a profile is not profiling: %s', (body) => {
    expect(classify(body).category).toBe('question');
  });
});

// Sale and profiling in plain, angry or slangy words (§1798.120, §1798.140(k) cross-context
// behavioral advertising); a profile the writer built is no profiling.
describe('opt-outs in plain words', () => {
  it.each([
    'QUIT PEDDLING MY INFO.',
    'Stop building a profile on me for targeting ads, and stop feeding my browsing on your site to ad networks.',
    'Stop profiling me.',
    'No sé si andan vendiendo mis datos, pero si sí, párenle ya.',
  ])('%s -> opt_out', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).toContain('opt_out');
  });

  it.each(['I built a profile on your site for ads.', 'I just got an email saying "we received your request to delete your data" but I never sent any request. Please don\'t erase anything.'])(
    'no request: %s',
    (body) => {
      const c = readByRules(body);
      expect(c.category).toBe('question');
    },
  );
});
