import { formatFigure } from '../kb/figures';
import type { KnowledgeBase, Language } from '../kb/types';
import { addDays, formatDate, lastDayToAct, type IsoDate } from './calendar';
import { payoff } from './interest';
import { figure, numberFigure } from './rules';

export const DEBTOR_FACTS = ['employer', 'bank', 'real-property', 'vehicle', 'business', 'nothing'] as const;
export type DebtorFact = (typeof DEBTOR_FACTS)[number];

export interface PlanStep {
  /** Set on a step other code looks for (the exemption deadline), whatever its words. */
  key?: string;
  title: string;
  detail: string;
  citation: string;
}

export interface Plan {
  title: string;
  steps: PlanStep[];
}

type Fig = (id: string) => string;

/** The words of each plan step; which steps a plan has, and in what order, is decided once, below. */
interface PlanWording {
  collectionTitle: string;
  waitUntil: (date: string) => string;
  waitOut: string;
  waitDetail: (fig: Fig) => string;
  askPayment: PlanText;
  statementOfAssets: (fig: Fig) => PlanText;
  debtorExam: (fig: Fig) => PlanText;
  writ: (fig: Fig) => PlanText;
  garnish: (fig: Fig) => PlanText;
  bankLevy: (fig: Fig) => PlanText;
  business: PlanText;
  vehicle: (fig: Fig) => PlanText;
  lien: (fig: Fig) => PlanText;
  closeOut: (fig: Fig) => PlanText;
  hardshipTitle: string;
  protectedSummary: (fig: Fig) => string;
  payoffTime: (judgment: string, months: number, rate: number, fig: Fig) => string;
  payoffNever: string;
  payMonthly: (monthly: string, time: string) => PlanText;
  payNothing: PlanText;
  claimBy: (deadline: string) => string;
  claimDetail: (how: LevyService, served: string, days: number, moved: string | undefined, summary: string) => string;
  watchLevy: (summary: string, fig: Fig) => PlanText;
  feeWaiver: PlanText;
  freeHelp: PlanText;
  bankruptcy: PlanText;
}

type PlanText = Omit<PlanStep, 'citation'>;

const ENGLISH: PlanWording = {
  collectionTitle: 'Your collection plan',
  waitUntil: (date) => `Wait until ${date}`,
  waitOut: 'Wait out the 30 days',
  waitDetail: (fig) => `Collection is on hold until ${fig('enforcement_wait_days')} after the Notice of Entry of Judgment (SC-130) was mailed or handed over, and longer if the other side appeals or asks to cancel the judgment. Use the time to gather what you know about their job, bank and property.`,
  askPayment: {
    title: 'Ask for payment (optional)',
    detail: 'A short, polite letter or message asking them to pay, or offering a payment plan in writing, often works and costs nothing. It is not required before using the court.',
  },
  statementOfAssets: (fig) => ({
    title: 'Look for their Statement of Assets (SC-133)',
    detail: `Unless they pay, they must send you this form within ${fig('statement_of_assets_days')} after the notice was mailed. It lists their job, bank accounts and property.`,
  }),
  debtorExam: (fig) => ({
    title: "Ask for a debtor's examination (SC-134, or SC-136 for a consumer debt)",
    detail: `If you don't know where they work or bank, ask the court to order them to answer questions under oath (fee ${fig('fee_debtor_exam')}, added to what they owe). Use SC-134, or SC-136 if item 10 of the SC-130 (item 9 of the SC-200) says the judgment is for a consumer debt. The order must be personally served at least 30 days before the exam. In a consumer-debt case the debtor may send you a financial statement instead of coming, and a missed exam cannot lead to an arrest, only to an order to pay your costs.`,
  }),
  writ: (fig) => ({
    title: 'Get a Writ of Execution (EJ-130)',
    detail: `File EJ-130 with the small claims clerk (fee ${fig('fee_writ')}, added to what they owe). It lets the sheriff or marshal (the levying officer) collect in the county where their assets are. A levy must happen within 180 days after the writ is issued. If the judgment is for a personal, family or household debt, you must also have checked the debtor's address within the last ${fig('address_verification_months')} months, give the levying officer a Declaration of Address Verification (WG-015/EJ-135) saying how, and file it with the court within ${fig('address_declaration_business_days')} business days.`,
  }),
  garnish: (fig) => ({
    title: 'Garnish their wages',
    detail: `Give the levying officer the writ, an Application for Earnings Withholding Order (WG-001) and the fee deposit (set by each county). Their employer then holds back at most the lesser of ${fig('garnish_percent_cap')} of take-home pay or ${fig('garnish_excess_percent')} of the pay above ${fig('garnish_protected_weekly')} a week, from each paycheck until you are paid.`,
  }),
  bankLevy: (fig) => ({
    title: 'Levy their bank account',
    detail: `Give the levying officer the writ, the bank's name and branch address, and the fee deposit. The bank leaves the debtor ${fig('exemption_bank_automatic')} (more if benefits were deposited) and turns over the rest once; you can levy again later.`,
  }),
  business: {
    title: 'Collect from their business (till tap or keeper)',
    detail: 'With the writ, the levying officer can take the cash in the register once (a till tap) or station a keeper to collect sales for a few days. Fees are higher; ask the sheriff or marshal for their schedule.',
  },
  vehicle: (fig) => ({
    title: 'Think twice about taking their car',
    detail: `The sheriff can take and sell a car, but ${fig('exemption_vehicle')} of equity is protected and any loan is paid first, so it only pays off when the car is worth well more than that plus the costs of the sale.`,
  }),
  lien: (fig) => ({
    title: 'Put a lien on their home or land',
    detail: `Have the clerk issue an Abstract of Judgment (EJ-001) (fee ${fig('fee_abstract')}) and record it with the county recorder where they own property (the recorder charges its own fee). You are usually paid when they sell or refinance.`,
  }),
  closeOut: (fig) => ({
    title: 'Keep records, and close it out',
    detail: `Keep track of payments; add allowable costs and interest with a Memorandum of Costs (MC-012). The judgment lasts ${fig('judgment_life_years')} years: renew it before then with EJ-190 if it is not paid (a judgment against a person for a personal debt under ${fig('interest_personal_debt_cap')} or medical debt under ${fig('interest_medical_cap')} can be renewed only once, for ${fig('renewal_personal_debt_years')} years). When you are paid in full, file an Acknowledgment of Satisfaction of Judgment (SC-290).`,
  }),
  hardshipTitle: 'Your options, in order',
  protectedSummary: (fig) =>
    `Much of your pay, ${fig('exemption_bank_automatic')} in the bank automatically (more if benefits were deposited directly, including two months of federal benefits), car equity up to ${fig('exemption_vehicle')}, household things, benefits and most retirement money are protected.`,
  payoffTime: (judgment, months, rate, fig) => ` At that amount a ${judgment} judgment would take about ${months} months with interest at ${rate}% (${fig('interest_rate_consumer')} for some consumer debts).`,
  payoffNever: ' That amount would not cover the interest, so ask about a lower-interest or partial arrangement too.',
  payMonthly: (monthly, time) => ({
    title: `Ask to pay ${monthly} a month`,
    detail: `File a Request to Make Payments (SC-220) with a Financial Statement (EJ-165); the person you owe can respond (SC-221) and the court decides (SC-222). While you keep up with court-ordered payments, they cannot use other collection.${time}`,
  }),
  payNothing: {
    title: 'Tell the court what you can afford',
    detail: 'If you cannot pay anything now, you can still ask for a small monthly amount with a Request to Make Payments (SC-220) and a Financial Statement (EJ-165), showing your income and expenses.',
  },
  claimBy: (deadline) => `Claim your exemptions by ${deadline}`,
  claimDetail: (how, served, days, moved, summary) =>
    `The notice was ${how === 'personal' ? 'handed to you' : 'mailed'} on ${served}, so you have ${days} days to file a Claim of Exemption (EJ-160) with the sheriff or marshal (the levying officer), not the court${moved ? `; the last day moved because ${moved}` : ''}. For wages use WG-006 with a Financial Statement (WG-007). ${summary}`,
  watchLevy: (summary, fig) => ({
    title: 'Know what is protected, and watch for a levy notice',
    detail: `${summary} If you get a notice of levy, you have ${fig('exemption_claim_days_personal')} after it is handed to you (${fig('exemption_claim_days_mail')} if mailed) to file a Claim of Exemption (EJ-160) with the levying officer.`,
  }),
  feeWaiver: {
    title: 'Ask to waive court fees',
    detail: 'If you get public benefits or have a low income, a Request to Waive Court Fees (FW-001) can cover court fees such as for filing a payment request.',
  },
  freeHelp: {
    title: 'Get free help',
    detail: "Your county's small claims advisor and the court's self-help center help for free with these forms and deadlines.",
  },
  bankruptcy: {
    title: 'Bankruptcy, only as a last resort',
    detail: 'Filing bankruptcy stops collection right away and can wipe out most small claims judgments, but it has serious long-term costs. Talk to legal aid or a bankruptcy lawyer first.',
  },
};

// The same steps, facts, forms and code sections as the English, in the courts' Spanish terms.
const SPANISH: PlanWording = {
  collectionTitle: 'Su plan de cobro',
  waitUntil: (date) => `Espere hasta el ${date}`,
  waitOut: 'Espere a que pasen los 30 días',
  waitDetail: (fig) => `El cobro queda en pausa hasta ${fig('enforcement_wait_days')} después de que se envió por correo o se entregó el Aviso de Registro del Fallo (SC-130), y más si la otra parte apela o pide anular el fallo. Aproveche ese tiempo para reunir lo que sepa de su trabajo, su banco y sus bienes.`,
  askPayment: {
    title: 'Pida el pago (opcional)',
    detail: 'Una carta o un mensaje corto y amable pidiendo que le pague, o proponiendo por escrito un plan de pagos, muchas veces funciona y no cuesta nada. No es obligatorio antes de usar la corte.',
  },
  statementOfAssets: (fig) => ({
    title: 'Espere su Declaración de Bienes (SC-133)',
    detail: `Si no le paga, debe enviarle este formulario dentro de ${fig('statement_of_assets_days')} después de que se envió el aviso. Ahí aparecen su trabajo, sus cuentas de banco y sus bienes.`,
  }),
  debtorExam: (fig) => ({
    title: 'Pida un examen del deudor (SC-134, o SC-136 para una deuda de consumo)',
    detail: `Si no sabe dónde trabaja o dónde tiene su banco, pida a la corte que le ordene contestar preguntas bajo juramento (cuota de ${fig('fee_debtor_exam')}, que se suma a lo que debe). Use el SC-134, o el SC-136 si el punto 10 del SC-130 (el punto 9 del SC-200) dice que el fallo es por una deuda de consumo. La orden se debe entregar en persona por lo menos 30 días antes del examen. En un caso de deuda de consumo el deudor puede enviarle una declaración financiera en vez de ir, y faltar al examen no puede llevar a un arresto, solo a una orden de pagar sus costos.`,
  }),
  writ: (fig) => ({
    title: 'Pida un Mandato de Ejecución (EJ-130)',
    detail: `Presente el EJ-130 ante el secretario de reclamos menores (cuota de ${fig('fee_writ')}, que se suma a lo que debe). Permite que el sheriff o el marshal (el oficial de justicia) cobre en el condado donde están sus bienes. El embargo debe hacerse dentro de los 180 días después de emitido el mandato. Si el fallo es por una deuda personal, familiar o del hogar, también debe haber verificado la dirección del deudor en los últimos ${fig('address_verification_months')} meses, darle al oficial de justicia una Declaración de Verificación de Dirección (WG-015/EJ-135) que diga cómo, y presentarla en la corte dentro de ${fig('address_declaration_business_days')} días hábiles.`,
  }),
  garnish: (fig) => ({
    title: 'Embargue su sueldo',
    detail: `Entregue al oficial de justicia el mandato, una Solicitud de Orden de Retención de Ingresos (WG-001) y el depósito de la cuota (lo fija cada condado). Su empleador retiene entonces de cada cheque, hasta que a usted le paguen, como máximo lo menor entre el ${fig('garnish_percent_cap')} del pago neto o el ${fig('garnish_excess_percent')} de lo que gane por encima de ${fig('garnish_protected_weekly')} a la semana.`,
  }),
  bankLevy: (fig) => ({
    title: 'Embargue su cuenta de banco',
    detail: `Entregue al oficial de justicia el mandato, el nombre del banco y la dirección de la sucursal, y el depósito de la cuota. El banco le deja al deudor ${fig('exemption_bank_automatic')} (más si se depositaron beneficios) y entrega el resto una vez; puede volver a embargar después.`,
  }),
  business: {
    title: 'Cobre de su negocio (till tap o keeper)',
    detail: 'Con el mandato, el oficial de justicia puede llevarse una vez el dinero de la caja (till tap) o poner a una persona (keeper) que cobre las ventas por unos días. Las cuotas son más altas; pida al sheriff o al marshal su lista de cuotas.',
  },
  vehicle: (fig) => ({
    title: 'Piénselo bien antes de quitarle el carro',
    detail: `El sheriff puede llevarse y vender un carro, pero ${fig('exemption_vehicle')} del valor neto están protegidos y cualquier préstamo se paga primero, así que solo vale la pena cuando el carro vale bastante más que eso, más los costos de la venta.`,
  }),
  lien: (fig) => ({
    title: 'Ponga un gravamen sobre su casa o terreno',
    detail: `Pida al secretario un Resumen del Fallo (EJ-001) (cuota de ${fig('fee_abstract')}) y regístrelo en la oficina del registrador del condado donde tiene la propiedad (el registrador cobra su propia cuota). Normalmente le pagan cuando vende o refinancia.`,
  }),
  closeOut: (fig) => ({
    title: 'Lleve la cuenta, y cierre el caso',
    detail: `Anote los pagos; sume los costos permitidos y los intereses con un Memorando de Costos (MC-012). El fallo dura ${fig('judgment_life_years')} años: renuévelo antes con el EJ-190 si no se ha pagado (un fallo contra una persona por una deuda personal de menos de ${fig('interest_personal_debt_cap')} o una deuda médica de menos de ${fig('interest_medical_cap')} se puede renovar una sola vez, por ${fig('renewal_personal_debt_years')} años). Cuando le paguen todo, presente un Reconocimiento de Pago Total del Fallo (SC-290).`,
  }),
  hardshipTitle: 'Sus opciones, en orden',
  protectedSummary: (fig) =>
    `Están protegidos buena parte de su sueldo, ${fig('exemption_bank_automatic')} en el banco automáticamente (más si le depositan beneficios directamente, incluidos dos meses de beneficios federales), el valor neto de su carro hasta ${fig('exemption_vehicle')}, las cosas de la casa, los beneficios y casi todo el dinero de jubilación.`,
  payoffTime: (judgment, months, rate, fig) => ` Con esa cantidad, un fallo de ${judgment} tardaría unos ${months} meses con un interés del ${rate}% (${fig('interest_rate_consumer')} para algunas deudas de consumo).`,
  payoffNever: ' Esa cantidad no alcanza para cubrir los intereses, así que pregunte también por un arreglo con menos interés o por una parte.',
  payMonthly: (monthly, time) => ({
    title: `Pida pagar ${monthly} al mes`,
    detail: `Presente una Petición para Hacer Pagos (SC-220) con una Declaración Financiera (EJ-165); la persona a quien le debe puede responder (SC-221) y la corte decide (SC-222). Mientras cumpla con los pagos que ordene la corte, no pueden usar otras formas de cobro.${time}`,
  }),
  payNothing: {
    title: 'Dígale a la corte lo que puede pagar',
    detail: 'Si ahora no puede pagar nada, igual puede pedir una cantidad pequeña al mes con una Petición para Hacer Pagos (SC-220) y una Declaración Financiera (EJ-165), mostrando sus ingresos y sus gastos.',
  },
  claimBy: (deadline) => `Reclame sus exenciones a más tardar el ${deadline}`,
  claimDetail: (how, served, days, moved, summary) =>
    `El aviso se ${how === 'personal' ? 'le entregó en persona' : 'envió por correo'} el ${served}, así que tiene ${days} días para presentar un Reclamo de Exención (EJ-160) ante el sheriff o el marshal (el oficial de justicia), no ante la corte${moved ? `; el último día se movió porque ${moved}` : ''}. Para el sueldo use el WG-006 con una Declaración Financiera (WG-007). ${summary}`,
  watchLevy: (summary, fig) => ({
    title: 'Sepa lo que está protegido, y esté atento a un aviso de embargo',
    detail: `${summary} Si recibe un aviso de embargo, tiene ${fig('exemption_claim_days_personal')} desde que se lo entregan en persona (${fig('exemption_claim_days_mail')} si llega por correo) para presentar un Reclamo de Exención (EJ-160) ante el oficial de justicia.`,
  }),
  feeWaiver: {
    title: 'Pida que le eximan de las cuotas de la corte',
    detail: 'Si recibe beneficios públicos o tiene ingresos bajos, una Solicitud de Exención de Cuotas (FW-001) puede cubrir cuotas de la corte, como la de presentar una petición de pagos.',
  },
  freeHelp: {
    title: 'Consiga ayuda gratis',
    detail: 'El asesor de reclamos menores de su condado y el centro de ayuda de la corte le ayudan gratis con estos formularios y plazos.',
  },
  bankruptcy: {
    title: 'La bancarrota, solo como último recurso',
    detail: 'Declararse en bancarrota detiene el cobro de inmediato y puede borrar la mayoría de los fallos de reclamos menores, pero tiene costos serios a largo plazo. Hable primero con un servicio de ayuda legal o con un abogado de bancarrota.',
  },
};

const WORDING: Readonly<Record<Language, PlanWording>> = { en: ENGLISH, es: SPANISH };

const usd = (value: number): string => `$${value.toLocaleString('en-US')}`;

export interface CollectionPlanInput {
  known: readonly DebtorFact[];
  /** true/false when known; undefined when the person is not sure. */
  waitOver?: boolean;
  /** First day collection may start, when the notice date is known. */
  collectFrom?: IsoDate;
  language?: Language;
}

/**
 * An ordered collection plan for the person owed money: which tools fit what they know about the
 * debtor, with the forms, the court fees from figures.yaml, and what each step gets them.
 */
export function collectionPlan(kb: KnowledgeBase, input: CollectionPlanInput): Plan {
  const language = input.language ?? 'en';
  const words = WORDING[language];
  const fig: Fig = (id) => formatFigure(figure(kb, id), language);
  const knows = new Set(input.known);
  const steps: PlanStep[] = [];
  if (input.waitOver !== true) {
    steps.push({ title: input.collectFrom ? words.waitUntil(formatDate(input.collectFrom, language)) : words.waitOut, detail: words.waitDetail(fig), citation: 'CCP 116.810' });
  }
  steps.push({ ...words.askPayment, citation: 'CCP 116.810' });
  steps.push({ ...words.statementOfAssets(fig), citation: 'CCP 116.830' });
  if (knows.has('nothing') || knows.size === 0) steps.push({ ...words.debtorExam(fig), citation: 'CCP 708.110; CCP 708.111; CCP 708.170' });
  const levies = (['employer', 'bank', 'business', 'vehicle'] as const).filter((fact) => knows.has(fact));
  if (levies.length) steps.push({ ...words.writ(fig), citation: 'CCP 699.530; CCP 684.130' });
  if (knows.has('employer')) steps.push({ ...words.garnish(fig), citation: 'CCP 706.050' });
  if (knows.has('bank')) steps.push({ ...words.bankLevy(fig), citation: 'CCP 700.140; CCP 704.220' });
  if (knows.has('business')) steps.push({ ...words.business, citation: 'CCP 700.070' });
  if (knows.has('vehicle')) steps.push({ ...words.vehicle(fig), citation: 'CCP 704.010' });
  if (knows.has('real-property')) steps.push({ ...words.lien(fig), citation: 'CCP 674; CCP 697.310' });
  steps.push({ ...words.closeOut(fig), citation: 'CCP 683.020; CCP 116.850' });
  return { title: words.collectionTitle, steps };
}

export type LevyService = 'personal' | 'mail';

export interface HardshipPlanInput {
  /** What the person can pay each month (0 when nothing now). */
  monthly: number;
  judgmentAmount?: number;
  /** When and how a notice of levy or garnishment was served, if one was. */
  levy?: { served: IsoDate; how: LevyService };
  language?: Language;
}

/** The step of a hardship plan that carries the exemption deadline, when a levy notice came. */
export const CLAIM_STEP_KEY = 'claim-exemptions';

/**
 * The options of a person who cannot pay, in the order that usually makes sense: installments,
 * exemptions (with the deadline worked out from the day they were served), a fee waiver, free help,
 * and bankruptcy last.
 */
export function hardshipPlan(kb: KnowledgeBase, input: HardshipPlanInput): Plan {
  const language = input.language ?? 'en';
  const words = WORDING[language];
  const fig: Fig = (id) => formatFigure(figure(kb, id), language);
  const steps: PlanStep[] = [];
  const rate = numberFigure(kb, 'interest_rate_standard');
  if (input.monthly > 0) {
    const estimate = input.judgmentAmount ? payoff(input.judgmentAmount, 0, rate, input.monthly) : undefined;
    const time = estimate && !estimate.never ? words.payoffTime(usd(input.judgmentAmount!), estimate.months, rate, fig) : estimate?.never ? words.payoffNever : '';
    steps.push({ ...words.payMonthly(usd(input.monthly), time), citation: 'CCP 116.620' });
  } else {
    steps.push({ ...words.payNothing, citation: 'CCP 116.620' });
  }
  const summary = words.protectedSummary(fig);
  if (input.levy) {
    const days = numberFigure(kb, input.levy.how === 'personal' ? 'exemption_claim_days_personal' : 'exemption_claim_days_mail');
    const deadline = lastDayToAct(kb.courtCalendar, addDays(input.levy.served, days), language);
    steps.push({
      key: CLAIM_STEP_KEY,
      title: words.claimBy(formatDate(deadline.date, language)),
      detail: words.claimDetail(input.levy.how, formatDate(input.levy.served, language), days, deadline.movedBecause, summary),
      citation: 'CCP 703.520; CCP 706.105',
    });
  } else {
    steps.push({ ...words.watchLevy(summary, fig), citation: 'CCP 703.520' });
  }
  steps.push({ ...words.feeWaiver, citation: 'Gov. Code 68632' });
  steps.push({ ...words.freeHelp, citation: 'CCP 116.260' });
  steps.push({ ...words.bankruptcy, citation: '11 U.S.C. 362' });
  return { title: words.hardshipTitle, steps };
}
