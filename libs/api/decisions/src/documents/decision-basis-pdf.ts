/**
 * Beslutsunderlag: the document the management group meeting decides on – the proposal, the ranking
 * with the budget line, the budget per year, and one section per initiative with its summary, figures
 * and the portfolio office's recommendation.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { DecisionBasisData, DocInitiative } from './document-data.js';
import { DASH, dateTime, decimal, kr, sumByYear, yearSplit } from './format.js';
import { eligibilityLabel, OUTCOME_LABELS_SV, statusLabel, yesNo } from './labels.js';
import { facts, fitsOnPage, gridTable, heading, paragraph, present, renderPdf, th, withHeading } from './pdf-document.js';

export async function decisionBasisPdf(data: DecisionBasisData): Promise<Buffer> {
  const { meeting, round } = data;
  const title = `Beslutsunderlag – ${meeting.title}`;
  return renderPdf(
    { title, subject: `${round.name}, ledningsgruppens möte ${meeting.heldOn}` },
    {
      running: `Beslutsunderlag · ${round.name}`,
      reference: meeting.registrationNumber ? `Dnr ${meeting.registrationNumber}` : null,
      generatedAt: data.generatedAt,
    },
    [
      { text: title, style: 'title' },
      { text: `${round.name} · Ledningsgruppens möte ${meeting.heldOn}`, style: 'subtitle' },
      facts([
        ['Ansökningsomgång', `${round.name} (${round.code})`],
        ['Mötesdatum', meeting.heldOn],
        ['Diarienummer', meeting.registrationNumber ?? 'Inte angivet'],
        ['Förslag till prioritering', meeting.proposalName ?? 'Inget förslag'],
        ['Deltagare', meeting.participants.length > 0 ? meeting.participants.join('\n') : DASH],
        ['Underlaget skapat', dateTime(data.generatedAt)],
      ]),
      ...proposalSection(data),
      ...rankingSection(data),
      ...yearSection(data),
      ...data.items.flatMap((item, index) =>
        initiativeSection(
          item,
          data.items.length,
          // the part's heading goes with the first initiative
          index === 0 ? [heading('Initiativen', 2), { text: 'Ett avsnitt per initiativ, i dagordningens ordning.', margin: [0, 0, 0, 4] }] : [],
        ),
      ),
    ],
  );
}

/** The initiatives above the proposal's budget line. */
function funded(data: DecisionBasisData): DocInitiative[] {
  return data.items.filter((i) => i.fundedInProposal);
}

/** What the proposal funds: the sum requested by the initiatives above the budget line. */
function proposedSum(data: DecisionBasisData): number {
  return funded(data).reduce((s, i) => s + i.requestedAmount, 0);
}

function proposalSection(data: DecisionBasisData): Content[] {
  const proposed = proposedSum(data);
  const remaining = data.round.budget - proposed;
  const figures = facts([
    ['Scenario', data.meeting.proposalName ?? 'Inget förslag'],
    ['Budget för omgången', kr(data.round.budget)],
    ['Summa föreslaget', `${kr(proposed)} (${funded(data).length} av ${data.items.length} initiativ)`],
    ['Kvar inom budgeten', remaining < 0 ? `${kr(remaining)} (förslaget överskrider budgeten)` : kr(remaining)],
    ['Redan beviljat i omgången', kr(data.committed)],
  ]);
  return withHeading([heading('Förslag till prioritering', 2)], figures, [data.meeting.proposalName]);
}

const RANKING_HEAD = [th('Rang'), th('Initiativ'), th('Förvaltning'), th('Sökt belopp', 'right'), th('Poäng', 'right'), th('Nettonuvärde', 'right'), th('Inom budget')];

function rankingSection(data: DecisionBasisData): Content[] {
  const rows: TableCell[][] = data.items.map((i) => [
    i.rank === null ? DASH : String(i.rank),
    i.title,
    i.department,
    { text: kr(i.requestedAmount), alignment: 'right' },
    { text: decimal(i.score, 1), alignment: 'right' },
    { text: kr(i.npv), alignment: 'right' },
    yesNo(i.fundedInProposal),
  ]);
  // the budget line follows the last initiative the proposal funds (at the top when it funds none)
  const lastFunded = data.items.findLastIndex((i) => i.fundedInProposal);
  const budgetLine: TableCell[] = [
    {
      text: `Budgetgräns: ${kr(data.round.budget)} (föreslaget ${kr(proposedSum(data))})`,
      colSpan: RANKING_HEAD.length,
      bold: true,
      alignment: 'center',
      fillColor: '#f6f6f6',
    },
    ...RANKING_HEAD.slice(1).map((): TableCell => ''),
  ];
  rows.splice(lastFunded + 1, 0, budgetLine);
  const table = gridTable(RANKING_HEAD, rows, [24, '*', 108, 62, 30, 62, 36], lastFunded + 1);
  table.fontSize = 8;
  table.table.keepWithHeaderRows = 1;
  return [
    heading('Rangordning', 2),
    {
      text: 'Initiativen i förslagets ordning. Raden Budgetgräns skiljer de initiativ som ryms i budgeten från dem som inte gör det.',
      margin: [0, 0, 0, 6],
    },
    table,
  ];
}

function yearSection(data: DecisionBasisData): Content[] {
  const years = [...data.round.yearlyBudgets].sort((a, b) => a.year - b.year);
  if (years.length === 0) return [];
  const proposedByYear = sumByYear(funded(data).map((i) => i.amountsByYear));
  const rows: TableCell[][] = years.map((y) => {
    const proposed = proposedByYear.get(y.year) ?? 0;
    return [
      String(y.year),
      { text: kr(y.amount), alignment: 'right' },
      { text: kr(proposed), alignment: 'right' },
      { text: kr(y.amount - proposed), alignment: 'right' },
    ];
  });
  const table = gridTable([th('År'), th('Budget', 'right'), th('Föreslaget', 'right'), th('Kvar', 'right')], rows, [50, '*', '*', '*']);
  return withHeading([heading('Budget per år', 2)], table, []);
}

function initiativeSection(item: DocInitiative, count: number, lead: Content[]): Content[] {
  const d = item.decision;
  const period = item.plannedStart || item.plannedEnd ? `${item.plannedStart ?? DASH} – ${item.plannedEnd ?? DASH}` : DASH;
  const figures: [string, Content][] = [
    ['Sökt belopp', kr(item.requestedAmount)],
    ['Sökt per år', yearSplit(item.amountsByYear)],
    ['Medfinansiering', kr(item.coFinancing)],
    ['Planerad tid', period],
    ['Egen arbetstid', item.staffHours === null ? DASH : `${decimal(item.staffHours, 0)} timmar`],
    ['Nettonuvärde', kr(item.npv)],
    ['Nyttokvot', decimal(item.benefitCostRatio, 2)],
    ['Nettonuvärdeskvot', decimal(item.npvPerKrona, 2)],
    ['Återbetalningsår', item.paybackYear === null ? DASH : String(item.paybackYear)],
    ['Poäng (0–100)', decimal(item.score, 1)],
    ['Ska-krav', item.eligibilityNote ? `${eligibilityLabel(item.eligible)}. ${item.eligibilityNote}` : eligibilityLabel(item.eligible)],
    ['Rang i förslaget', item.rank === null ? 'Inte med i förslaget' : `${item.rank} av ${count}`],
    ['Inom budget', yesNo(item.fundedInProposal)],
  ];
  const meta = [item.department, statusLabel(item.status), item.goalAreas.length > 0 ? `Målområden: ${item.goalAreas.join(', ')}` : null]
    .filter(Boolean)
    .join(' · ');
  const summary = item.description.trim() || DASH;
  const effects = item.expectedEffects?.trim() || null;
  return [
    ...withHeading(
      [...lead, heading(item.rank === null ? item.title : `${item.rank}. ${item.title}`, 3), { text: meta, margin: [0, 0, 0, 6] }, label('Sammanfattning')],
      paragraph(summary),
      [item.title, meta, summary],
    ),
    ...(effects ? withHeading([label('Förväntade effekter')], paragraph(effects), [effects]) : []),
    facts(figures, [130, '*']),
    {
      table: { widths: ['*'], body: [[{ stack: [label('Portföljkontorets rekommendation'), item.recommendation] }]] },
      layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, hLineColor: () => '#000000', vLineColor: () => '#000000', paddingTop: () => 5, paddingBottom: () => 5 },
      unbreakable: fitsOnPage([item.recommendation]),
      margin: [0, 0, 0, 8],
    },
    ...present([
      d
        ? {
            text: [
              { text: 'Beslut: ', bold: true },
              `${OUTCOME_LABELS_SV[d.outcome]}${d.outcome === 'GRANTED' ? ` ${kr(d.grantedAmount)}` : ''}, ${d.decidedOn}, dnr ${d.registrationNumber}`,
            ],
            margin: [0, 0, 0, 8],
          }
        : null,
    ]),
  ];
}

function label(text: string): Content {
  return { text, style: 'label' };
}
