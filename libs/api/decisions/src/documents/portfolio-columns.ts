/**
 * The columns of the portfolio export, shared by the workbook's "Portfölj" sheet and the CSV: every
 * field and figure of an initiative with a Swedish head, one column per year for the requested split
 * and for the granted split. Values are plain: numbers as numbers (money in whole kronor, ratios
 * rounded to what they mean), dates as 'YYYY-MM-DD', statuses and outcomes in Swedish words.
 */
import type { DocInitiative, DocYearAmount, PortfolioExportData } from './document-data.js';
import { sumByYear } from './format.js';
import { eligibilityLabel, OUTCOME_LABELS_SV, statusLabel, yesNo } from './labels.js';

/**
 * money: whole kronor · decimal1/decimal2: one or two decimals · integer: a count · year: a calendar
 * year (never grouped) · date: 'YYYY-MM-DD' · text: anything else.
 */
export type ColumnKind = 'text' | 'money' | 'decimal1' | 'decimal2' | 'integer' | 'year' | 'date';
export type ColumnValue = string | number | null;

export interface PortfolioColumn {
  header: string;
  kind: ColumnKind;
  /** width in the workbook, in characters */
  width: number;
  value: (item: DocInitiative) => ColumnValue;
}

/** Every year any budget, request or grant of the export mentions, in order. */
export function portfolioYears(data: PortfolioExportData): number[] {
  const years = new Set<number>(data.round.yearlyBudgets.map((y) => y.year));
  for (const i of data.items) {
    for (const a of i.amountsByYear) years.add(a.year);
    for (const a of i.decision?.amountsByYear ?? []) years.add(a.year);
  }
  return [...years].sort((a, b) => a - b);
}

const round = (value: number | null, digits: number): number | null =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;
const amountIn = (split: readonly DocYearAmount[] | null | undefined, year: number): number | null =>
  split?.find((a) => a.year === year)?.amount ?? null;
const text = (value: string | null | undefined): string | null => (value?.trim() ? value : null);

/** The granted amount of a grant; null for other outcomes and undecided initiatives. */
function granted(item: DocInitiative): DocInitiative['decision'] {
  return item.decision?.outcome === 'GRANTED' ? item.decision : null;
}

export function portfolioColumns(data: PortfolioExportData): PortfolioColumn[] {
  const years = portfolioYears(data);
  const col = (header: string, kind: ColumnKind, width: number, value: PortfolioColumn['value']): PortfolioColumn => ({ header, kind, width, value });
  return [
    col('Titel', 'text', 40, (i) => i.title),
    col('Förvaltning', 'text', 26, (i) => i.department),
    col('Status', 'text', 20, (i) => statusLabel(i.status)),
    col('Rang i förslaget', 'integer', 10, (i) => i.rank),
    col('Inom budget i förslaget', 'text', 12, (i) => yesNo(i.fundedInProposal)),
    col('Portföljkontorets rekommendation', 'text', 36, (i) => text(i.recommendation)),
    col('Sökt belopp', 'money', 16, (i) => i.requestedAmount),
    ...years.map((y) => col(`Sökt ${y}`, 'money', 14, (i) => amountIn(i.amountsByYear, y))),
    col('Medfinansiering', 'money', 16, (i) => i.coFinancing),
    col('Planerad start', 'date', 12, (i) => i.plannedStart),
    col('Planerat slut', 'date', 12, (i) => i.plannedEnd),
    col('Egen arbetstid (timmar)', 'integer', 12, (i) => round(i.staffHours, 0)),
    col('Poäng (0–100)', 'decimal1', 10, (i) => round(i.score, 1)),
    col('Nettonuvärde', 'money', 16, (i) => round(i.npv, 0)),
    col('Nyttokvot', 'decimal2', 10, (i) => round(i.benefitCostRatio, 2)),
    col('Nettonuvärdeskvot', 'decimal2', 12, (i) => round(i.npvPerKrona, 2)),
    col('Återbetalningsår', 'year', 12, (i) => i.paybackYear),
    col('Ska-krav', 'text', 14, (i) => eligibilityLabel(i.eligible)),
    col('Kommentar till ska-krav', 'text', 36, (i) => text(i.eligibilityNote)),
    col('Målområden', 'text', 30, (i) => (i.goalAreas.length > 0 ? i.goalAreas.join(', ') : null)),
    col('Beskrivning', 'text', 50, (i) => text(i.description)),
    col('Nuläge', 'text', 40, (i) => text(i.currentSituation)),
    col('Problem', 'text', 40, (i) => text(i.problem)),
    col('Önskat läge', 'text', 40, (i) => text(i.desiredSituation)),
    col('Förväntade effekter', 'text', 50, (i) => text(i.expectedEffects)),
    col('Risker', 'text', 40, (i) => text(i.risks)),
    col('Beroenden', 'text', 40, (i) => text(i.dependencies)),
    col('Kontaktperson', 'text', 24, (i) => text(i.contactName)),
    col('Kontaktpersonens e-post', 'text', 30, (i) => text(i.contactEmail)),
    col('Beslut', 'text', 16, (i) => (i.decision ? OUTCOME_LABELS_SV[i.decision.outcome] : null)),
    col('Beviljat belopp', 'money', 16, (i) => granted(i)?.grantedAmount ?? null),
    ...years.map((y) => col(`Beviljat ${y}`, 'money', 14, (i) => amountIn(granted(i)?.amountsByYear, y))),
    col('Villkor', 'text', 40, (i) => text(i.decision?.conditions)),
    col('Motivering', 'text', 40, (i) => text(i.decision?.reason)),
    col('Beslutsdatum', 'date', 12, (i) => i.decision?.decidedOn ?? null),
    col('Diarienummer', 'text', 18, (i) => i.decision?.registrationNumber ?? null),
    col('Beslutsfattare', 'text', 24, (i) => i.decision?.decidedByName ?? null),
    col('Delegationsnivå', 'text', 22, (i) => i.decision?.signatoryLabel ?? null),
    col('Överskrider budget', 'text', 12, (i) => (i.decision ? yesNo(i.decision.overcommitted) : null)),
    col('Skäl till överskridande', 'text', 36, (i) => text(i.decision?.overcommitReason)),
    col('Kontrollsumma (SHA-256)', 'text', 20, (i) => i.decision?.fingerprint ?? null),
    col('Initiativ-id', 'text', 38, (i) => i.id),
  ];
}

/** The export as a table: the heads and one row of values per initiative. */
export function portfolioTable(data: PortfolioExportData): { columns: PortfolioColumn[]; rows: ColumnValue[][] } {
  const columns = portfolioColumns(data);
  return { columns, rows: data.items.map((item) => columns.map((c) => c.value(item))) };
}

/** What grants have committed against the round, in total and per year. */
export function grantedTotals(data: PortfolioExportData): { total: number; byYear: Map<number, number> } {
  const grants = data.items.map(granted).filter((d) => d !== null);
  return { total: grants.reduce((s, d) => s + (d.grantedAmount ?? 0), 0), byYear: sumByYear(grants.map((d) => d.amountsByYear)) };
}
