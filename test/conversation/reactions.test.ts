import { describe, expect, it } from 'vitest';
import { detectReaction, isQuestionLike, type Reaction } from '../../src/conversation/reactions';
import { normalizeText } from '../../src/intent/normalize';

// Spanish replies to the bot, written for this table.
const SPANISH: ReadonlyArray<readonly [string, Reaction | undefined]> = [
  ['sí', 'yes'],
  ['si', 'yes'],
  ['Sí, por favor', 'yes'],
  ['claro', 'yes'],
  ['órale', 'yes'],
  ['sale', 'yes'],
  ['de acuerdo', 'yes'],
  ['no', 'no'],
  ['no gracias', 'no'],
  ['ahorita no', 'no'],
  ['todavía no', 'no'],
  ['ok', 'ok'],
  ['vale', 'ok'],
  ['Entendido', 'ok'],
  ['ya veo', 'ok'],
  ['perfecto', 'ok'],
  ['no me ayudó', 'notHelpful'],
  ['eso no me sirvió para nada', 'notHelpful'],
  ['no es lo que pregunté', 'notHelpful'],
  ['esa respuesta está mal', 'notHelpful'],
  ['¿qué?', 'confused'],
  ['¿Cómo?', 'confused'],
  ['no entiendo', 'confused'],
  ['¿qué significa eso?', 'confused'],
  ['no sé', 'notSure'],
  ['no estoy segura', 'notSure'],
  ['no me acuerdo', 'notSure'],
  // Questions are not reactions.
  ['sí, pero ¿cuándo puedo cobrar?', undefined],
  ['no me pagó', undefined],
  ['¿qué es un embargo?', undefined],
];

describe('Spanish reactions are conversation, never matched to an entry', () => {
  it.each(SPANISH)('"%s" → %s', (text, reaction) => {
    expect(detectReaction(normalizeText(text), 'es')).toBe(reaction);
  });

  it('reads English with the English patterns', () => {
    expect(detectReaction(normalizeText("that didn't help"))).toBe('notHelpful');
    expect(detectReaction(normalizeText('vale'), 'en')).toBeUndefined();
  });
});

describe('A Spanish message that reads as a question', () => {
  it.each([
    ['¿Puedo pagar en plazos', true],
    ['cuanto me pueden quitar', true],
    ['se puede apelar?', true],
    ['el 5 de octubre', false],
    ['me pagan cada quincena', false],
  ] as const)('"%s" → %s', (text, question) => {
    expect(isQuestionLike(text, normalizeText(text), 'es')).toBe(question);
  });
});
