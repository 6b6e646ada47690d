import type { Messages } from './messages.en';

const SELF_HELP_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';
const ADVISOR_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';

// Typed words pick a choice by its synonyms; people type with and without accents, so both are listed.
const NOT_SURE = ['no se', 'no sé', 'no estoy seguro', 'no estoy segura', 'ni idea', 'quien sabe', 'quién sabe'];

/** Everything the bot says in Spanish (usted), in the courts' terms: fallo, reclamos menores, embargo, exención. */
export const es: Messages = {
  locale: 'es-US',
  starterQuestions: [
    '¿Cómo cobro mi fallo de reclamos menores?',
    '¿Qué pasa si no puedo pagar un fallo de reclamos menores?',
    '¿Cuánto puedo demandar en reclamos menores?',
  ],
  welcome: [
    '¡Hola! Contesto preguntas sobre la **corte de reclamos menores de California**: cómo presentar un caso, la audiencia y cómo cobrar o pagar un fallo, tanto para la persona a quien le deben dinero como para la que lo debe.',
    'Doy información general, no asesoría legal. Para ayuda con su caso, su condado tiene un asesor de reclamos menores gratuito.',
    'Pregunte con sus propias palabras, o empiece con una de estas:',
  ].join('\n\n'),
  help: [
    'Contesto preguntas sobre la corte de reclamos menores de California, en palabras sencillas, con los formularios de la corte y la fuente oficial de cada respuesta.',
    'Puede preguntar cosas como "¿cuánto puedo demandar?", "no me quiere pagar lo que ordenó el juez", "¿me pueden quitar el carro?" o "no puedo pagar el fallo".',
    'Después de una respuesta, toque una pregunta relacionada o escriba su número. Escriba **empezar de nuevo** para borrar la conversación.',
    `Esto es información general, no asesoría legal. Para ayuda con su propio caso, hable con el [asesor de reclamos menores gratuito](${ADVISOR_URL}) de su condado o con el [centro de ayuda de la corte](${SELF_HELP_URL}).`,
  ].join('\n\n'),
  fallback: [
    'Lo siento, no tengo una buena respuesta para eso, y prefiero no adivinar.',
    'Cubro la corte de reclamos menores de California: demandar por dinero hasta el límite de reclamos menores, entregar los papeles, la audiencia, las apelaciones y cómo cobrar o pagar un fallo. Pruebe a preguntar con otras palabras, o escriba **ayuda** para ver ejemplos.',
    `Para todo lo demás, el [asesor de reclamos menores gratuito](${ADVISOR_URL}) de su condado y el [centro de ayuda de la corte](${SELF_HELP_URL}) le pueden ayudar.`,
  ].join('\n\n'),
  outOfScope: (reply, link) =>
    `${reply} ([más información](${link}))\n\nLe puedo ayudar con preguntas de reclamos menores en California: demandar por dinero, la audiencia y cómo cobrar o pagar un fallo.`,
  smallTalk: {
    greeting: '¡Hola! Pregúnteme lo que quiera sobre la corte de reclamos menores de California, o escriba **ayuda** para ver ejemplos.',
    thanks: 'De nada. Haga otra pregunta cuando quiera, o escriba **empezar de nuevo** para comenzar otra vez.',
    goodbye: 'Mucha suerte con su caso. Si necesita ayuda con su situación, el asesor de reclamos menores gratuito de su condado le puede ayudar.',
    human: `Soy un asistente automático, no una persona ni un abogado: doy información general sobre reclamos menores en California. Para hablar gratis con una persona, llame o visite al [asesor de reclamos menores](${ADVISOR_URL}) de su condado (todos los condados tienen uno), o el [centro de ayuda](${SELF_HELP_URL}) de la corte.`,
    startOver: 'Muy bien, empecemos de nuevo. ¿Qué quiere saber sobre la corte de reclamos menores?',
    nonText: 'Solo puedo leer preguntas escritas. Por favor, escriba su pregunta con palabras.',
    tooLong: 'Ese mensaje es demasiado largo para que lo lea bien. ¿Podría hacer su pregunta en una o dos oraciones?',
  },
  promptHelp:
    'Le estoy ayudando a resolver esto paso a paso. Toque una respuesta o escríbala con sus propias palabras; "no sé" también vale. Escriba **empezar de nuevo** para dejarlo, o simplemente haga otra pregunta. Esto es información general, no asesoría legal.',
  reactions: {
    yes: 'Muy bien. ¿Qué quiere saber? Puede tocar una pregunta relacionada o preguntar con sus propias palabras.',
    no: 'Muy bien. Pregúnteme lo que quiera sobre reclamos menores cuando guste.',
    ok: 'Muy bien. Haga otra pregunta cuando quiera, o toque una de las preguntas relacionadas.',
    notSure: 'No hay problema. Dígame con sus propias palabras qué quiere averiguar, o escriba **ayuda** para ver ejemplos.',
    notHelpful: `Siento que eso no le haya ayudado. Pruebe a preguntar con otras palabras, contando qué pasó en su caso (por ejemplo "gané pero no me quiere pagar"). El [asesor de reclamos menores gratuito](${ADVISOR_URL}) de su condado también le puede ayudar con su situación.`,
    confused: 'Perdón, lo intento otra vez: haga su pregunta con sus propias palabras, o escriba **ayuda** para ver lo que puedo hacer. Las preguntas relacionadas de abajo también son un buen punto de partida.',
  },
  languageChosen: 'Sí, hablo español y le contesto en español. ¿Qué quiere saber sobre la corte de reclamos menores de California?',
  answerNotTranslated: '_Esta respuesta todavía no está en español; aquí está en inglés._',
  sides: {
    creditor: 'Me deben dinero',
    debtor: 'Yo debo dinero',
    creditorHeading: '**Si le deben dinero:**',
    debtorHeading: '**Si usted debe dinero:**',
    narrow: (creditor, debtor) => `Toque **${creditor}** o **${debtor}** para ver el resto para su caso.`,
    creditorReply: 'Entendido: a usted le deben dinero. ¿Qué quiere saber?',
    debtorReply: 'Entendido: usted es quien debe. ¿Qué quiere saber?',
    creditorQuestions: ['¿Cómo cobro mi fallo de reclamos menores?', '¿Cuándo puedo empezar a cobrar después de ganar?'],
    debtorQuestions: ['¿Qué pasa si no puedo pagar el fallo de reclamos menores?', '¿Qué no me puede quitar un acreedor para pagar un fallo de reclamos menores?'],
  },
  calculatorTitles: {
    deadlines: 'Calcular mis fechas',
    interest: 'Calcular lo que se debe con intereses',
    garnishment: 'Calcular cuánto del cheque',
    'collection-plan': 'Hacer mi plan de cobro',
    'hardship-plan': 'Hacer mi plan para enfrentar esto',
  },
  relatedQuestions: 'Preguntas relacionadas (toque una o escriba su número):',
  whatNext: '¿Y ahora qué?',
  alsoWantToKnow: 'Muy bien. Quizás también quiera saber:',
  clarify: 'Quiero entenderle bien. ¿Quiso decir una de estas?',
  noneOfThese: 'Ninguna de estas',
  planStep: (title, step) => `De ${title.toLowerCase()}:\n\n${step}`,
  planStepOutOfRange: (title, count) => `${title} tiene ${count} pasos; pida un número del 1 al ${count}.`,
  tryAgain: (message, command) => `${message} Escriba **${command}** para intentarlo otra vez.`,
  startOverCommand: 'empezar de nuevo',
  exemptions: {
    ask: '¿Cuál de sus cosas le preocupa más?',
    retry: 'Por favor, elija una tocándola o escribiendo su número, o hágame otra pregunta.',
    protectedHeading: '**Lo que está protegido**',
    confirm: '¿Quiere los pasos y el plazo para reclamar esta exención?',
    choices: {
      wages: { label: 'Mi sueldo', synonyms: ['sueldo', 'salario', 'cheque', 'pago', 'trabajo', 'paycheck', 'wages'] },
      bank: { label: 'Mi cuenta de banco', synonyms: ['banco', 'cuenta', 'ahorros', 'cuenta de cheques', 'bank'] },
      vehicle: { label: 'Mi carro', synonyms: ['carro', 'coche', 'auto', 'troca', 'camioneta', 'vehiculo', 'vehículo', 'car'] },
      home: { label: 'Mi casa', synonyms: ['casa', 'hogar', 'vivienda', 'condominio', 'house'] },
      household: { label: 'Las cosas de la casa', synonyms: ['muebles', 'ropa', 'aparatos', 'electrodomesticos', 'electrodomésticos', 'cosas de la casa'] },
      tools: { label: 'Herramientas de trabajo', synonyms: ['herramientas', 'equipo', 'oficio'] },
      benefits: { label: 'Beneficios', synonyms: ['seguro social', 'ssi', 'desempleo', 'incapacidad', 'beneficios'] },
      retirement: { label: 'Jubilación', synonyms: ['401k', 'ira', 'pension', 'pensión', 'jubilacion', 'jubilación', 'retiro'] },
    },
  },
  hardship: {
    askMonthly: 'Hagamos un plan. ¿Más o menos cuánto podría pagar cada mes para el fallo? Escriba 0 si nada por ahora, o "no sé".',
    retryMonthly: 'Por favor, escriba una cantidad al mes con números, como 100, o 0, o "no sé".',
    askJudgment: '¿De cuánto es el fallo? Escriba "no sé" si no lo sabe.',
    retryJudgment: 'Por favor, escriba la cantidad con números, como 2500, o "no sé".',
    askLevy: '¿Ha recibido un aviso de embargo (levy) o de embargo de sueldo de un sheriff, un alguacil, un banco o su empleador?',
    levyChoices: {
      personal: { label: 'Sí, me lo entregaron en persona', synonyms: ['en persona', 'en la mano', 'me lo dieron', 'me lo entregaron', 'entregaron'] },
      mail: { label: 'Sí, llegó por correo', synonyms: ['correo', 'por correo', 'carta', 'sobre', 'si', 'sí'] },
      none: { label: 'No', synonyms: ['no', 'todavia no', 'todavía no', 'nada', 'aun no', 'aún no', ...NOT_SURE] },
    },
    askHandedDate: '¿Qué día se lo entregaron?',
    askMailedDate: '¿Qué día se envió por correo (la fecha del aviso o del sobre)?',
    retryLevyDate: 'Por favor, escriba una fecha pasada, como 11/20/2026, o "no sé".',
  },
  collectionPlan: {
    askWait: 'Hagamos su plan de cobro. ¿Han pasado 30 días desde que le enviaron por correo o le entregaron el Aviso de Registro del Fallo (SC-130)?',
    waitChoices: {
      passed: { label: 'Sí, ya pasaron 30 días', synonyms: ['si', 'sí', 'ya', 'ya pasaron', 'hace mucho', 'meses'] },
      notYet: { label: 'No, todavía no', synonyms: ['no', 'todavia no', 'todavía no', 'aun no', 'aún no'] },
      notSure: { label: 'No estoy seguro', synonyms: NOT_SURE },
    },
    askKnown: '¿Qué sabe de la persona que le debe? Elija una; puede agregar más después.',
    askMore: '¿Sabe algo más? Elija otra, o "Eso es todo".',
    factChoices: {
      employer: { label: 'Dónde trabaja', synonyms: ['trabajo', 'trabaja', 'empleo', 'empleador', 'patron', 'patrón', 'cheque'] },
      bank: { label: 'Dónde tiene su banco', synonyms: ['banco', 'cuenta', 'cuenta de banco', 'ahorros', 'credit union', 'cooperativa de credito'] },
      'real-property': { label: 'Tiene una casa o un terreno', synonyms: ['casa', 'terreno', 'propiedad', 'condominio', 'lote'] },
      vehicle: { label: 'Tiene un carro', synonyms: ['carro', 'coche', 'troca', 'camioneta', 'vehiculo', 'vehículo'] },
      business: { label: 'Tiene un negocio', synonyms: ['negocio', 'tienda', 'restaurante', 'compañía', 'compania', 'empresa'] },
      nothing: { label: 'Nada todavía', synonyms: ['nada', 'ninguno', 'ni idea', 'no se', 'no sé', 'no estoy seguro'] },
      done: { label: 'Eso es todo', synonyms: ['eso es todo', 'es todo', 'ya', 'listo', 'nada mas', 'nada más', 'no'] },
    },
  },
  deadlines: {
    askNoticeDate: '¿Qué día le enviaron por correo o le entregaron el Aviso de Registro del Fallo (SC-130)? Está impreso en el aviso, por ejemplo 3/3/2026.',
    retryNoticeDate: 'Por favor, escriba una fecha pasada, como 3/3/2026 o 3 de marzo de 2026, o "no sé".',
  },
  interest: {
    askAmount: '¿De cuánto fue el fallo, en dólares (el total que otorgó la corte)?',
    retryAmount: 'Por favor, escriba la cantidad con números, como 2500. Aparece en el Aviso de Registro del Fallo.',
    askEntryDate: '¿Qué día se registró el fallo? Aparece en el Aviso de Registro del Fallo.',
    retryEntryDate: 'Por favor, escriba una fecha pasada, como 3/3/2026.',
  },
  garnishment: {
    askPay: '¿Cuánto es el pago neto de cada cheque, después de impuestos y otras deducciones obligatorias? (Aproximado está bien.)',
    retryPay: 'Por favor, escriba el pago con números, como 900.',
    askPeriod: '¿Cada cuánto le pagan esa cantidad?',
    periodChoices: {
      weekly: { label: 'Cada semana', synonyms: ['semanal', 'cada semana', 'por semana', 'a la semana', 'semana'] },
      biweekly: { label: 'Cada dos semanas', synonyms: ['cada dos semanas', 'quincenal', 'cada 15 dias', 'cada 15 días', 'dos semanas'] },
      semimonthly: { label: 'Dos veces al mes', synonyms: ['dos veces al mes', 'el 1 y el 15', 'dos veces'] },
      monthly: { label: 'Una vez al mes', synonyms: ['mensual', 'cada mes', 'al mes', 'una vez al mes', 'mes'] },
    },
  },
};
