import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/intent/normalize';
import { turnLanguage } from '../../src/conversation/turnLanguage';

const decide = (text: string, rest: { current?: 'en' | 'es'; locale?: string; inFlow?: boolean } = {}) => turnLanguage({ text, normalized: normalizeText(text), inFlow: false, ...rest });

describe('Which language a turn is answered in', () => {
  it('follows a message that is clearly in one language', () => {
    expect(decide('¿cuánto puedo demandar?', { current: 'en' }).language).toBe('es');
    expect(decide('how much can I sue for', { current: 'es' }).language).toBe('en');
  });

  it('keeps the conversation\'s language when a message is too short to tell', () => {
    for (const text of ['ok', '2', '$2,400', 'SC-100', 'no']) {
      expect(decide(text, { current: 'es' }).language, text).toBe('es');
      expect(decide(text, { current: 'en' }).language, text).toBe('en');
    }
  });

  it('starts a conversation with nothing to go on in the channel\'s language', () => {
    expect(decide('ok', { locale: 'es-MX' }).language).toBe('es');
    expect(decide('ok', { locale: 'en-US' }).language).toBe('en');
    expect(decide('ok').language).toBe('en');
  });

  it('keeps a guided flow in its language, whatever the answer looks like', () => {
    expect(decide('my car', { current: 'es', inFlow: true }).language).toBe('es');
  });

  it('switches when asked, even inside a flow', () => {
    for (const text of ['in English please', 'english', 'English, please', 'speak english']) expect(decide(text, { current: 'es', inFlow: true }), text).toEqual({ language: 'en', asked: true });
    for (const text of ['en español', 'español', '¿hablas español?', 'habla español?', 'Spanish please']) expect(decide(text, { current: 'en' }), text).toEqual({ language: 'es', asked: true });
  });

  it('does not take a question that mentions a language for a request to switch', () => {
    expect(decide('is there an interpreter in spanish at the hearing?').asked).toBe(false);
  });
});
