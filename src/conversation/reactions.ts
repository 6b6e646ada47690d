import type { Language } from '../kb/types';

/**
 * Short replies that are conversation, not questions: "yes", "ok", "that didn't help", "what?". Matched
 * as questions they land on whatever entry shares a word with them ("yes" → the interpreter entry).
 */
export type Reaction = 'yes' | 'no' | 'ok' | 'notHelpful' | 'confused' | 'notSure';

type Patterns = ReadonlyArray<readonly [Reaction, RegExp]>;

// Whole-message patterns on normalized text (lowercase, contractions expanded, no punctuation).
const ENGLISH: Patterns = [
  ['notHelpful', /^(no |nope )?(that|this|it)( answer)? (did not|does not|is not|was not) (help|helpful|help me|what i (asked|meant|wanted|need|needed))( at all)?$|^(not helpful|unhelpful|useless|wrong( answer)?|that is wrong|that is not it|not what i (asked|meant|wanted)|you did not answer( my question)?|that is not my question)$/],
  ['notSure', /^(i do not know|i dunno|dunno|idk|not sure|i am not sure|no idea|i have no idea|no clue|unsure|i do not remember|i forget|i forgot)$/],
  ['yes', /^(yes|yeah|yea|yep|yup|sure|ok(ay)? sure|yes please|please|please do|do it|go ahead|sounds good|si|of course|absolutely|definitely|i do|i would|i want that|let s do it|lets do it|ok(ay)? yes|yes ok(ay)?)$/],
  ['no', /^(no|nope|nah|no thanks|no thank you|not really|not now|not yet|maybe later|i am good|i m good|all good|that all|that is all|nothing else|no more)$/],
  ['ok', /^(ok|okay|k|kk|alright|all right|got it|i see|cool|fine|understood|makes sense|right|good|great|nice|oh|oh ok(ay)?|hmm+|ah ok(ay)?|noted|ok(ay)? cool|wow)$/],
  ['confused', /^(what|huh|what do you mean|i do not understand|i am confused|confused|what does that mean|say that again|come again|sorry what|i do not get it|what is that|can you explain( that)?|explain)$/],
];

// Spanish (no accents: "sí" arrives as "si", "¿qué?" as "que"). "Vale" is an ok; "órale", "sale" and
// "dale" say "go ahead", so they take an offer like "yes".
const SPANISH: Patterns = [
  ['notHelpful', /^(no )?(eso |esto |esa respuesta |la respuesta )?no (me )?(ayudo|ayuda|sirvio|sirve|sirvio de nada|ayudo en nada)( para nada| nada| de nada)?$|^(no es lo que (pregunte|queria|quise decir|buscaba|busco|necesito)|no sirve|inutil|((eso|esa|esa respuesta|la respuesta) )?esta mal|eso no es|no es eso|respuesta equivocada|equivocado|incorrecto|no (contestaste|contesto|respondiste|respondio)( (a )?mi pregunta)?|esa no es mi pregunta)$/],
  ['notSure', /^(no se|no lo se|no sabria decir|ni idea|no tengo idea|no tengo ni idea|no estoy segur[oa]|no me acuerdo|no lo recuerdo|no recuerdo|se me olvido|quien sabe|sepa)$/],
  ['yes', /^(si+|si si|claro|claro que si|por supuesto|sale|dale|va|orale|andale|adelante|hazlo|hagalo|simon|si por ?favor|si porfa|ok si|si ok|si quiero|si gracias|quiero eso|me parece bien|de acuerdo|esta bien si)$/],
  ['no', /^(no|nop|nel|no gracias|no por ahora|todavia no|aun no|ahorita no|ahora no|luego|mas tarde|tal vez (luego|despues)|quizas (luego|despues)|estoy bien|asi esta bien|nada mas|nada)$/],
  ['ok', /^(ok|okay|oki|okey|k|vale|bueno|bien|esta bien|entendido|entiendo|ya entendi|ya veo|ya|ah ok|ah ya|ah|aja|listo|perfecto|genial|excelente|super|muy bien|que bien|orale ok|mmm+|ah bueno)$/],
  ['confused', /^(que|como|mande|eh|que dices|que dice|que quieres decir|que quiere decir|que significa( eso)?|no entiendo|no entendi|no le entiendo|no te entiendo|no entiendo nada|estoy confundid[oa]|me confundi|puedes repetir|puede repetir|repite|como que|explicame|expliqueme|puedes explicar( eso)?|puede explicar( eso)?|que es eso)$/],
];

const PATTERNS: Readonly<Record<Language, Patterns>> = { en: ENGLISH, es: SPANISH };

export function detectReaction(normalized: string, language: Language = 'en'): Reaction | undefined {
  return PATTERNS[language].find(([, pattern]) => pattern.test(normalized))?.[0];
}

const QUESTION_START: Readonly<Record<Language, RegExp>> = {
  en: /^(how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|may|if|am i|what if)\b/,
  es: /^(como|que|cuando|donde|por que|porque|quien|quienes|cual|cuales|cuanto|cuanta|cuantos|cuantas|puedo|puede|pueden|podria|se puede|debo|tengo que|hay|es|son|si|me pueden|le puedo|a donde)\b/,
};

/** A message that reads as a question ("how…", "can they…", "…?", "¿…"), not an answer to one. */
export function isQuestionLike(text: string, normalized: string, language: Language = 'en'): boolean {
  return /\?\s*$/.test(text) || (language === 'es' && /^\s*¿/.test(text)) || QUESTION_START[language].test(normalized);
}
