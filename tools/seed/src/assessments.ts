/**
 * Demo assessments (bedömningar) of the prepared applications of Digitaliseringspotten 2027: the
 * portfolio office (Per) has scored every one, the management group (Lena) most of them, so the demo
 * shows both the mean with its spread and initiatives with a single reviewer. Scores follow the default
 * criteria in order: quality for residents, lower costs, work environment, strategic fit, feasibility
 * and risk, urgency or legal requirement (each 0–4). One application fails a must-requirement.
 */

export type DemoScores = readonly [number, number, number, number, number, number];

export interface DemoAssessment {
  scores: DemoScores;
  comment: string;
}

export interface DemoAssessmentEntry {
  analyst: DemoAssessment;
  managementGroup?: DemoAssessment;
  /** a must-requirement that is not met, with why; every other requirement is met */
  failedRequirement?: { id: string; comment: string };
}

/** The default criteria's ids, in the order of `DemoScores`. */
export const DEMO_CRITERIA_ORDER = ['quality-for-residents', 'lower-costs', 'work-environment', 'strategic-fit', 'feasibility-risk', 'urgency-legal'] as const;

export const DEMO_ASSESSMENTS: Readonly<Record<string, DemoAssessmentEntry>> = {
  'AI-stöd i kontaktcenter': {
    analyst: { scores: [4, 2, 3, 4, 2, 1], comment: 'Hög strategisk betydelse, men osäker nyttohemtagning och juridiska frågor om AI.' },
    managementGroup: { scores: [4, 2, 2, 4, 1, 1], comment: 'Vill se en mindre pilot först; riskerna är betydande.' },
  },
  'Robotiserad hantering av leverantörsfakturor': {
    analyst: { scores: [0, 4, 3, 2, 3, 1], comment: 'Hemtagningsbar besparing i ekonomiservice; återbetalningstid under tre år.' },
    managementGroup: { scores: [0, 4, 3, 2, 3, 2], comment: 'Stödjer ekonomiservice bemanningsmål.' },
  },
  'Kommungemensamt e-arkiv för långtidsbevarande': {
    analyst: { scores: [2, 1, 2, 3, 2, 4], comment: 'Krav enligt arkivlagen; flera system avvecklas och måste arkiveras.' },
    managementGroup: { scores: [2, 1, 1, 3, 2, 4], comment: 'Tvingande; bör prioriteras oavsett kalkyl.' },
  },
  'E-tjänst för bygglov med digital inlämning av ritningar': {
    analyst: { scores: [4, 2, 2, 3, 3, 2], comment: 'Kortare handläggningstid för företag och privatpersoner.' },
    managementGroup: { scores: [3, 2, 2, 3, 3, 2], comment: 'Bra för näringslivsklimatet.' },
  },
  'Digital ansökan om försörjningsstöd': {
    analyst: { scores: [4, 3, 3, 4, 3, 2], comment: 'Stor målgrupp och frigjord handläggartid; bygger på befintlig plattform.' },
    managementGroup: { scores: [4, 3, 3, 3, 3, 2], comment: 'Tydlig nytta för invånarna.' },
  },
  'Digital frånvarohantering i grundskolan': {
    analyst: { scores: [3, 2, 3, 2, 3, 2], comment: 'Bra för vårdnadshavare och skolans administration.' },
    managementGroup: { scores: [3, 2, 2, 2, 3, 2], comment: 'Rimlig, men driftkostnaden efter projektet är oklar.' },
    failedRequirement: {
      id: 'running-costs-funded',
      comment: 'Förvaltningen har inte visat hur licenskostnaden efter 2028 ska finansieras.',
    },
  },
  'Automatiserad placering i förskolekön': {
    analyst: { scores: [2, 3, 3, 2, 3, 1], comment: 'Frigör tid hos placeringsenheten; regelverket behöver ses över.' },
    managementGroup: { scores: [2, 3, 3, 2, 2, 1], comment: 'Bra, men rättssäkerheten i automatiserade beslut måste säkras.' },
  },
  'Digital tillsyn nattetid i hemtjänsten': {
    analyst: { scores: [3, 3, 4, 3, 2, 2], comment: 'Färre störande besök för brukarna och färre bilresor nattetid.' },
  },
  'Ruttoptimerad planering i hemtjänsten': {
    analyst: { scores: [2, 3, 3, 3, 3, 1], comment: 'Mer tid hos brukarna och lägre körsträcka.' },
  },
  'IoT-sensorer för inomhusklimat och energi i kommunala fastigheter': {
    analyst: { scores: [1, 3, 2, 3, 3, 2], comment: 'Energibesparing och bättre inomhusklimat; stöder klimatmålen.' },
  },
};

/** The fund's yearly budgets and staff capacity of the demo rounds, by round code. */
export const DEMO_ROUND_CAPACITY: Readonly<Record<string, { yearlyBudgets: { year: number; amount: number }[]; staffCapacity: { year: number; amount: number }[] }>> = {
  DP2027: {
    yearlyBudgets: [
      { year: 2027, amount: 7_000_000 },
      { year: 2028, amount: 4_000_000 },
      { year: 2029, amount: 1_000_000 },
    ],
    staffCapacity: [
      { year: 2027, amount: 6_000 },
      { year: 2028, amount: 4_000 },
    ],
  },
};
