import { CHOICE_REPLY_CHARS } from '../src/calc/recognizerWindows';
import type { Language } from '../src/kb/types';

// botbuilder's Spanish number recognizer reads the articles "un" and "una" as 1, so "tengo un carro"
// or "cómo presento un caso" would pick the first choice. A reply meaning "1" says "1", "uno" or "la primera".
const SPANISH_ARTICLES = /(^|[^\p{L}])(?:un|una)(?=$|[^\p{L}])/giu;

/** The part of a reply a choice is read from: its start ("yes, and then…"), without Spanish articles. */
export function choiceReply(text: string, language: Language): string {
  const start = text.slice(0, CHOICE_REPLY_CHARS);
  return language === 'es' ? start.replace(SPANISH_ARTICLES, '$1') : start;
}
