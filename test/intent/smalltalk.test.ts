import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/intent/normalize';
import { detectSmallTalk, type SmallTalk } from '../../src/intent/smalltalk';

// Spanish small talk as people type it, written for this table.
const SPANISH: ReadonlyArray<readonly [string, SmallTalk | undefined]> = [
  ['Hola', 'greeting'],
  ['hola, ¿cómo está?', 'greeting'],
  ['buenos días', 'greeting'],
  ['Buenas tardes', 'greeting'],
  ['buenas', 'greeting'],
  ['qué tal', 'greeting'],
  ['¿hablas español?', 'greeting'],
  ['¿Habla español?', 'greeting'],
  ['puedo escribir en español?', 'greeting'],
  ['gracias', 'thanks'],
  ['¡Muchas gracias!', 'thanks'],
  ['ok gracias', 'thanks'],
  ['gracias por la ayuda', 'thanks'],
  ['se lo agradezco', 'thanks'],
  ['adiós', 'goodbye'],
  ['hasta luego', 'goodbye'],
  ['eso es todo', 'goodbye'],
  ['ya no tengo más preguntas', 'goodbye'],
  ['ayuda', 'help'],
  ['¿qué puedes hacer?', 'help'],
  ['¿Cómo funciona esto?', 'help'],
  ['empezar de nuevo', 'startOver'],
  ['volver a empezar', 'startOver'],
  ['cancelar', 'startOver'],
  ['¿eres un robot?', 'human'],
  ['eres un bot', 'human'],
  ['¿Es usted una persona real?', 'human'],
  ['¿puedo hablar con una persona?', 'human'],
  ['quiero hablar con un abogado por favor', 'human'],
  ['necesito hablar con alguien', 'human'],
  // Questions that start like small talk are questions.
  ['gracias, pero ¿cómo embargo su sueldo?', undefined],
  ['hola, me demandaron, ¿qué hago?', undefined],
  ['¿puedo hablar con el juez antes de la audiencia?', undefined],
  ['¿cuánto cuesta presentar la demanda?', undefined],
];

describe('Small talk in Spanish is conversation, not a question', () => {
  it.each(SPANISH)('"%s" → %s', (text, kind) => {
    expect(detectSmallTalk(normalizeText(text), 'es')).toBe(kind);
  });

  it('keeps the English patterns for English', () => {
    expect(detectSmallTalk(normalizeText('are you a bot?'))).toBe('human');
    expect(detectSmallTalk(normalizeText('eres un robot'), 'en')).toBeUndefined();
  });
});
