import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Who may ask (§1798.140(ak), §7063): an agent acts for a consumer it names. The business's own
// processors, service providers and contractors (§1798.140(ag), (j)) act "on behalf of" the
// business; a letter that tells them to delete too is still the consumer asking for themself
// (issue 16: such a letter was read as an agent's at 0.99).
describe('acting on behalf of the business names no consumer', () => {
  it.each([
    'Under the CCPA I request that you delete my personal information, including any copies held by processors acting on behalf of you.',
    'Delete everything you have on me. This includes anything held by processors acting on behalf of you.',
    'I request deletion of my personal information. Please direct all service providers and contractors that process data on behalf of your company to do the same.',
    'I want my information erased. Vendors working on behalf of the business must be told too.',
    'Please erase whatever you hold about me and make sure every subprocessor acting for you erases it as well.',
    'Solicito la supresión de toda la información que tengan. Los encargados que actúan en nombre de la empresa deben hacer lo mismo.',
    'Ejerzo mi derecho de supresión. Comuníquenlo a los proveedores que tratan datos por cuenta de ustedes.',
  ])('%s -> self', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('self');
  });

  it.each([
    'I am writing on behalf of my client Dana Whitfield. She requests that you delete her personal information.',
    "Hello, I'm contacting you on behalf of Dana Whitfield, who has authorized me to request deletion of her personal information.",
    'Escribo en nombre de mi cliente, el señor Tomás Ibarra, quien solicita la supresión de sus datos.',
    // "Our client" is what a law firm writes: "our" is never read as the business.
    'We write on behalf of our client, Dana Whitfield, to request deletion of her personal information.',
    "We write on behalf of the firm's client, Dana Whitfield, who asks that you delete her personal information.",
  ])('%s -> agent (§7063)', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe('agent');
  });
});
