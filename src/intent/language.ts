import type { Language } from '../kb/types';

/** The language a message is written in, and how sure that is (0 to 1). */
export interface LanguageGuess {
  language: Language;
  confidence: number;
}

/** Below this the message is too short or too mixed to tell: the conversation keeps its language. */
export const LANGUAGE_SURE = 0.5;

// Function words and the words people use most in these chats. Function words carry a Spanglish
// message ("la corte de small claims", "me garnishearon el check"): the borrowed English is nouns,
// the grammar around it is Spanish. Words both languages write the same ("no", "me", "a", "ok") are in neither.
const SPANISH_FUNCTION = new Set(
  ('el la los las un una unos unas de del al y o pero que qué por para con sin en es son está están estoy soy fue era ' +
    'mi mis tu tus su sus mí yo usted ustedes él ella ellos nos les le lo se te si sí cómo como cuánto cuanto cuánta cuándo cuando ' +
    'dónde donde cuál cual quién quien porque hay ya muy más mas también tambien este esta eso esto ese esa aquí aqui nada todo ' +
    'puedo puede pueden tengo tiene tienen debo debe deben quiero quiere necesito hacer hago dijo dice van voy va pasa ' +
    'pagar pago cobrar gané gane perdí perdi sé estoy hablas habla hablo entiendo').split(' '),
);
const ENGLISH_FUNCTION = new Set(
  ('the an and or but of to in on at for with without from by is are was were be been am do does did done have has had ' +
    'i you he she they we it my your his her their our him them us what how when where why which who whom ' +
    'can could will would should shall may might must if then than this that these those there here not dont don\'t won\'t can\'t ' +
    'cant isnt isn\'t doesnt doesn\'t didnt didn\'t im i\'m ive i\'ve youre you\'re its it\'s thats that\'s whats what\'s all about ' +
    'get got pay paid owe owed won lost want need know speak please').split(' '),
);
// Replies and domain words that are one language only; a single one decides a one-word reply ("gracias", "help").
const SPANISH_WORDS = new Set(
  ('gracias ayuda hola adiós adios claro bueno vale perfecto seguro nuevo empezar español espanol inglés ingles ' +
    'dinero fallo demanda demandar demandé reclamo reclamos menores corte juez jueza juzgado sueldo salario cheque carro coche casa ' +
    'cuenta banco embargo embargar embargaron quitar quitan formulario formularios fecha días dias semana mes meses año años ' +
    'apelar apelación audiencia deuda deudor acreedor abogado persona paso carta correo trabajo trabaja jefe esposa esposo ' +
    'vecino casero depósito deposito intereses pagos plazos tiempo cuánto congeló nombre contra carro').split(' '),
);
const ENGLISH_WORDS = new Set(
  ('help yes yeah yep nope thanks thank hi hello hey bye goodbye great cool sure start over english spanish ' +
    'money judgment judgement sue sued suing claim claims court judge wages wage paycheck check salary car house home bank account ' +
    'levy garnish garnishment garnished form forms date days week month year appeal hearing debt debtor creditor lawyer ' +
    'person step letter mail mailed work works boss wife husband neighbor landlord deposit interest installments time froze ' +
    'file divorce real talk again else much long collect collecting take ignore happens added').split(' '),
);
// Spanish endings no English word has; they catch Spanglish verbs ("garnishearon", "chequearon").
const SPANISH_ENDING = /(?:aron|ieron|ción|cion|ando|iendo|ado|ada|amos|emos|imos)$/;
const SPANISH_LETTER = /[ñ¿¡áéíóú]/;

/**
 * The language of one message, from its words: function words count twice, one-language words once,
 * a Spanish-only letter or ending once. `undefined` when nothing in it belongs to either language
 * ("ok", "2", "$2,400", "SC-100"). Plain words and no model: the messages are short, and a person's
 * one-word reply ("sí", "help") is exactly where general detectors guess.
 */
export function detectLanguage(text: string): LanguageGuess | undefined {
  let spanish = 0;
  let english = 0;
  if (/[¿¡]/.test(text)) spanish += 1;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (SPANISH_FUNCTION.has(word)) spanish += 2;
    else if (ENGLISH_FUNCTION.has(word)) english += 2;
    else if (SPANISH_WORDS.has(word)) spanish += 1;
    else if (ENGLISH_WORDS.has(word)) english += 1;
    else if (SPANISH_LETTER.test(word) || (word.length > 4 && SPANISH_ENDING.test(word))) spanish += 1;
  }
  const total = spanish + english;
  if (total === 0) return undefined;
  const language: Language = spanish > english ? 'es' : 'en';
  // One word is enough to tell only when it belongs to one language; a mix is as sure as its margin.
  const confidence = Math.abs(spanish - english) / total;
  return { language, confidence };
}
