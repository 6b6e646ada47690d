import { formatFigure, formatIsoDate } from '../kb/figures';
import type { KnowledgeBase, Language } from '../kb/types';
import { figure, type RuleSource } from './rules';

export const PROPERTY_KINDS = ['wages', 'bank', 'vehicle', 'home', 'household', 'tools', 'benefits', 'retirement'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

export interface ProtectedAmount extends RuleSource {
  kind: PropertyKind;
  label: string;
  /** The protected amount in words, with figures filled in. */
  amount: string;
  /** "as of" date of the figure, when the amount is a dollar figure that changes. */
  asOf?: string;
}

interface Template {
  label: string;
  figures: string[];
  amount: (values: string[]) => string;
  citation: string;
  source: string;
  /** false when the dollar figures are a statutory base that is no longer the amount in force. */
  showAsOf?: boolean;
}

const TEMPLATES: Readonly<Record<PropertyKind, Template>> = {
  wages: {
    label: 'Wages',
    figures: ['garnish_percent_cap', 'garnish_excess_percent', 'garnish_protected_weekly'],
    amount: ([cap, excess, floor]) => `at most the lesser of ${cap} of disposable pay or ${excess} of the pay above ${floor} a week can be taken; you can claim more if you need it to support your family`,
    citation: 'CCP 706.050; CCP 706.051',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=706.050',
  },
  bank: {
    label: 'Bank account',
    figures: ['exemption_bank_automatic', 'exemption_social_security_one', 'exemption_public_benefits_one'],
    amount: ([automatic, socialSecurity, benefits]) =>
      `up to ${automatic} across all your accounts is protected automatically, with no claim (it changes every July 1). If directly deposited benefits add up to more, that larger amount is protected instead: at least ${socialSecurity} of Social Security or ${benefits} of public benefits (more since the April 2025 adjustment), and your bank must also leave you two months of federal benefits that were deposited directly. More can be kept with a claim if you show it came from benefits or wages or you need it for support`,
    citation: 'CCP 704.220; CCP 704.080; CCP 704.225; 31 C.F.R. 212.6',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.220',
  },
  vehicle: {
    label: 'Car or other vehicle',
    figures: ['exemption_vehicle'],
    amount: ([vehicle]) => `up to ${vehicle} of equity (value minus what is owed on it)`,
    citation: 'CCP 704.010',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.010',
  },
  home: {
    label: 'Home you live in',
    figures: ['homestead_floor', 'homestead_cap'],
    amount: ([floor, cap]) =>
      `equity of the county's median home price, but at least ${floor} and at most ${cap} before inflation: both amounts have gone up every January since 2022, so today's are higher; a home can be sold only with a court order, and not at all for most consumer-debt judgments`,
    citation: 'CCP 704.730; CCP 704.740; CCP 699.730',
    showAsOf: false,
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.730',
  },
  household: {
    label: 'Furniture, clothes and household things',
    figures: [],
    amount: () => 'what is ordinarily and reasonably necessary at home, with no dollar cap',
    citation: 'CCP 704.020',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.020',
  },
  tools: {
    label: 'Tools and equipment for your work',
    figures: ['exemption_tools_of_trade'],
    amount: ([tools]) => `up to ${tools} (double if both spouses work in the same trade)`,
    citation: 'CCP 704.060',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.060',
  },
  benefits: {
    label: 'Social Security, unemployment, disability and public benefits',
    figures: [],
    amount: () => 'protected before they are paid to you; once in the bank, part is protected automatically (see bank account) and the rest if you claim it and show it came from benefits',
    citation: '42 U.S.C. 407; 42 U.S.C. 1383(d)(1); CCP 704.120; CCP 704.170',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.120',
  },
  retirement: {
    label: 'Retirement accounts and pensions',
    figures: [],
    amount: () =>
      'public pensions are fully protected; most private employer plans (401(k)s and pensions covered by ERISA) are protected by federal law; since 2025 IRAs and other tax-qualified plans are protected under California law only as far as you need them to support your family in retirement, plus the tax due on a withdrawal, so file a claim with a Financial Statement (EJ-165)',
    citation: 'CCP 704.110; CCP 704.115; 29 U.S.C. 1056(d)',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.115',
  },
};

type Wording = Pick<Template, 'label' | 'amount'>;

// The same facts as the English templates, in the same order, with the same figures.
const SPANISH: Readonly<Record<PropertyKind, Wording>> = {
  wages: {
    label: 'Sueldo',
    amount: ([cap, excess, floor]) => `se puede quitar como máximo lo menor entre el ${cap} del pago neto o el ${excess} de lo que gane por encima de ${floor} a la semana; puede pedir quedarse con más si lo necesita para mantener a su familia`,
  },
  bank: {
    label: 'Cuenta de banco',
    amount: ([automatic, socialSecurity, benefits]) =>
      `hasta ${automatic} entre todas sus cuentas está protegido automáticamente, sin reclamarlo (la cantidad cambia cada 1 de julio). Si los beneficios depositados directamente suman más, se protege esa cantidad mayor: por lo menos ${socialSecurity} del Seguro Social o ${benefits} de beneficios públicos (más desde el ajuste de abril de 2025), y el banco también debe dejarle dos meses de beneficios federales depositados directamente. Puede quedarse con más si lo reclama y muestra que viene de beneficios o de su sueldo, o que lo necesita para mantenerse`,
  },
  vehicle: {
    label: 'Carro u otro vehículo',
    amount: ([vehicle]) => `hasta ${vehicle} de valor neto (lo que vale menos lo que todavía se debe del carro)`,
  },
  home: {
    label: 'La casa donde vive',
    amount: ([floor, cap]) =>
      `un valor neto igual al precio medio de una casa en el condado, pero por lo menos ${floor} y como máximo ${cap} antes de la inflación: las dos cantidades han subido cada enero desde 2022, así que las de hoy son más altas; una casa solo se puede vender con una orden de la corte, y no se puede vender para la mayoría de los fallos por deudas de consumo`,
  },
  household: {
    label: 'Muebles, ropa y cosas de la casa',
    amount: () => 'lo que es normal y razonablemente necesario en el hogar, sin límite en dólares',
  },
  tools: {
    label: 'Herramientas y equipo de trabajo',
    amount: ([tools]) => `hasta ${tools} (el doble si los dos esposos trabajan en el mismo oficio)`,
  },
  benefits: {
    label: 'Seguro Social, desempleo, incapacidad y beneficios públicos',
    amount: () => 'protegidos antes de que se los paguen; una vez en el banco, una parte está protegida automáticamente (vea cuenta de banco) y el resto si lo reclama y muestra que viene de beneficios',
  },
  retirement: {
    label: 'Cuentas de jubilación y pensiones',
    amount: () =>
      'las pensiones públicas están totalmente protegidas; la mayoría de los planes privados de empleadores (401(k) y pensiones cubiertas por ERISA) están protegidos por la ley federal; desde 2025 las IRA y otros planes con ventajas fiscales están protegidos por la ley de California solo en lo que necesite para mantener a su familia durante la jubilación, más el impuesto que se debe al retirar el dinero, así que presente un reclamo con una Declaración Financiera (EJ-165)',
  },
};

/** What the law protects for each kind of property, with current amounts from figures.yaml. */
export function protectedAmounts(kb: KnowledgeBase, kinds: readonly PropertyKind[], language: Language = 'en'): ProtectedAmount[] {
  return kinds.map((kind) => {
    const template = TEMPLATES[kind];
    const wording: Wording = language === 'es' ? SPANISH[kind] : template;
    const used = template.figures.map((id) => figure(kb, id));
    // The first dollar figure is the headline amount; its effective date is what the reply shows.
    const headline = template.showAsOf === false ? undefined : used.find((item) => item.format === 'usd');
    return {
      kind,
      label: wording.label,
      amount: wording.amount(used.map((each) => formatFigure(each, language))),
      ...(headline?.asOf ? { asOf: formatIsoDate(headline.asOf, language) } : {}),
      citation: template.citation,
      source: template.source,
    };
  });
}
