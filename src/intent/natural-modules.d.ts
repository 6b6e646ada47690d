// natural's main entry loads every module it has (database clients included) and takes ~0.4 s and
// ~150 MB; we import only the pieces we use, whose deep paths ship without their own type declarations.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { transposition_cost?: number; restricted?: boolean }): number;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es' {
  const PorterStemmerEs: { stem(token: string): string };
  export = PorterStemmerEs;
}
declare module 'natural/lib/natural/util/stopwords_es' {
  export const words: string[];
}
