import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/pipeline/classify/detect-language.js';

// Every reply goes out in the language detected here (issue 4, "Language"), so a short Spanish
// message read as English gets an answer its writer may not understand.
describe('detectLanguage', () => {
  it.each([
    'Ya no me manden promociones al correo.',
    'No puedo subir fotos a mi perfil, me sale error.',
    'Borren todo lo que tengan de mí.',
    '¿Me pueden decir qué datos tienen?',
    'Quiero que eliminen mi cuenta por favor',
  ])('%s -> es', (text) => expect(detectLanguage(text)).toBe('es'));

  it.each([
    'Please delete my account.',
    'Do you sell my data? I saw a sale banner on your site.',
    'Stop sending me promotions.',
    'My name is Rosa Delgado and I want a copy of my data.',
    'delete me',
  ])('%s -> en', (text) => expect(detectLanguage(text)).toBe('en'));
});
