/**
 * Test data for the document specs: a round with yearly budgets and four initiatives – one granted
 * below the requested amount with conditions, one granted over the budget (over-commitment), one
 * rejected and one left outside the proposal. Not exported from the library.
 */
import type { DecisionBasisData, DocInitiative, DocMeeting, DocRound, MinutesData, PortfolioExportData } from './document-data.js';

export const GENERATED_AT = '2026-11-29T10:00:00Z';

export const round: DocRound = {
  code: 'DP2027',
  name: 'Digitaliseringspotten 2027',
  year: 2027,
  budget: 3_000_000,
  yearlyBudgets: [
    { year: 2027, amount: 2_000_000 },
    { year: 2028, amount: 1_000_000 },
  ],
};

export const meeting: DocMeeting = {
  title: 'Kommunledningsgruppen 3 december',
  heldOn: '2026-12-03',
  registrationNumber: 'KS 2026/1234',
  participants: ['Åsa Öberg, kommundirektör', 'Per Ström, digitaliseringschef', 'Märta Ek, ekonomichef'],
  notes: 'Förslaget presenterades av portföljkontoret.',
  proposalName: 'Förslag december (budgetgräns 3 mnkr)',
};

const blank: Omit<DocInitiative, 'id' | 'title' | 'department' | 'status' | 'requestedAmount' | 'rank' | 'fundedInProposal' | 'recommendation'> = {
  description: '',
  expectedEffects: null,
  contactName: null,
  contactEmail: null,
  currentSituation: null,
  problem: null,
  desiredSituation: null,
  risks: null,
  dependencies: null,
  goalAreas: [],
  coFinancing: null,
  plannedStart: null,
  plannedEnd: null,
  amountsByYear: [],
  staffHours: null,
  score: null,
  npv: null,
  benefitCostRatio: null,
  npvPerKrona: null,
  paybackYear: null,
  eligible: null,
  eligibilityNote: null,
  decision: null,
};

/** granted 1 000 000 of 1 234 567 kr, with conditions */
export const fardtjanst: DocInitiative = {
  ...blank,
  id: '0b6f6a52-1c1e-4c57-9d59-3a8f0d4f0a01',
  title: 'Digital ansökan om färdtjänst',
  department: 'Socialförvaltningen',
  status: 'GRANTED',
  description: 'Invånare ansöker om färdtjänst digitalt med e-legitimation i stället för på papper.\nHandläggarna får ärendet direkt i verksamhetssystemet.',
  expectedEffects: 'Kortare handläggningstid (från 21 till 7 dagar) och färre kompletteringar.',
  contactName: 'Sara Sökande',
  contactEmail: 'sara.sokande@kommun.example',
  currentSituation: 'Pappersblanketter som skannas.',
  problem: 'Långa handläggningstider.',
  desiredSituation: 'Helt digitalt flöde.',
  risks: 'Integrationen med verksamhetssystemet kan försenas.',
  dependencies: 'E-tjänsteplattformen.',
  goalAreas: ['Enkel och tillgänglig service', 'Effektiv organisation'],
  requestedAmount: 1_234_567,
  coFinancing: 150_000,
  plannedStart: '2027-02-01',
  plannedEnd: '2028-06-30',
  amountsByYear: [
    { year: 2027, amount: 834_567 },
    { year: 2028, amount: 400_000 },
  ],
  staffHours: 640,
  score: 82.44,
  npv: 2_345_678,
  benefitCostRatio: 1.8512,
  npvPerKrona: 1.9,
  paybackYear: 2029,
  eligible: true,
  rank: 1,
  fundedInProposal: true,
  recommendation: 'Föreslås beviljas (rang 1 av 4)',
  decision: {
    outcome: 'GRANTED',
    grantedAmount: 1_000_000,
    amountsByYear: [
      { year: 2027, amount: 700_000 },
      { year: 2028, amount: 300_000 },
    ],
    conditions: 'Återrapportering till ledningsgruppen senast 2027-06-30; nyttorealiseringsplanen ska vara klar före start.',
    reason: null,
    decidedOn: '2026-12-03',
    registrationNumber: 'KS 2027/118',
    decidedByName: 'Åsa Öberg',
    signatoryLabel: 'Kommundirektör',
    overcommitted: false,
    overcommitReason: null,
    fingerprint: 'a3f1c9e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6',
  },
};

/** granted in full over the budget for 2027: an explicit over-commitment */
export const nattillsyn: DocInitiative = {
  ...blank,
  id: '0b6f6a52-1c1e-4c57-9d59-3a8f0d4f0a02',
  title: 'Sensorer för äldreboendets nattillsyn',
  department: 'Äldreförvaltningen',
  status: 'GRANTED',
  description: '- Kartlägga behoven på tre boenden\n- Införa sensorer i stället för nattliga tillsynsbesök',
  expectedEffects: 'Bättre nattsömn för de boende och frigjord tid för personalen.',
  requestedAmount: 900_000,
  amountsByYear: [{ year: 2027, amount: 900_000 }],
  score: 74,
  npv: -120_500,
  benefitCostRatio: 0.92,
  npvPerKrona: -0.13,
  eligible: true,
  rank: 2,
  fundedInProposal: true,
  recommendation: 'Föreslås beviljas (rang 2 av 4)',
  decision: {
    outcome: 'GRANTED',
    grantedAmount: 900_000,
    amountsByYear: [{ year: 2027, amount: 900_000 }],
    conditions: null,
    reason: 'Prioriterat av kommundirektören.',
    decidedOn: '2026-12-03',
    registrationNumber: 'KS 2027/119',
    decidedByName: 'Åsa Öberg',
    signatoryLabel: 'Kommundirektör',
    overcommitted: true,
    overcommitReason: 'Budgeten för 2027 överskrids med 200 000 kr; beslutet tas ändå för att inte förlora statsbidraget.',
    fingerprint: 'b4e2d0f8a6c4e2b0d8f6a4c2e0b8d6f4a2c0e8b6d4f2a0c8e6b4d2f0a8c6e4b2',
  },
};

/** rejected */
export const skolplattform: DocInitiative = {
  ...blank,
  id: '0b6f6a52-1c1e-4c57-9d59-3a8f0d4f0a03',
  title: 'Skolplattform – gemensam inloggning för vårdnadshavare',
  department: 'Utbildningsförvaltningen',
  status: 'REJECTED',
  description: 'En inloggning för alla skolans tjänster.',
  requestedAmount: 1_500_000,
  amountsByYear: [
    { year: 2027, amount: 1_000_000 },
    { year: 2028, amount: 500_000 },
  ],
  score: 61.25,
  npv: 410_000,
  benefitCostRatio: 1.21,
  npvPerKrona: 0.27,
  paybackYear: 2031,
  eligible: true,
  rank: 3,
  fundedInProposal: false,
  recommendation: 'Föreslås avslås: ryms inte i budgeten (rang 3 av 4)',
  decision: {
    outcome: 'REJECTED',
    grantedAmount: null,
    amountsByYear: null,
    conditions: null,
    reason: 'Ryms inte i budgeten. "Ansök igen" i nästa omgång.',
    decidedOn: '2026-12-03',
    registrationNumber: 'KS 2027/120',
    decidedByName: 'Per Ström',
    signatoryLabel: 'Digitaliseringschef',
    overcommitted: false,
    overcommitReason: null,
    fingerprint: 'c5f3e1a9b7d5f3c1e9a7b5d3f1c9e7a5b3d1f9c7e5a3b1d9f7c5e3a1b9d7f5c3',
  },
};

/** prepared, not in the proposal, no decision */
export const vagarbeten: DocInitiative = {
  ...blank,
  id: '0b6f6a52-1c1e-4c57-9d59-3a8f0d4f0a04',
  title: 'Öppna data för vägarbeten',
  department: 'Stadsbyggnadsförvaltningen',
  status: 'PREPARED',
  description: '=Publicera pågående vägarbeten som öppna data.',
  requestedAmount: 250_000,
  eligible: false,
  eligibilityNote: 'Saknar förankring hos förvaltningsledningen.',
  rank: null,
  fundedInProposal: false,
  recommendation: 'Föreslås inte: uppfyller inte ska-kraven',
};

export const ITEMS = [fardtjanst, nattillsyn, skolplattform, vagarbeten];

export function basisData(items: DocInitiative[] = ITEMS.map((i) => ({ ...i, decision: null }))): DecisionBasisData {
  return { round, meeting, items, committed: 400_000, generatedAt: GENERATED_AT };
}

export function minutesData(): MinutesData {
  return { round, meeting, items: ITEMS.filter((i) => i.decision !== null), generatedAt: GENERATED_AT };
}

export function exportData(): PortfolioExportData {
  return { round, items: ITEMS, generatedAt: GENERATED_AT };
}

/** A long agenda: `n` initiatives, the first half within the budget line. */
export function manyItems(n: number): DocInitiative[] {
  return Array.from({ length: n }, (_, k): DocInitiative => ({
    ...blank,
    id: `init-${k + 1}`,
    title: `Initiativ nummer ${k + 1} – förbättrad service för invånarna`,
    department: ['Socialförvaltningen', 'Äldreförvaltningen', 'Kultur- och fritidsförvaltningen'][k % 3] ?? '',
    status: 'PREPARED',
    description: 'En längre beskrivning av initiativet. '.repeat(12),
    expectedEffects: 'Effekter för invånare och medarbetare. '.repeat(6),
    requestedAmount: 50_000 + k * 1_000,
    amountsByYear: [{ year: 2027, amount: 50_000 + k * 1_000 }],
    score: 90 - k,
    npv: 50_000 * (30 - k),
    benefitCostRatio: 1 + (30 - k) / 100,
    eligible: true,
    rank: k + 1,
    fundedInProposal: k < n / 2,
    recommendation: k < n / 2 ? `Föreslås beviljas (rang ${k + 1} av ${n})` : `Ryms inte i budgeten (rang ${k + 1} av ${n})`,
  }));
}
