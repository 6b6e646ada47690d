import type { Amount } from '../calc/extract';
import type { DebtKind } from '../calc/interest';
import type { DebtorFact, LevyService } from '../calc/plans';
import type { AmountRole, DateRole, TurnFacts } from './facts';

/**
 * What each date and amount in a Spanish message is, and the facts said in words: the Spanish side of
 * facts.ts. Dates and amounts are read on the text lowercased without accents, one character for one
 * (`foldSpanish`), so positions still match; word facts on the normalized text. Past tenses are told
 * apart by their endings, which survive the folding: "pagó" (he paid) is "pago", "me pagan" (my wages)
 * is not a payment.
 */

export const SPANISH_MAY_HOLD_FACTS =
  /[\d$]|\b(ene(ro)?|febrero|marzo|abr(il)?|mayo|junio|julio|ago(sto)?|sep?tiembre|setiembre|octubre|noviembre|dic(iembre)?|ayer|anteayer|antier|hoy|hace|pasad[oa]|semanas?|mes|meses|anos?|quincenas?|mil|cien|ciento|quinientos|semanal|mensual|quincenal)\b/;

/** Words that carry a fact without a number ("no ha pagado nada", "es una deuda médica"), on normalized text. */
export const SPANISH_FACT_WORDS = /\b(pag\w*|embarg\w*|medic\w*|hospital|tarjeta de credito|prestamo\w*|preste|trabaja|banco|cuenta|renta|alquiler|nada)\b/;

const AS_OF = /\b(a partir del?|al|hasta( el| la fecha del?)?|a la fecha( del?)?|con fecha (al|del?)|a fecha( del?)?|con corte al)\s+$/;
const PAYMENT_VERB = /\b(pago|pagaron|pagado|pague|abono|abonaron|abonado|deposito|depositaron)\b[^,]*$/;
// "Me dieron el fallo el 3 de marzo" is not a payment; "me dio $200 el 3 de marzo" is.
const GAVE_MONEY = /\b(me|nos) (dio|dieron|mando|mandaron|envio|enviaron)\b[^,]*(\$|\d|dolares)[^,]*$/;
// "el 1 de junio pagó $300": the date first, then the payment.
const PAID_AFTER = /^[^,.;]{0,25}?\b(pago|pagaron|abono|abonaron|deposito|depositaron|(me|nos) (dio|dieron|mando|mandaron))\b[^,.;]{0,6}(\$|\d)/;
const LEVY = /\b(embargo|embargaron|embargar|embargad[oa]|retencion|congelaron|congelad[oa]|congelo|garnish\w*|levy)\b/;
const NOT_LEVY = /\b(aviso|notificacion) de (registro|inscripcion|entrada) del? (fallo|sentencia|juicio)\b/;
const HANDED = /\b(me|nos) (lo|la) (entregaron|entrego|dieron|dio)\b|\b(en persona|en mano|en la mano|personalmente|recogi|recogimos|fui a recoger)\b/;
const MAILED = /\b(mandaron|mando|enviaron|envio|por correo|en el correo|me llego|llego|matasellos|sello postal)\b/;
const ENTERED = /\b(se dicto|dictaron|dicto|dictado|fallo|sentencia|juicio|gane|ganamos|perdi|perdimos|audiencia|decision|decidio|registr\w*|juez|corte|resolvio|otorgaron|judgment|judgement)\b/;
const NOTICE = /\b(aviso|notificacion|notice)\b/;

/** `at` and `end`: where the date starts and ends (inclusive) in `folded`. */
export function spanishDateRole(before: string, folded: string, at: number, end: number): DateRole | undefined {
  if (AS_OF.test(before)) return 'asOf';
  if (PAYMENT_VERB.test(before) || GAVE_MONEY.test(before) || PAID_AFTER.test(folded.slice(at, at + 40))) return 'payment';
  const sentence = `${before}${folded.slice(at, at + 40).split(/[.;!?]/)[0] ?? ''}`;
  if (LEVY.test(sentence) && !NOT_LEVY.test(sentence)) return 'levy';
  if (HANDED.test(before)) return 'handed';
  if (MAILED.test(before)) return 'mailed';
  if (ENTERED.test(before)) return 'entered';
  if (NOTICE.test(before)) return 'mailed';
  // Spanish often says the date first: "hace 10 días me llegó el aviso", "el 3 de marzo se dictó el fallo".
  const after = folded.slice(end + 1, end + 40).split(/[,.;!?]| y /)[0] ?? '';
  if (HANDED.test(after)) return 'handed';
  if (MAILED.test(after)) return 'mailed';
  if (ENTERED.test(after)) return 'entered';
  return undefined;
}

const OFFER = /\b(puedo|podria|podemos|alcanzo a|me alcanza para|estoy dispuest[oa] a|solo puedo|ofreci|ofrezco|ofrecerle|ofrecerles|le ofreci|les ofreci)( pagar| dar| mandar| abonar| pagarle| pagarles| darle| darles)?( le| les)?( unos| como| mas o menos| hasta)?\s*\$?\s*$/;
const PAY = /\b(gano|gana|ganan|ganamos|me pagan|le pagan|les pagan|nos pagan|cobro|cobra|(sueldo|salario|cheque)( es| es de| de)?|ingresos?( es| son| es de| son de| de)?|neto|bruto|saco|me llevo|me cae|me caen)( como| unos| mas o menos| alrededor de| aproximadamente| cerca de)?\s*\$?\s*$/;
const PAID = /\b(pago|pagaron|pague|ya pague|abono|abonaron|deposito|depositaron|recibi|(me|nos) (pago|pagaron|dio|dieron|mando|mandaron|envio|enviaron)|(me |nos )?(ha|han) (pagado|dado|abonado|mandado))( me| nos)?( unos| como| solo| nada mas| apenas)?\s*\$?\s*$/;
const JUDGMENT_WORD = /\b(fallo|sentencia|juicio|otorgaron|judgment|judgement)\b/;

export function spanishAmountRole(folded: string, amount: Amount): AmountRole {
  const before = folded.slice(Math.max(0, amount.start - 40), amount.start).split(/[.;!?]/).pop() ?? '';
  if (OFFER.test(before)) return 'offer';
  if (PAY.test(before)) return 'pay';
  const clause = before.split(',').pop() ?? '';
  if (PAID.test(clause) && !JUDGMENT_WORD.test(clause)) return 'payment';
  // As in English: an amount "a la semana" or "cada dos semanas" with no other word is someone's pay.
  if (amount.period && amount.period !== 'monthly') return 'pay';
  if (amount.period === 'monthly' && /\b(pagar|pagarle|pagarles|pago|paga|pagan|pague|paguen|pagara|pagaran|abonar|abona|dar)\b[^,]*$/.test(before)) return 'offer';
  return 'judgment';
}

const NOTHING_PAID =
  /\bno (me |nos |le |les )?(ha|han|he|hemos)? ?(pagado|dado|abonado|recibido|pago|pagaron|dio|dieron) (nada|ni un (centavo|peso|dolar|quinto|cinco|cent))\b|\bnunca (me |nos )?(ha |han )?(pago|pagaron|pagado|abono|abonado|dio nada)\b|\b(ningun|ni un) (pago|abono)\b|\bno (ha|han) (hecho|mandado) (ningun|un solo) (pago|abono)\b|\bno hay (ningun )?(pago|abono)\b|\bcero pagos\b|\bsin pagar nada\b|\bnada (ha sido pagado|se ha pagado|pagado|todavia)\b/;

const DEBT_KINDS: ReadonlyArray<readonly [RegExp, DebtKind]> = [
  [/\b(medic[oa]s?|hospital|doctor|dentista|dental|ambulancia|clinica|emergencias|cirugia)\b/, 'medical'],
  [/\b(tarjetas? de credito|prestamos?|preste|presto|prestado|prestada|credito personal|payday|deuda de consumo)\b/, 'personal-debt'],
  [/\b(renta|alquiler|deposito|reparacion|reparaciones|contratista|accidente|choque|danos|contrato|factura|trabajo no pagado|trabajo que (hice|hicimos)|servicios|deuda de negocio)\b/, 'other'],
];

const DEBTOR_FACTS: ReadonlyArray<readonly [RegExp, DebtorFact]> = [
  [/\b(trabaja (en|para|de|con)|esta trabajando|su trabajo|su empleo|su patron|su empleador|su jefe|tiene (un )?(trabajo|empleo)|su cheque|donde trabaja)\b/, 'employer'],
  [/\b(cuenta de banco|cuenta bancaria|cuenta de ahorros|cuenta de cheques|su banco|tiene (una )?cuenta|credit union|cooperativa de credito|chase|wells fargo|bank of america)\b/, 'bank'],
  // "tiene una casa y un carro nuevo": the verb once, then what is owned.
  [/\b(es dueno de|tiene|compro|posee)\b[^.,;]{0,25}\b(casa|terreno|propiedad|condominio|duplex|rancho|lote)\b/, 'real-property'],
  [/\b(es dueno de|tiene|maneja|compro|posee)\b[^.,;]{0,25}\b(carro|coche|auto|camioneta|troca|troka|vehiculo|moto|motocicleta)\b/, 'vehicle'],
  [/\b(es dueno de|tiene|maneja|administra) (un |una |su )?(propio |propia )?(negocio|tienda|restaurante|compania|empresa|taller)\b/, 'business'],
];

const NO_LEVY =
  /\b(no|nunca|todavia no|aun no|sin|ningun|ninguna) (me |nos )?(ha |han |he |hemos )?(llegado |recibido |mandado |enviado |tenido )?(ningun |ninguna |un |una |el |la )?(aviso de embargo|orden de embargo|notificacion de embargo|embargo|alguacil|sheriff|marshal)\b|\bnada del? (sheriff|alguacil|marshal)\b/;
const LEVY_NAMED =
  /\b(aviso de embargo|orden de embargo|notificacion de embargo|embargo de (sueldo|salario|cuenta|banco)|(me )?embargaron|orden de retencion|retencion de (sueldo|salario|ingresos)|(me )?congelaron|cuenta congelada|levy|earnings withholding)\b/;
const LEVY_HANDED = /\b((me|nos) (lo|la) (entregaron|entrego)|me lo dieron en (persona|mano)|en persona|en mano|personalmente)\b/;
const LEVY_MAILED = /\b(por correo|en el correo|me (lo|la) (mandaron|enviaron)|llego por correo)\b/;
const LONG_AGO =
  /\b(han pasado|paso|pasaron|hace|lleva|llevo|tiene|ya van) (mas de |como |casi |unos |unas )?(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios|varias|muchos|\d+) (meses|anos)\b|\b(hace|ya paso|paso|mas de) (un|1) ano\b|\bhace (meses|anos)\b/;

export function spanishWordFacts(normalized: string): Pick<TurnFacts, 'nothingPaid' | 'debtKind' | 'debtorFacts' | 'levy' | 'noLevy' | 'waitOver'> {
  const debtKind = DEBT_KINDS.find(([pattern]) => pattern.test(normalized))?.[1];
  const noLevy = NO_LEVY.test(normalized);
  const how: LevyService | undefined = LEVY_HANDED.test(normalized) ? 'personal' : LEVY_MAILED.test(normalized) ? 'mail' : undefined;
  return {
    nothingPaid: NOTHING_PAID.test(normalized),
    ...(debtKind ? { debtKind } : {}),
    debtorFacts: DEBTOR_FACTS.filter(([pattern]) => pattern.test(normalized)).map(([, fact]) => fact),
    ...(!noLevy && LEVY_NAMED.test(normalized) ? { levy: how ? { how } : {} } : {}),
    noLevy,
    ...(LONG_AGO.test(normalized) ? { waitOver: true } : {}),
  };
}
