import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/intent/normalize';
import { detectRole } from '../../src/intent/role';
import type { Role } from '../../src/kb/types';

// How people say which side they are on, written for this table (not taken from any evaluation data).
const PHRASINGS: ReadonlyArray<readonly [string, Role | undefined]> = [
  // The person owed money.
  ["I won but he won't pay", 'creditor'],
  ['we won our case last month', 'creditor'],
  ['he owes me $2,000 from the judgment', 'creditor'],
  ['my ex roommate still owes me money', 'creditor'],
  ["I'm owed money", 'creditor'],
  ['I am owed $800 by my old landlord', 'creditor'],
  ['how do I get them to pay me', 'creditor'],
  ['my debtor moved to Nevada', 'creditor'],
  ['my judgment debtor has a new job', 'creditor'],
  ["I'm the plaintiff and the judge ruled for me", 'creditor'],
  ['i am the creditor, what now', 'creditor'],
  ["she refuses to pay what the judge ordered", 'creditor'],
  ["the contractor still hasn't paid", 'creditor'],
  ["the defendant never paid", 'creditor'],
  ['they lost and ignored the judgment', 'creditor'],
  ['I have a judgment against my former tenant', 'creditor'],
  ['got a judgment against him in March', 'creditor'],
  ['the court ruled in my favor', 'creditor'],
  ['I sued my neighbor and won', 'creditor'],
  ['how do I collect my judgment', 'creditor'],
  ['how do I get my money', 'creditor'],
  ['can I garnish his wages', 'creditor'],
  ["can i garnish my ex roommate's wages", 'creditor'],
  ['how do I levy their bank account', 'creditor'],
  ['I know where he works', 'creditor'],
  ['can I put a lien on his house', 'creditor'],
  ['the debtor filed bankruptcy, what happens to my judgment', 'creditor'],
  ['the person who owes me disappeared', 'creditor'],
  ['he has no money, can I still collect', 'creditor'],
  ['I was awarded a judgment for $3,500', 'creditor'],
  ['won my case but no payment yet', 'creditor'],
  ['how do I make him pay', 'creditor'],
  // The person who owes.
  ["I lost and I can't pay", 'debtor'],
  ['we lost in small claims', 'debtor'],
  ['I owe $1,500 from a small claims case', 'debtor'],
  ['I owe money', 'debtor'],
  ['I got sued by my landlord', 'debtor'],
  ['I was sued over a car accident', 'debtor'],
  ['my neighbor is suing me', 'debtor'],
  ['someone sued me in small claims', 'debtor'],
  ["I'm the defendant", 'debtor'],
  ['i am the debtor', 'debtor'],
  ["I can't afford to pay the judgment", 'debtor'],
  ["I don't have the money to pay", 'debtor'],
  ['can they take my car', 'debtor'],
  ['can they garnish my wages', 'debtor'],
  ['they froze my bank account', 'debtor'],
  ['will they take my paycheck', 'debtor'],
  ['my wages are being garnished', 'debtor'],
  ['my paycheck is getting garnished, what can I do', 'debtor'],
  ['there is a judgment against me', 'debtor'],
  ['if I declare bankruptcy does the judgement against me go away', 'debtor'],
  ['they won, now what', 'debtor'],
  ['the plaintiff won and wants $900', 'debtor'],
  ['the creditor is garnishing my check', 'debtor'],
  ['my creditor wants all of it at once', 'debtor'],
  ['I got a notice of levy from the sheriff', 'debtor'],
  ['can I pay in installments', 'debtor'],
  ['how do I protect my savings', 'debtor'],
  ['can they take my house', 'debtor'],
  ['I have to pay the judgment but I have no job', 'debtor'],
  ['they are coming after my retirement', 'debtor'],
  ['can they touch my social security', 'debtor'],
  // Neither or both: no side.
  ['how much can I sue for', undefined],
  ['what is small claims court', undefined],
  ['is interest added to a small claims judgment?', undefined],
  ['how much of someones wages can be garnished?', undefined],
  ['when is the hearing', undefined],
  ['I won my case but I also lost the counterclaim and owe them', undefined],
];


// The same, in Spanish as people type it (accents or not, Spanglish), written for this table.
const SPANISH_PHRASINGS: ReadonlyArray<readonly [string, Role | undefined]> = [
  // The person owed money.
  ['gané pero no me paga', 'creditor'],
  ['gane el caso y no me ha pagado nada', 'creditor'],
  ['ganamos el juicio el mes pasado', 'creditor'],
  ['me debe $2,000 del fallo', 'creditor'],
  ['mi excompañera de cuarto todavía me debe dinero', 'creditor'],
  ['me deben 800 dólares', 'creditor'],
  ['no me paga lo que el juez ordenó', 'creditor'],
  ['él no quiere pagar', 'creditor'],
  ['mi inquilino nunca pagó', 'creditor'],
  ['el demandado no ha pagado nada', 'creditor'],
  ['el contratista se niega a pagar', 'creditor'],
  ['mi deudor se mudó a Nevada', 'creditor'],
  ['soy el demandante y el juez falló a mi favor', 'creditor'],
  ['soy la acreedora, ¿qué sigue?', 'creditor'],
  ['yo fui la demandante', 'creditor'],
  ['ellos perdieron y no han pagado', 'creditor'],
  ['el demandado perdió pero ignora el fallo', 'creditor'],
  ['tengo un fallo a mi favor', 'creditor'],
  ['obtuve una sentencia contra mi ex inquilino', 'creditor'],
  ['tengo un juicio en contra de él desde marzo', 'creditor'],
  ['¿Cómo cobro mi juicio?', 'creditor'],
  ['como puedo cobrar lo que me deben', 'creditor'],
  ['quiero recuperar mi dinero', 'creditor'],
  ['ya me pagó $500 pero falta el resto', 'creditor'],
  ['¿cómo hago que me pague?', 'creditor'],
  ['la persona que me debe desapareció', 'creditor'],
  ['¿puedo embargarle el sueldo?', 'creditor'],
  ['quiero embargar su cuenta de banco', 'creditor'],
  ['sé dónde trabaja', 'creditor'],
  ['¿puedo poner un gravamen sobre su casa?', 'creditor'],
  ['el deudor se declaró en bancarrota', 'creditor'],
  ['cómo obligarlo a que pague', 'creditor'],
  ['ella no tiene dinero, ¿todavía puedo cobrar el fallo?', 'creditor'],
  // The person who owes.
  ['perdí y no puedo pagar', 'debtor'],
  ['perdimos en reclamos menores', 'debtor'],
  ['le debo $1,500 de un caso de reclamos menores', 'debtor'],
  ['debo dinero de un fallo', 'debtor'],
  ['me demandaron en la corte de small claims', 'debtor'],
  ['mi casero me demandó', 'debtor'],
  ['mi vecino me está demandando', 'debtor'],
  ['me llegó una demanda', 'debtor'],
  ['fui demandada por mi exjefe', 'debtor'],
  ['soy el demandado', 'debtor'],
  ['yo soy la deudora', 'debtor'],
  ['no tengo dinero para pagar el fallo', 'debtor'],
  ['no me alcanza para pagar', 'debtor'],
  ['me van a embargar', 'debtor'],
  ['me quieren quitar mi carro', 'debtor'],
  ['¿me pueden quitar el sueldo?', 'debtor'],
  ['¿pueden quitarme mi casa?', 'debtor'],
  ['me congelaron la cuenta de banco', 'debtor'],
  ['me garnishearon el check', 'debtor'],
  ['mi sueldo está siendo embargado', 'debtor'],
  ['hay un fallo en mi contra', 'debtor'],
  ['el juez falló contra mí', 'debtor'],
  ['si me declaro en bancarrota se quita el fallo?', 'debtor'],
  ['el demandante ganó y quiere $900', 'debtor'],
  ['ellos ganaron, ¿ahora qué?', 'debtor'],
  ['recibí un aviso de embargo del sheriff', 'debtor'],
  ['tengo que pagar el fallo pero no tengo trabajo', 'debtor'],
  ['el acreedor me manda cartas', 'debtor'],
  ['¿puedo pagar en plazos?', 'debtor'],
  ['¿cómo protejo mis ahorros? quiero proteger mis ahorros', 'debtor'],
  ['van a tocar mi seguro social?', 'debtor'],
  // Neither or both: no side.
  ['¿cuánto puedo demandar?', undefined],
  ['qué es la corte de reclamos menores', undefined],
  ['¿el fallo gana intereses?', undefined],
  ['gano $1,100 cada dos semanas', undefined],
  ['me pagan cada quincena', undefined],
  ['¿cuánto del sueldo de alguien se puede embargar?', undefined],
  ['¿cuándo es la audiencia?', undefined],
  ['perdí el formulario, ¿dónde lo consigo?', undefined],
  ['quiero apelar contra el fallo', undefined],
  ['gané mi caso pero también perdí la contrademanda y les debo', undefined],
];

describe('Which side the person is on', () => {
  it('has a table of at least 60 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PHRASINGS)('"%s" → %s', (text, role) => {
    expect(detectRole(normalizeText(text))).toBe(role);
  });
});

describe('Which side the person is on, in Spanish', () => {
  it('has a table of at least 60 phrasings', () => {
    expect(SPANISH_PHRASINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SPANISH_PHRASINGS)('"%s" → %s', (text, role) => {
    expect(detectRole(normalizeText(text), 'es')).toBe(role);
  });

  it('leaves English text to the English patterns', () => {
    expect(detectRole(normalizeText('me demandaron'), 'en')).toBeUndefined();
  });
});
