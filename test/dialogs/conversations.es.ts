import type { Conversation } from './conversations';

// The conversations of conversations.ts, as a Spanish speaker would have them: the same steps and
// entries, Spanish input (with and without accents, some Spanglish) and Spanish replies. Written for
// this table, not taken from any evaluation data. "Today" is 2026-11-27 here too.
export const conversaciones: Conversation[] = [
  {
    name: 'the person owed money goes from "he won\'t pay" to where he works to how long the judgment lasts',
    steps: [
      ['gané pero no me quiere pagar', { kind: 'answer', id: 'collect-judgment', says: ['EJ-130', 'Fuente:'] }],
      ['no sé qué tiene ni dónde trabaja, cómo lo averiguo', { kind: 'answer', id: 'debtor-exam', says: ['SC-134'] }],
      ['cuánto tiempo tengo para cobrar el fallo antes de que venza?', { kind: 'answer', id: 'judgment-expires-renewal', says: ['10 años', 'EJ-190'] }],
    ],
  },
  {
    name: 'after a wage garnishment answer, "what about my car?" is about the vehicle exemption',
    steps: [
      ['cuánto de mi sueldo pueden embargar', { kind: 'answer', id: 'garnishment-limit', says: ['48', 'CCP 706.050'] }],
      ['y mi carro?', { kind: 'answer', id: 'exemption-vehicle', says: ['$8,625'] }],
    ],
  },
  {
    name: 'an answer that differs by side answers first for both sides, and "I owe money" narrows it',
    steps: [
      ['qué pasa con el fallo si alguien se declara en bancarrota', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362', 'Si le deben dinero:', 'Si usted debe dinero:', 'Fuente:'], offers: 'Yo debo dinero' }],
      ['Yo debo dinero', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362'] }],
      ['puedo pagar en plazos', { kind: 'answer', id: 'payment-plan', says: ['SC-220'] }],
    ],
  },
  {
    name: '"I can\'t pay that" after hearing the judgment becomes the hardship guide, and installments are offered first',
    steps: [
      ['qué pasa si ignoro el fallo', { kind: 'answer', id: 'ignore-judgment' }],
      ['no puedo pagar eso', { kind: 'dialog', id: 'cant-pay-judgment', says: ['SC-220', 'cuánto podría pagar cada mes'] }],
      ['100', { kind: 'dialog', id: 'hardship-plan', says: ['¿De cuánto es el fallo?'] }],
      ['2400', { kind: 'dialog', id: 'hardship-plan', says: ['aviso de embargo'] }],
      ['No', { kind: 'dialog', id: 'hardship-plan', says: ['Pida pagar $100 al mes', 'SC-220', 'La bancarrota, solo como último recurso'], offers: '1. ¿Puedo pagar un fallo de reclamos menores en plazos?' }],
      ['1', { kind: 'answer', id: 'payment-plan', says: ['SC-220'] }],
    ],
  },
  {
    name: 'the exemptions guide asks which property, answers for it, then explains how to claim the exemption',
    steps: [
      ['qué no me puede quitar un acreedor', { kind: 'dialog', id: 'what-cannot-be-taken', offers: 'Mi carro' }],
      ['mi carro', { kind: 'dialog', id: 'exemption-vehicle', says: ['**Lo que está protegido**', 'hasta $8,625 de valor neto', 'cantidad vigente desde el', 'EJ-160'] }],
      ['sí', { kind: 'dialog', id: 'claim-of-exemption', says: ['15 días'] }],
      ['y mi cuenta de banco?', { kind: 'answer', id: 'exemption-bank-account' }],
    ],
  },
  {
    name: '"help" inside a guided dialog explains and keeps the question open',
    steps: [
      ['qué no me puede quitar un acreedor', { kind: 'dialog', id: 'what-cannot-be-taken' }],
      ['ayuda', { kind: 'smalltalk', id: 'help', says: ['no asesoría legal', '¿Cuál de sus cosas le preocupa más?'], offers: 'Mi carro' }],
      ['2', { kind: 'dialog', id: 'exemption-bank-account' }],
    ],
  },
  {
    name: 'a brand-new question inside a guided dialog leaves it and is answered',
    steps: [
      ['qué no me puede quitar un acreedor', { kind: 'dialog', id: 'what-cannot-be-taken' }],
      ['cómo presento un caso de reclamos menores contra mi ex compañero de cuarto', { kind: 'answer', id: 'how-to-file', says: ['SC-100'] }],
    ],
  },
  {
    name: '"start over" inside a guided dialog clears it',
    steps: [
      ['debo un fallo y no lo puedo pagar', { kind: 'dialog', id: 'cant-pay-judgment' }],
      ['empezar de nuevo', { kind: 'smalltalk', id: 'startOver' }],
      ['bancarrota', { kind: 'answer', id: 'bankruptcy' }],
    ],
  },
  {
    name: 'questions outside small claims get an honest fallback that says where to go',
    steps: [
      ['cómo me divorcio en california', { kind: 'fallback', says: ['más información'] }],
      ['mi casero me dio un aviso de 3 días para pagar la renta o irme', { kind: 'fallback', says: ['más información'] }],
      ['asdfgh qwerty zxcvb', { kind: 'fallback', says: ['asesor de reclamos menores'] }],
    ],
  },
  {
    name: 'small talk is answered briefly',
    steps: [
      ['hola', { kind: 'smalltalk', id: 'greeting' }],
      ['qué puedes hacer?', { kind: 'smalltalk', id: 'help', says: ['no asesoría legal', 'empezar de nuevo'] }],
      ['¡gracias!', { kind: 'smalltalk', id: 'thanks' }],
      ['puedo hablar con una persona de verdad?', { kind: 'smalltalk', id: 'human', says: ['no una persona', 'asesor de reclamos menores'] }],
      ['adiós', { kind: 'smalltalk', id: 'goodbye' }],
    ],
  },
  {
    name: 'answer first: a question the same for both sides is answered with its source, and both sides briefly with buttons to narrow',
    steps: [
      ['se le agregan intereses a un fallo de reclamos menores?', { kind: 'answer', id: 'interest-and-costs', says: ['10%', 'Fuente:', 'Si le deben dinero:', 'Si usted debe dinero:'], offers: 'Me deben dinero' }],
      ['Me deben dinero', { kind: 'answer', id: 'interest-and-costs', says: ['10%'] }],
    ],
  },
  {
    name: 'answer first: a message that says the side gets that side only, never the side question',
    steps: [
      ['perdí, me pueden quitar el carro', { kind: 'answer', id: 'exemption-vehicle', says: ['$8,625', 'Fuente:'] }],
      ['si me declaro en bancarrota todavía me lo pueden quitar', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362'] }],
    ],
  },
  {
    name: '"yes", "ok" and "that didn\'t help" are conversation, and "yes" after an offer takes it',
    steps: [
      ['cuánto es lo máximo que puedo demandar', { kind: 'answer', id: 'claim-limits' }],
      ['ok', { kind: 'smalltalk', id: 'ok' }],
      ['sí', { kind: 'smalltalk', id: 'yes' }],
      ['eso no me ayudó', { kind: 'smalltalk', id: 'notHelpful', says: ['asesor de reclamos menores'] }],
      ['¿qué?', { kind: 'smalltalk', id: 'confused' }],
      ['cuándo puedo empezar a cobrar después de ganar', { kind: 'answer', id: 'when-can-i-collect', offers: 'Calcular mis fechas' }],
      ['sí', { kind: 'dialog', id: 'deadlines', says: ['¿Qué día le enviaron por correo o le entregaron el Aviso de Registro del Fallo'] }],
    ],
  },
  {
    name: 'forgiving flows: "help" re-asks the open question with its buttons, "not sure" and typed words are answers',
    steps: [
      ['Hacer mi plan de cobro', { kind: 'dialog', id: 'collection-plan', says: ['¿Han pasado 30 días'] }],
      ['ayuda', { kind: 'smalltalk', id: 'help', says: ['paso a paso', '¿Han pasado 30 días'], offers: 'Sí, ya pasaron 30 días' }],
      ['ni idea', { kind: 'dialog', id: 'collection-plan', says: ['¿Qué sabe de la persona que le debe?'] }],
      ['tiene una cuenta de banco en una credit union', { kind: 'dialog', id: 'collection-plan', says: ['¿Sabe algo más?'] }],
      ['nada más', { kind: 'dialog', id: 'collection-plan', says: ['Embargue su cuenta de banco'] }],
    ],
  },
  {
    name: 'forgiving flows: "I don\'t know" in the hardship plan keeps the plan going, never the "what if I just don\'t pay" answer',
    steps: [
      ['debo un fallo y no lo puedo pagar', { kind: 'dialog', id: 'cant-pay-judgment', says: ['cuánto podría pagar cada mes'] }],
      ['no sé', { kind: 'dialog', id: 'hardship-plan', says: ['¿De cuánto es el fallo?'] }],
      ['no estoy seguro', { kind: 'dialog', id: 'hardship-plan', says: ['aviso de embargo'] }],
      ['No', { kind: 'dialog', id: 'hardship-plan', says: ['Dígale a la corte lo que puede pagar'] }],
    ],
  },
  {
    name: 'a date in the question gets the dates at once, the first day to collect first, saying what was assumed',
    steps: [
      ['el fallo fue el 3/3/2026, cuándo puedo cobrar', { kind: 'dialog', id: 'deadlines', says: ['**Usted puede empezar a cobrar ya: la espera terminó el viernes, 3 de abril de 2026.**', 'jueves, 2 de abril de 2026', 'el día en que se registró el fallo', 'CCP 116.810', 'no asesoría legal'], offers: 'Hacer mi plan de cobro' }],
    ],
  },
  {
    name: 'the deadline calculator asks for the date when it is missing, and re-asks on a bad date',
    steps: [
      ['cuándo puedo empezar a cobrar después de ganar', { kind: 'answer', id: 'when-can-i-collect', offers: 'Calcular mis fechas' }],
      ['Calcular mis fechas', { kind: 'dialog', id: 'deadlines', says: ['¿Qué día le enviaron por correo o le entregaron el Aviso de Registro del Fallo'] }],
      ['cuando sea', { kind: 'dialog', says: ['Por favor, escriba una fecha pasada'] }],
      ['1/2/2026', { kind: 'dialog', id: 'deadlines', says: ['lunes, 2 de febrero de 2026', 'cae en domingo', 'CCP 12a'] }],
    ],
  },
  {
    name: 'interest: answers first, asks only what it needs, says what it assumed, takes a payment after, and answers "and if they pay $100 a month?"',
    steps: [
      ['cuánto interés se le agrega a un fallo de reclamos menores', { kind: 'answer', id: 'interest-and-costs', says: ['10%'], offers: 'Calcular lo que se debe con intereses' }],
      ['Calcular lo que se debe con intereses', { kind: 'dialog', id: 'interest', says: ['¿De cuánto fue el fallo'] }],
      ['mucho', { kind: 'dialog', says: ['Por favor, escriba la cantidad con números'] }],
      ['1000', { kind: 'dialog', id: 'interest', says: ['¿Qué día se registró el fallo?'] }],
      ['1/1/2025', { kind: 'dialog', id: 'interest', says: ['10% al año', 'Supuse que no se ha pagado nada', 'CCP 685.010'] }],
      ['pagaron $50 el 7/1/2025', { kind: 'dialog', id: 'interest', says: ['$49.59 a intereses'] }],
      ['y si pagan $100 al mes?', { kind: 'dialog', id: 'payoff', says: ['Con $100.00 al mes'] }],
    ],
  },
  {
    name: 'garnishment: pay and judgment in the question are used, and a new pay amount reuses the rest',
    steps: [
      ['me quieren cobrar $4,000 y gano $900 a la semana, cuánto me pueden quitar del cheque', { kind: 'dialog', id: 'garnishment', says: ['Se puede quitar como máximo $35.52 cada semana', '$16.90', '113 cheques', 'CCP 706.050'] }],
      ['y si ganara $1,200 a la semana?', { kind: 'dialog', id: 'garnishment', says: ['Se puede quitar como máximo $155.52 cada semana'] }],
    ],
  },
  {
    name: 'collection plan: asks what is known about the debtor, gives ordered steps, and remembers them',
    steps: [
      ['gané, qué hago primero para que me paguen?', { kind: 'answer', id: 'collect-judgment', offers: 'Hacer mi plan de cobro' }],
      ['Hacer mi plan de cobro', { kind: 'dialog', id: 'collection-plan', says: ['¿Han pasado 30 días'] }],
      ['Sí, ya pasaron 30 días', { kind: 'dialog', id: 'collection-plan', says: ['¿Qué sabe de la persona que le debe?'] }],
      ['Dónde trabaja', { kind: 'dialog', id: 'collection-plan', says: ['¿Sabe algo más?'] }],
      ['Dónde tiene su banco', { kind: 'dialog', id: 'collection-plan', says: ['¿Sabe algo más?'] }],
      ['Eso es todo', { kind: 'dialog', id: 'collection-plan', says: ['Pida un Mandato de Ejecución (EJ-130)', 'Embargue su sueldo', 'Embargue su cuenta de banco', '$40'] }],
      ['cuál era el paso 4?', { kind: 'dialog', id: 'plan-step', says: ['Embargue su sueldo'] }],
    ],
  },
  {
    name: 'hardship plan: works out the exemption deadline from the day the levy notice was served',
    steps: [
      ['perdí y no puedo pagar el fallo', { kind: 'dialog', id: 'cant-pay-judgment', says: ['cuánto podría pagar cada mes'] }],
      ['0', { kind: 'dialog', says: ['¿De cuánto es el fallo?'] }],
      ['no sé', { kind: 'dialog', says: ['aviso de embargo'] }],
      ['Sí, llegó por correo', { kind: 'dialog', says: ['¿Qué día se envió por correo'] }],
      ['11/20/2026', { kind: 'dialog', id: 'hardship-plan', says: ['**Reclame sus exenciones a más tardar el jueves, 10 de diciembre de 2026.**', 'EJ-160', '20 días'] }],
    ],
  },
  {
    name: 'leaving a calculator mid-way with a new question',
    steps: [
      ['Calcular mis fechas', { kind: 'dialog', id: 'deadlines' }],
      ['cómo presento un caso de reclamos menores contra mi ex compañero de cuarto', { kind: 'answer', id: 'how-to-file' }],
    ],
  },
];
