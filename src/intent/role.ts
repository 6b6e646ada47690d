import type { Language, Role } from '../kb/types';

// Phrases that say which side of a judgment the person is on, checked on normalized text (contractions
// expanded, lowercase, no punctuation). "Strong" phrases name the person's own side ("I won", "against
// me", "I'm the defendant") and decide on their own; "weak" ones only hint ("the creditor is
// garnishing", "the debtor moved") and count when nothing strong was said.
const OTHERS = '(he|she|they|the guy|the debtor|the defendant|my ex|my landlord|my tenant|my roommate|my former roommate|my neighbor|the company|the contractor|the business|the seller|the buyer|he still|she still|they still)';
const NOT_PAY = '(will not|did not|does not|has not|have not|never|still has not|still have not|refuses to|refused to|still will not|can not|stopped|wont) (pay|paid)';
const MINE = '(wages|paycheck|pay|check|paychecks|car|truck|house|home|account|bank|bank account|money|savings|checking|stuff|things|property|tools|benefits|social security|retirement|pension|furniture|income|salary|tax refund)';

const CREDITOR_STRONG: readonly RegExp[] = [
  /\b(i|we) (also |still |actually |finally )?won\b/, /\bwon (my|our) (case|claim|lawsuit|suit)\b/, /\b(owes|owe) (me|us)\b/, /\bowed (me|us)\b/, /\b(i|we) am owed\b|\bi am owed\b|\bi m owed\b|\bi owed money\b/,
  /\b(pay|paid|repay) (me|us)\b/, /\bmy (judgment )?debtor\b/, /\bi (am )?the (plaintiff|creditor|judgment creditor|one owed|person owed)\b/, /\bi am a (judgment )?creditor\b/,
  new RegExp(`\\b${OTHERS} ${NOT_PAY}\\b`), /\b(he|she|they) lost\b/, /\b(judgment|judgement) against (him|her|them|my|the defendant|the debtor|a company|the company|his|their)\b/,
  /\bin my favor\b/, /\b(i|we) sued (him|her|them|my)\b.*\b(won|judgment|judgement)\b/, /\bthe person who owes me\b/, /\b(i|we) (got|have|was awarded|were awarded|was granted) (a |the )?(judgment|judgement|award)\b(?! against me)/,
  /\bget (my|our) money\b/, /\bcollect (my|our|on my|on our|the money|what)\b/,
];
const CREDITOR_WEAK: readonly RegExp[] = [
  /\bgarnish (his|her|their|the debtor|my ex|my old|my former|the defendant|someone)\b/, /\b(levy|freeze|seize) (his|her|their|the debtor|the defendant)\b/,
  /\bthe (judgment )?debtor\b/, /\bcollect (the |a )?(judgment|judgement|debt)\b/, /\bwhere (he|she|they) (works?|banks?)\b/, /\b(his|her|their) (wages|bank|paycheck|house|car|employer|job)\b/,
  /\blien on (his|her|their)\b/, /\b(make|get) (him|her|them) (to )?pay\b/, /\b(he|she|they) (moved|disappeared|has no money|have no money|filed (for )?bankruptcy|ignored)\b/,
];

const DEBTOR_STRONG: readonly RegExp[] = [
  /\b(i|we) (also |still |actually )?lost\b/, /\b(i|we) (also |still |actually )?owe\b/, /\bi do not have (the |any |enough )?money to pay\b/, /\b(i|we) (was|were|got|have been|am being|are being) (sued|served)\b/, /\bi am being sued\b/, /\b(sued|suing|suing) (me|us)\b/,
  /\bi (am )?the (defendant|debtor|judgment debtor|one who owes|person who owes)\b/, /\bi am a (judgment )?debtor\b/, /\b(i|we) (can not|do not have|cannot|could not|am not able to|will not be able to) (pay|afford)\b/,
  new RegExp(`\\b(take|taking|took|garnish|garnishing|garnished|levy|levied|levying|seize|seized|freeze|froze|frozen|empty|emptied|touch) (all of |part of |some of )?(my|our) ${MINE}\\b`),
  new RegExp(`\\bmy ${MINE} (are|is|was|were|got|get|being|will be) (being |getting )?(garnished|levied|taken|frozen|seized|emptied)\\b`),
  /\b(take|seize|garnish|levy|collect) from (me|us)\b/, /\bagainst (me|us)\b/, /\b(they|he|she|the plaintiff|the other side|the landlord|the creditor) won\b/,
  /\bif i (declare|file|filed|go) (for )?bankruptcy\b/, /\b(i|we) (got|received|have) (a )?(notice of levy|levy notice|wage garnishment|earnings withholding order)\b/,
  /\b(i|we) (have to|must|need to) pay (the|a|this) (judgment|judgement)\b/, /\b(afford|pay off|pay back) (the|this|a) (judgment|judgement)\b/,
];
const DEBTOR_WEAK: readonly RegExp[] = [
  /\bthe (judgment )?creditor\b/, /\bmy creditor\b/, /\bthe plaintiff (is|will|wants|can|says)\b/, /\bpay (the|this|a) (judgment|judgement) in (installments|payments)\b/, /\b(can|could) i pay (in |it in )?(installments|payments|monthly)\b/,
  /\b(they|he|she) (are|is) (garnishing|levying|taking|coming after) (me|my)\b/, /\bcan they take my\b/, /\bkeep my\b/, /\bprotect my\b/,
];

// Spanish, on the same normalized text (no accents: "gané" arrives as "gane", "perdí" as "perdi"). Verb
// endings carry the person, so "perdi" (I lost) and "perdio" (he lost) are different sides; "gano" is
// both "he won" and "I earn", so it counts only after a named winner. "Me pagan $1,100" is someone's
// wages, not a payment to the person owed, so only past or refused payments "to me" are the creditor's.
const OTROS = '(el|ella|ellos|ellas|el tipo|el senor|la senora|el deudor|la deudora|el demandado|la demandada|mi ex|mi exesposo|mi exesposa|mi arrendador|mi casero|mi casera|mi inquilino|mi inquilina|mi companero de cuarto|mi roommate|mi vecino|mi vecina|la compania|la empresa|el contratista|el negocio|el vendedor|el comprador|el mecanico)';
const NO_PAGA = '(no|nunca|todavia no|aun no|sigue sin|se niega a|se nego a|no quiere|no quieren|no ha querido|se rehusa a|dejo de)( me| nos)? (paga|pagan|pago|pagaron|ha pagado|han pagado|pagar|pagarme|pagarnos|quiere pagar|quieren pagar|devuelve|devolvio)';
const LO_MIO = '(sueldo|salario|cheque|cheques|check|pago|carro|coche|troca|troka|camioneta|auto|casa|cuenta|cuenta de banco|cuenta bancaria|banco|dinero|ahorros|cosas|propiedad|herramientas|beneficios|seguro social|jubilacion|pension|retiro|muebles|ingresos|reembolso|taxes|wages|paycheck)';
const QUITAR = '(quitar|quitan|quiten|quitaron|quito|embargar|embargan|embarguen|embargaron|embargo|congelar|congelan|congelaron|congelo|retener|retienen|retuvieron|vaciar|vaciaron|tomar|toman|tomaron|agarrar|tocar|garnishear|garnishean|garnishearon|garnichar)';
// People the person names as the other side, after "contra mi" ("un fallo contra mi ex" is against the ex).
const PERSONA = '(ex|exesposo|exesposa|inquilin[oa]|vecin[oa]|arrendador|casero|casera|landlord|antigu[oa]|companer[oa]|deudor|deudora|herman[oa]|prim[oa]|cunad[oa]|jefe|patron|amig[oa]|novi[oa]|espos[oa]|mecanico|contratista|roommate)';

const SPANISH: SidePatterns = {
  creditorStrong: [
    /\b(yo )?(tambien |si |ya |por fin )?(gane|ganamos)\b/, /\b(me|nos) (debe|deben|debia|debian|quedo debiendo|quedaron debiendo)\b/,
    new RegExp(`\\b${OTROS} ${NO_PAGA}\\b`), new RegExp(`\\b${NO_PAGA.replace('( me| nos)?', '( me| nos)')}\\b`),
    /\b(me|nos) (pago|pagaron|ha pagado|han pagado|devolvio|devolvieron)\b/, /\b(pagarme|pagarnos|me pague|me paguen|nos pague|me devuelva|me devuelvan)\b/,
    /\bmi (deudor|deudora|deudor judicial)\b/, /\b(yo )?(soy|fui|somos|fuimos) (el |la |los |las )?(parte )?(demandante|demandantes|acreedor|acreedora|acreedores|acreedor judicial|que demando|quien demando|a quien le deben)\b/,
    /\b(el|ella|ellos|ellas|el demandado|la demandada|la otra parte|el deudor|mi ex|mi inquilino|mi vecino) (perdio|perdieron)\b/,
    /\ba (mi|nuestro) favor\b/,
    new RegExp(`\\b(fallo|sentencia|juicio|judgment|judgement) (\\w+ ){0,3}?(contra|en contra de) (el|ella|ellos|ellas|mi ${PERSONA}|el demandado|la demandada|el deudor|la compania|la empresa|su)\\b(?! (fallo|juicio|sentencia|demandante|acreedor))`),
    /\b(tengo|tenemos|obtuve|obtuvimos|me dieron|me otorgaron|consegui|gane) (un |una |el |la )?(fallo|sentencia|juicio|judgment|judgement)\b(?! en (mi|nuestra) contra| contra (mi|nosotros)\b)/,
    /\b(cobro|cobrar|cobrarle|cobrarles|cobramos) (mi|mis|nuestro|nuestra|lo que me|lo que nos|el dinero que me|la deuda que me)\b/, /\b(recuperar|recibir|sacar) (mi|mis|nuestro) (dinero|plata|lana|feria|pago)\b/,
    /\b(la persona|el que|la que|quien) (me|nos) debe\b/,
  ],
  creditorWeak: [
    /\b(embargar|quitar|congelar|garnishear|retener|cobrar)(le|les)\b/, /\b(embargar|quitar|congelar|garnishear|retener) (el |la )?(su|sus)\b/, /\ble (puedo |podemos |pueden |podria )?(embargar|quitar|congelar|garnishear|retener)\b/,
    /\bel (deudor|deudora|deudor judicial)\b/, /\bcobrar (el |la |un |una |este |esta )?(fallo|sentencia|juicio|judgment|deuda)\b/, /\bdonde (trabaja|tiene su cuenta|tiene su banco|tiene el banco)\b/,
    /\bsu (sueldo|salario|cheque|banco|cuenta|casa|carro|empleador|trabajo|patron|negocio)\b/, /\bgravamen (sobre|a|en|contra) (su|la casa de)\b/,
    /\b(hacer|hacerle|hacerlo|hacerla|obligarlo|obligarla|obligarlos) (a )?(que )?(pague|paguen|pagar)\b/,
    /\b(el|ella|ellos|ellas) (se mudo|se mudaron|desaparecio|desaparecieron|no tiene dinero|no tienen dinero|se declaro en (bancarrota|quiebra)|se fue|se fueron|ignoro|ignoraron)\b/,
  ],
  debtorStrong: [
    /\b(yo )?(tambien |si |ya )?(perdi|perdimos)\b(?! (el|la|los|las|mi|mis) (recibo|papel|papeles|forma|formulario|documento|copia|numero|carta|aviso|telefono))/,
    /\b(le|les) (debo|debemos|debia|debiamos|quede debiendo)\b/, /\b(yo )?(debo|debemos) (dinero|plata|\d+|mil|cien|lo que|el fallo|la sentencia|un fallo|una deuda|pagar)\b/,
    /\b(me|nos) (demandaron|demando|demandan|demanda|estan demandando|esta demandando|van a demandar|quieren demandar|puso una demanda|pusieron una demanda)\b/, /\b(fui|fuimos|estoy siendo|he sido|me han) (demandad[oa]s?|demandado)\b/,
    /\b(me|nos) (llego|llegaron|entregaron|dieron) (una |la |unos |los )?(demanda|papeles de la demanda)\b/,
    /\b(yo )?(soy|fui|somos|fuimos) (el |la |los |las )?(parte )?(demandad[oa]s?|deudor|deudora|deudores|deudor judicial|deudora judicial|que debe|quien debe)\b/,
    /\bno (puedo|podemos|tengo para|tengo como|tengo con que|tengo dinero para|tengo el dinero para|me alcanza para|alcanzo a|voy a poder) (pagar|pagarle|pagarles|pagarlo|pagarla)\b/, /\bno tengo (el |suficiente )?dinero\b/, /\bno quiero pagar\b/,
    new RegExp(`\\b${QUITAR}(me|nos)? (todo |parte de |algo de )?(mi|mis|nuestro|nuestra|nuestros|nuestras) ${LO_MIO}\\b`),
    new RegExp(`\\b(me|nos) (\\w+ ){0,2}${QUITAR} (el|la|los|las|mi|mis|todo|parte de) ${LO_MIO}\\b`),
    /\bme (van|quieren|pueden|podrian|estan|iban|va|quiere|puede) (a )?(embargar|quitar|garnishear|congelar|retener|embargando|quitando|garnisheando)\b/, /\b(embargarme|quitarme|garnishearme|congelarme|retenerme|embargarnos|quitarnos)\b/,
    /\b(me|nos) (embargaron|embargan|embargo|quitaron|quitan|garnishearon|garnishean|congelaron|congelan|retuvieron|retienen|estan embargando|estan quitando)\b/,
    new RegExp(`\\b(mi|mis|nuestra|nuestro) ${LO_MIO} (esta|estan|fue|fueron|va a ser|van a ser|ha sido|han sido|lo|la|los) (siendo )?(embargad[oa]s?|congelad[oa]s?|retenid[oa]s?|quitad[oa]s?|embargaron|congelaron|quitaron)\\b`),
    /\ben (mi|nuestra) contra\b/, new RegExp(`\\b(contra|en contra de) (mi|nosotros)\\b(?! ${PERSONA}\\b)`),
    /\b(el demandante|la demandante|la otra parte|el acreedor|la acreedora|ellos|ella|el|mi arrendador|mi casero|el casero|el dueno|la compania|la empresa) (gano|ganaron)\b/,
    /\bsi (me declaro|declaro|me voy a|me voy|hago|pido|me pongo en) (en )?(la )?(bancarrota|quiebra)\b/,
    /\b(recibi|recibimos|me llego|me llegaron|me dieron|tengo) (un |una |el |la )?(aviso de embargo|orden de embargo|notificacion de embargo|orden de retencion|embargo de (sueldo|salario|cuenta))\b/,
    /\b(tengo que|debo|necesito|tenemos que) pagar (el|un|la|una|este|esta) (fallo|sentencia|juicio|judgment|judgement|deuda)\b/,
  ],
  debtorWeak: [
    /\bel (acreedor|acreedor judicial)\b/, /\bla acreedora\b/, /\bmi (acreedor|acreedora)\b/, /\bel demandante (quiere|va a|puede|dice|me)\b/,
    /\bpagar(lo|la)? (el fallo |la sentencia |el juicio |la deuda )?(en|a|por) (pagos|plazos|abonos|mensualidades|pagos mensuales|partes)\b/,
    /\b(pueden|podrian|van a) (quitar|embargar|tomar|congelar|tocar) (mi|mis)\b/, /\b(proteger|salvar|conservar|quedarme con) (mi|mis)\b/,
  ],
};

const PATTERNS: Readonly<Record<Language, SidePatterns>> = {
  en: { creditorStrong: CREDITOR_STRONG, creditorWeak: CREDITOR_WEAK, debtorStrong: DEBTOR_STRONG, debtorWeak: DEBTOR_WEAK },
  es: SPANISH,
};

interface SidePatterns {
  creditorStrong: readonly RegExp[];
  creditorWeak: readonly RegExp[];
  debtorStrong: readonly RegExp[];
  debtorWeak: readonly RegExp[];
}

/** The side a message reveals, if any. Ambiguous messages (both or neither) reveal none. */
export function detectRole(normalized: string, language: Language = 'en'): Role | undefined {
  const patterns = PATTERNS[language];
  const strong = sides(patterns.creditorStrong, patterns.debtorStrong, normalized);
  // A strong phrase on both sides is a story about both; weak hints cannot settle it.
  if (strong.creditor || strong.debtor) return decide(strong);
  return decide(sides(patterns.creditorWeak, patterns.debtorWeak, normalized));
}

function sides(creditorPatterns: readonly RegExp[], debtorPatterns: readonly RegExp[], normalized: string): { creditor: boolean; debtor: boolean } {
  return { creditor: creditorPatterns.some((pattern) => pattern.test(normalized)), debtor: debtorPatterns.some((pattern) => pattern.test(normalized)) };
}

function decide({ creditor, debtor }: { creditor: boolean; debtor: boolean }): Role | undefined {
  if (creditor === debtor) return undefined;
  return creditor ? 'creditor' : 'debtor';
}
