import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords';

// natural's English stopword list drops words that carry intent in this domain: "when"/"how long"
// ask about deadlines, "how much" about amounts, "not"/"never" flip a situation, "take" is what a
// creditor does to property. Keep them.
const KEEP = new Set(['when', 'how', 'much', 'long', 'after', 'before', 'take', 'never', 'not', 'where', 'who', 'out', 'over', 'under', 'back', 'get', 'got', 'more', 'same', 'other']);
const EXTRA_STOPWORDS = ['please', 'hi', 'hello', 'um', 'ok', 'okay', 'just', 'really', 'so', 'guy', 'thing', 'stuff', 'know', 'need', 'want', 'does', 'doe', 'am', 'im', 'will', 'the', 'a', 'an'];

export const STOPWORDS: ReadonlySet<string> = new Set(
  [...naturalStopwords.filter((word) => !KEEP.has(word)), ...EXTRA_STOPWORDS],
);

const tokenizer = new WordTokenizer();

/** Words of an already-normalized text, stopwords removed, not stemmed. */
export function contentWords(normalized: string): string[] {
  return tokenizer.tokenize(normalized).filter((word) => !STOPWORDS.has(word));
}

export function stem(word: string): string {
  return /\d/.test(word) ? word : PorterStemmer.stem(word);
}
