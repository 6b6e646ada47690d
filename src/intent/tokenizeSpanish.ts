import PorterStemmerEs from 'natural/lib/natural/stemmers/porter_stemmer_es';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords_es';

// Normalized text has no accents, so the stopword list must not have them either.
const plain = (word: string): string => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

// Words natural lists as stopwords that carry intent here: "cuando"/"cuanto tiempo" ask for a deadline,
// "como" for a procedure, "no"/"sin" flip a situation, "contra" says whose side ("en mi contra").
const KEEP = new Set(['cuando', 'como', 'donde', 'quien', 'no', 'sin', 'contra', 'mas', 'antes', 'despues', 'otro', 'poco']);
// The state is implied; people also greet, hedge and fill ("oiga", "pues") without saying what they need.
const EXTRA_STOPWORDS = [
  'california', 'calif', 'ca', 'cali', 'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'oiga', 'pues', 'bueno', 'este', 'esta', 'estos', 'estas', 'eso', 'esto',
  'es', 'son', 'soy', 'era', 'fue', 'ser', 'estar', 'estoy', 'esta', 'estan', 'hay', 'tengo', 'tiene', 'tienen', 'puedo', 'puede', 'pueden', 'hacer', 'hago', 'saber', 'se', 'si',
  'favor', 'porfa', 'gracias', 'ayuda', 'ayudar', 'quiero', 'necesito', 'algo', 'cosa', 'cosas', 'mis', 'tu', 'tus', 'usted', 'yo', 'ellos', 'ellas', 'les', 'las', 'los', 'unos', 'unas',
  'ha', 'han', 'he', 'hemos', 'va', 'van', 'voy', 'vamos', 'entonces', 'tambien', 'ya', 'aun', 'todavia', 'solo', 'asi', 'aqui', 'alli', 'ahi', 'nada', 'todo', 'muy',
  // Amounts ("3 mil dolares", "$500" → "500 dollars") say how much, not which question.
  'mil', 'miles', 'cien', 'cientos', 'dolares', 'dolar', 'dlls', 'dls', 'dollars', 'bucks',
];

export const SPANISH_STOPWORDS: ReadonlySet<string> = new Set(
  [...naturalStopwords.map(plain).filter((word) => !KEEP.has(word)), ...EXTRA_STOPWORDS],
);

const tokenizer = new WordTokenizer();

/** Words of an already-normalized Spanish text, stopwords and bare numbers removed, not stemmed. */
export function spanishContentWords(normalized: string): string[] {
  return tokenizer.tokenize(normalized).filter((word) => !SPANISH_STOPWORDS.has(word) && !/^\d+$/.test(word));
}

// Irregular forms the stemmer leaves apart from their base.
const IRREGULAR: Readonly<Record<string, string>> = {
  dio: 'dar', dieron: 'dar', di: 'dar', hizo: 'hacer', hicieron: 'hacer', puso: 'poner', pusieron: 'poner',
  tuvo: 'tener', tuve: 'tener', tuvieron: 'tener', quiso: 'querer', supe: 'saber', supo: 'saber', vino: 'venir',
  dijo: 'decir', dijeron: 'decir', trajo: 'traer', perdi: 'perder', gane: 'ganar', gano: 'ganar',
  // "-ando" reads as a gerund ending: "demando" (he sued) would stem to "dem", apart from "demandar".
  demando: 'demandar', demandando: 'demandar', mando: 'mandar', mandando: 'mandar',
};

const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

/**
 * The stemmer treats "apelación" and "apelacion" differently (it drops "-ación" only with the accent),
 * and people mostly type without accents: put the accent back on the common endings first.
 */
export function spanishStem(word: string): string {
  if (/\d/.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const base = (IRREGULAR[word] ?? word).replace(/cion$/, 'ción').replace(/sion$/, 'sión');
    stemmed = plain(PorterStemmerEs.stem(base));
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}
