import type { Language, Role } from '../kb/types';
import { isEnglishWord } from './englishWords';
import { detectRole } from './role';
import { isSpanishWord } from './spanishWords';
import { contentWords, stem, STOPWORDS } from './tokenize';
import { SPANISH_STOPWORDS, spanishContentWords, spanishStem } from './tokenizeSpanish';

/** How the matcher reads text in one language: which words to skip, how to stem, what is a real word. */
export interface TextProfile {
  language: Language;
  stopwords: ReadonlySet<string>;
  /** Words of normalized text, stopwords and bare numbers removed. */
  contentWords(normalized: string): string[];
  stem(word: string): string;
  /** An ordinary word of the language, which is never a typo of a domain word. */
  isCommonWord(word: string): boolean;
  /** The side of the judgment a normalized message reveals. */
  detectRole(normalized: string): Role | undefined;
}

export const TEXT_PROFILES: Readonly<Record<Language, TextProfile>> = {
  en: { language: 'en', stopwords: STOPWORDS, contentWords, stem, isCommonWord: isEnglishWord, detectRole: (normalized) => detectRole(normalized, 'en') },
  es: {
    language: 'es',
    stopwords: SPANISH_STOPWORDS,
    contentWords: spanishContentWords,
    stem: spanishStem,
    // Spanglish ("el judgement") mixes in English words; neither kind is a typo.
    isCommonWord: (word) => isSpanishWord(word) || isEnglishWord(word),
    detectRole: (normalized) => detectRole(normalized, 'es'),
  },
};
