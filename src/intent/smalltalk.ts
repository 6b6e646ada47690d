import type { Language } from '../kb/types';

export type SmallTalk = 'greeting' | 'thanks' | 'help' | 'startOver' | 'goodbye' | 'human';

type Patterns = ReadonlyArray<readonly [SmallTalk, RegExp]>;

// Whole-message patterns only: "thanks, but how do I garnish wages?" is a question, not small talk.
const ENGLISH: Patterns = [
  ['startOver', /^(please )?(start (over|again)|restart|reset|new topic|begin again|cancel|start from (the )?(beginning|scratch)|empezar de nuevo)$/],
  ['help', /^(help( me)?|menu|options|what can you do|what do you do|what can i ask( you)?|how does this work|how do i use this|ayuda|\?+)$/],
  ['greeting', /^(hi+|hello+|hey+|hiya|yo|howdy|good (morning|afternoon|evening)|hola|buenos dias|buenas( tardes)?|greetings)( there| bot)?( how are you| how r u| how are u| how is it going| what s up| whats up| sup)?$|^(how are you|how r u|how are u|how is it going|what s up|whats up|sup)( doing| today)?$/],
  ['thanks', /^(thanks?( you)?( so much| very much| a lot)?|thx|ty|tysm|gracias|much appreciated|appreciate it|great thanks|ok thanks|perfect thanks|that helps|that helped|got it thanks)$/],
  // Someone who wants a person, or asks what they are talking to, deserves a straight answer.
  // (A trailing "bot" is already stripped: "are you a bot" arrives as "are you a".)
  ['human', /^(can i |could i |may i |i want to |i need to |i d like to |let me )?(talk|speak|chat) (to|with) (a |an )?(real |actual |live )?(person|human|lawyer|attorney|someone|somebody|agent|representative)( please| now)?$|^(are you|r u|is this)( a| an)?( real)?( robot| human| person| ai| machine| computer| lawyer)?$|^(real person|human please|agent|representative|operator|live agent)$/],
  ['goodbye', /^(bye+|goodbye|good bye|see (you|ya)|later|that s all|thats all|that is all|i m done|im done|done|adios|no more questions)$/],
];

// Spanish, on the same normalized text (no accents, no "¿?"), tú and usted alike. "¿Hablas español?"
// is answered by the greeting: said in Spanish, it says yes.
const SPANISH: Patterns = [
  ['startOver', /^(empezar|comenzar|empecemos|volver a empezar|volvamos a empezar)( de nuevo| otra vez| desde (el principio|cero))?$|^(reiniciar|reinicia|reset|borrar todo|cancelar|cancela|otro tema|nuevo tema|desde el principio)$/],
  ['help', /^(ayuda|ayudame|ayudeme|necesito ayuda|menu|opciones|que puedes hacer|que puede hacer|que haces|que hace|que (te |le )?puedo preguntar|como funciona( esto)?|como se usa( esto)?|para que sirves|para que sirve( esto)?)$/],
  ['greeting', /^(hola+|buenas|buen dia|buenos dias|buenas (tardes|noches)|saludos|hey|que onda|que tal)( como (esta|estas|le va|te va)| que tal)?$|^(como (esta|estas|le va|te va)|que tal)( hoy)?$|^(hablas|habla|hablan|se habla|puedo (escribir|hablar|preguntar)( en)?|me puede(s)? (ayudar|atender|hablar)( en)?) espanol$/],
  ['thanks', /^(ok |bueno |perfecto |excelente |sale |va |muy bien )?(gracias|muchas gracias|mil gracias|muchisimas gracias)( a ti| a usted)?( por (todo|la ayuda|tu ayuda|su ayuda|la informacion))?$|^(muy amable|te lo agradezco|se lo agradezco|eso me ayudo|me ayudo mucho|me sirvio mucho)$/],
  ['human', /^(puedo |quiero |necesito |me gustaria |quisiera |podria |se puede )?(hablar|platicar|chatear) con (un |una )?(persona|humano|ser humano|abogado|abogada|alguien|agente|representante)( real| de verdad)?( ahora)?$|^(eres|es usted|usted es|eres tu|es esto|esto es|estoy hablando con|hablo con)( un| una)?( robot| humano| persona| maquina| computadora| ia| inteligencia artificial| abogado| abogada)?( real| de verdad)?$|^(una persona real|persona real|un humano|agente|representante)$/],
  ['goodbye', /^(adios|hasta luego|hasta pronto|hasta la vista|nos vemos|bye|chao|chau|eso es todo|es todo|ya es todo|ya termine|ya no tengo (mas )?preguntas|no tengo mas preguntas|me voy)$/],
];

const PATTERNS: Readonly<Record<Language, Patterns>> = { en: ENGLISH, es: SPANISH };
const POLITE: Readonly<Record<Language, RegExp>> = { en: /\s+(please|bot)$/, es: /^(por ?favor|porfa) |\s+(por ?favor|porfa|bot)$/ };

/** Recognises a message that is only a greeting, thanks, a request for help, start over or goodbye. */
export function detectSmallTalk(normalized: string, language: Language = 'en'): SmallTalk | undefined {
  const text = normalized.replace(POLITE[language], '').trim();
  for (const [kind, pattern] of PATTERNS[language]) if (pattern.test(text)) return kind;
  return undefined;
}
