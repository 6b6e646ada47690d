import { formatFigure, formatIsoDate } from '../kb/figures';
import type { KnowledgeBase } from '../kb/types';
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
    figures: ['exemption_social_security_one', 'exemption_public_benefits_one'],
    amount: ([socialSecurity, benefits]) => `a basic amount is protected automatically (listed on form EJ-156; it changes each year); directly deposited Social Security up to ${socialSecurity} and public benefits up to ${benefits} are protected without a claim`,
    citation: 'CCP 704.220; CCP 704.080',
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
    amount: ([floor, cap]) => `equity of at least ${floor} and up to ${cap} depending on home prices in your county, both adjusted for inflation each year; a home can be sold only with a court order`,
    citation: 'CCP 704.730',
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
    amount: () => 'fully protected, before and after they are paid to you',
    citation: '42 U.S.C. 407; CCP 704.120; CCP 704.170',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.120',
  },
  retirement: {
    label: 'Retirement accounts and pensions',
    figures: [],
    amount: () => 'public and private pensions and 401(k) plans are protected; IRAs are protected as far as you need them to support yourself and your family in retirement',
    citation: 'CCP 704.110; CCP 704.115',
    source: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=704.115',
  },
};

/** What the law protects for each kind of property, with current amounts from figures.yaml. */
export function protectedAmounts(kb: KnowledgeBase, kinds: readonly PropertyKind[]): ProtectedAmount[] {
  return kinds.map((kind) => {
    const template = TEMPLATES[kind];
    const used = template.figures.map((id) => figure(kb, id));
    const dated = used.filter((item) => item.format === 'usd')[0];
    return {
      kind,
      label: template.label,
      amount: template.amount(used.map(formatFigure)),
      ...(dated ? { asOf: formatIsoDate(dated.asOf) } : {}),
      citation: template.citation,
      source: template.source,
    };
  });
}
