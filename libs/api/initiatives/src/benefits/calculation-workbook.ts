import ExcelJS from 'exceljs';
import {
  amountInKronor,
  calculateSheet,
  horizonYears,
  lineHourlyCost,
  type BenefitSheetLine,
  type CalculationParameters,
  type CalculationSheet,
  type CostSheetLine,
} from '@dp/domain/benefits';

/** Swedish names of the kinds, as written into the workbook (and matched by its SUMIF formulas). */
const COST_TYPE_SV: Record<CostSheetLine['type'], string> = { ONE_OFF: 'Engångskostnad', RUNNING: 'Löpande kostnad', INTERNAL_TIME: 'Egen arbetstid' };
const CATEGORY_SV: Record<BenefitSheetLine['category'], string> = {
  FINANCIAL: 'Finansiell',
  REDISTRIBUTION: 'Omfördelning',
  QUALITY: 'Kvalitet',
  ENVIRONMENT: 'Miljö',
};
const CONFIDENCE_SV = { GREEN: 'Grön', YELLOW: 'Gul', RED: 'Röd' } as const;
const KR = '#,##0 "kr";-#,##0 "kr"';

export interface WorkbookSubject {
  initiativeTitle: string;
  departmentName: string;
  roundName: string;
  kindLabel: string;
  sheet: CalculationSheet;
  parameters: CalculationParameters;
  frozenAt: Date | null;
  savedAt: Date;
}

/** Column letter of a 1-based column number. */
function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * One calculation as an Excel workbook whose cells hold real formulas, so an economist can check every
 * step: the parameters on their own sheet, the lines with kronor per year (hours × the hourly cost as a
 * formula), yearly sums with the optimism bias, discount factors, discounted and cumulative net, and the
 * headline figures. Every formula cell also carries the value libs/domain/benefits computed, so the
 * workbook shows figures before Excel recalculates and the two can be compared.
 */
export async function calculationWorkbook(subject: WorkbookSubject): Promise<Buffer> {
  const { sheet, parameters: p } = subject;
  const result = calculateSheet(sheet, p);
  const years = horizonYears(p);
  const yearRow = (i: number) => {
    const row = result.years[i];
    if (!row) throw new Error(`No year ${i} in the calculation`);
    return row;
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Digitaliseringsportföljen';
  wb.created = subject.savedAt;
  wb.calcProperties.fullCalcOnLoad = true;

  // --- Parametrar ------------------------------------------------------------------------------------
  const ps = wb.addWorksheet('Parametrar');
  ps.columns = [{ width: 34 }, { width: 16 }];
  const params: [string, number, string?][] = [
    ['Basår (t = 0)', p.baseYear],
    ['Kalkylperiod (år efter basåret)', p.horizonYears],
    ['Kalkylränta', p.discountRate, '0.00%'],
    ['Påslag för optimism (kostnader)', p.optimismBias, '0.00%'],
    ['Timmar per månad', p.hoursPerMonth, '0.0'],
    ['Personalomkostnadspålägg', p.overhead, '0.00%'],
    ['Standardmånadslön', p.defaultMonthlySalary, KR],
  ];
  params.forEach(([label, value, fmt], i) => {
    const row = ps.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    if (fmt) row.getCell(2).numFmt = fmt;
  });
  const P = {
    baseYear: 'Parametrar!$B$1',
    rate: 'Parametrar!$B$3',
    bias: 'Parametrar!$B$4',
    hours: 'Parametrar!$B$5',
    overhead: 'Parametrar!$B$6',
    salary: 'Parametrar!$B$7',
  };

  // --- Kalkyl ----------------------------------------------------------------------------------------
  const ws = wb.addWorksheet('Kalkyl', { views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }] });
  ws.getCell('A1').value = `Nyttokalkyl: ${subject.initiativeTitle}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `${subject.kindLabel} · ${subject.departmentName} · ${subject.roundName}`;
  ws.getCell('A3').value = subject.frozenAt
    ? `Låst vid beslut ${subject.frozenAt.toISOString().slice(0, 10)}`
    : `Sparad ${subject.savedAt.toISOString().slice(0, 10)}`;
  ws.getCell('A4').value = 'Belopp i kronor. Timmar värderas med timkostnad = månadslön / timmar per månad × (1 + pålägg).';

  const FIRST_YEAR_COL = 9; // I
  const lastYearCol = FIRST_YEAR_COL + years.length - 1;
  const yearCol = (i: number) => col(FIRST_YEAR_COL + i);
  const HEADER = 6;
  const header = ws.getRow(HEADER);
  ['Slag', 'Rad', 'Typ / kategori', 'Enhet', 'Månadslön', 'Timkostnad', 'Värderad i kronor', 'Säkerhet'].forEach((h, i) => (header.getCell(i + 1).value = h));
  years.forEach((y, i) => (header.getCell(FIRST_YEAR_COL + i).value = y));
  header.getCell(lastYearCol + 1).value = 'Summa';
  header.getCell(lastYearCol + 2).value = 'Förklaring';
  header.font = { bold: true };
  ws.columns = [
    { width: 10 },
    { width: 36 },
    { width: 18 },
    { width: 9 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    ...years.map(() => ({ width: 14 })),
    { width: 16 },
    { width: 50 },
  ];

  let r = HEADER + 1;
  const writeLine = (kind: 'Kostnad' | 'Nytta', line: CostSheetLine | BenefitSheetLine) => {
    const row = ws.getRow(r);
    row.getCell(1).value = kind;
    row.getCell(2).value = line.label;
    row.getCell(3).value = 'type' in line ? COST_TYPE_SV[line.type] : CATEGORY_SV[line.category];
    row.getCell(4).value = line.unit === 'HOURS' ? 'Timmar' : 'Kronor';
    if (line.unit === 'HOURS') {
      row.getCell(5).value = line.monthlySalary ?? { formula: P.salary, result: p.defaultMonthlySalary };
      row.getCell(5).numFmt = KR;
      row.getCell(6).value = { formula: `E${r}/${P.hours}*(1+${P.overhead})`, result: lineHourlyCost(line, p) };
      row.getCell(6).numFmt = '#,##0.00 "kr"';
    }
    row.getCell(7).value = 'monetised' in line ? (line.monetised ? 'Ja' : 'Nej') : 'Ja';
    row.getCell(8).value = 'confidence' in line && line.confidence ? CONFIDENCE_SV[line.confidence] : null;
    const byYear = new Map(line.amounts.map((a) => [a.year, a.amount]));
    years.forEach((y, i) => {
      const amount = byYear.get(y) ?? 0;
      const cell = row.getCell(FIRST_YEAR_COL + i);
      cell.value = line.unit === 'HOURS' && amount !== 0 ? { formula: `${amount}*$F${r}`, result: amountInKronor(line, amount, p) } : amount;
      cell.numFmt = KR;
    });
    const total = years.reduce((s, y) => s + amountInKronor(line, byYear.get(y) ?? 0, p), 0);
    row.getCell(lastYearCol + 1).value = { formula: `SUM(${yearCol(0)}${r}:${col(lastYearCol)}${r})`, result: total };
    row.getCell(lastYearCol + 1).numFmt = KR;
    row.getCell(lastYearCol + 2).value = line.explanation ?? null;
    r++;
  };
  const costFirst = r;
  for (const line of sheet.costs) writeLine('Kostnad', line);
  const costLast = r - 1;
  const benefitFirst = r;
  for (const line of sheet.benefits) writeLine('Nytta', line);
  const benefitLast = r - 1;
  r++;

  // yearly sums and the discounting, one row each, a column per year
  const rowOf: Record<string, number> = {};
  const sumRow = (key: string, label: string, formula: (c: string, i: number) => string, value: (i: number) => number, fmt = KR) => {
    const row = ws.getRow(r);
    row.getCell(2).value = label;
    row.getCell(2).font = { bold: true };
    years.forEach((_, i) => {
      const c = yearCol(i);
      const cell = row.getCell(FIRST_YEAR_COL + i);
      cell.value = { formula: formula(c, i), result: value(i) };
      cell.numFmt = fmt;
    });
    rowOf[key] = r++;
  };
  const range = (c: string, first: number, last: number) => (last >= first ? `${c}${first}:${c}${last}` : null);
  const sumOf = (c: string, first: number, last: number) => {
    const rg = range(c, first, last);
    return rg ? `SUM(${rg})` : '0';
  };
  const sumIf = (keyCol: string, crit: string, c: string, first: number, last: number) => {
    const rg = range(c, first, last);
    return rg ? `SUMIF($${keyCol}$${first}:$${keyCol}$${last},"${crit}",${rg})` : '0';
  };
  const oneOffByYear = years.map((y) =>
    sheet.costs.filter((l) => l.type === 'ONE_OFF').reduce((s, l) => s + amountInKronor(l, l.amounts.find((a) => a.year === y)?.amount ?? 0, p), 0) * (1 + p.optimismBias),
  );
  const financialByYear = years.map((y) =>
    sheet.benefits
      .filter((l) => l.category === 'FINANCIAL' && l.monetised)
      .reduce((s, l) => s + amountInKronor(l, l.amounts.find((a) => a.year === y)?.amount ?? 0, p), 0),
  );
  const redistributionByYear = years.map((y) =>
    sheet.benefits
      .filter((l) => l.category === 'REDISTRIBUTION' && l.monetised)
      .reduce((s, l) => s + amountInKronor(l, l.amounts.find((a) => a.year === y)?.amount ?? 0, p), 0),
  );

  sumRow('costs', 'Kostnader inkl. påslag för optimism', (c) => `${sumOf(c, costFirst, costLast)}*(1+${P.bias})`, (i) => yearRow(i).costs);
  sumRow('oneOff', 'varav engångskostnader', (c) => `${sumIf('C', COST_TYPE_SV.ONE_OFF, c, costFirst, costLast)}*(1+${P.bias})`, (i) => oneOffByYear[i] ?? 0);
  sumRow('benefits', 'Nyttor värderade i kronor', (c) => sumIf('G', 'Ja', c, benefitFirst, benefitLast), (i) => yearRow(i).benefits);
  // SUMIFS: monetised and of the category
  const sumIfs = (cat: string, c: string) => {
    const rg = range(c, benefitFirst, benefitLast);
    return rg ? `SUMIFS(${rg},$C$${benefitFirst}:$C$${benefitLast},"${cat}",$G$${benefitFirst}:$G$${benefitLast},"Ja")` : '0';
  };
  sumRow('financial', 'varav finansiella (budgetfrigörande)', (c) => sumIfs(CATEGORY_SV.FINANCIAL, c), (i) => financialByYear[i] ?? 0);
  sumRow('redistribution', 'varav omfördelning (frigjord tid)', (c) => sumIfs(CATEGORY_SV.REDISTRIBUTION, c), (i) => redistributionByYear[i] ?? 0);
  sumRow('net', 'Netto', (c) => `${c}${rowOf['benefits']}-${c}${rowOf['costs']}`, (i) => yearRow(i).net);
  sumRow('df', 'Diskonteringsfaktor', (c) => `1/(1+${P.rate})^(${c}$${HEADER}-${P.baseYear})`, (i) => (1 + p.discountRate) ** -i, '0.0000');
  sumRow('discounted', 'Diskonterat netto', (c) => `${c}${rowOf['net']}*${c}${rowOf['df']}`, (i) => yearRow(i).discountedNet);
  sumRow('cumulative', 'Ackumulerat netto (odiskonterat)', (c, i) => (i === 0 ? `${c}${rowOf['net']}` : `${yearCol(i - 1)}${r}+${c}${rowOf['net']}`), (i) => yearRow(i).cumulativeNet);
  const netRange = `$${yearCol(0)}$${rowOf['net']}`;
  sumRow(
    'paidBack',
    'Återbetald (1 = ja)',
    (c) => `IF(AND(${c}${rowOf['cumulative']}>=0,COUNTIF(${netRange}:${c}${rowOf['net']},">0")>0),1,0)`,
    (i) => (result.paybackYear !== null && (years[i] ?? 0) >= result.paybackYear ? 1 : 0),
    '0',
  );
  r++;

  // headline figures
  const span = (key: string) => `${yearCol(0)}${rowOf[key]}:${col(lastYearCol)}${rowOf[key]}`;
  const figure = (label: string, formula: string, value: number | string | null, fmt = KR) => {
    const row = ws.getRow(r);
    row.getCell(2).value = label;
    row.getCell(2).font = { bold: true };
    row.getCell(3).value = { formula, result: value ?? '' };
    row.getCell(3).numFmt = fmt;
    return `$C$${r++}`;
  };
  const pvC = figure('Nuvärde kostnader', `SUMPRODUCT(${span('costs')},${span('df')})`, result.pvCosts);
  const pvB = figure('Nuvärde nyttor', `SUMPRODUCT(${span('benefits')},${span('df')})`, result.pvBenefits);
  const pvOneOff = figure('Nuvärde engångskostnader', `SUMPRODUCT(${span('oneOff')},${span('df')})`, result.pvOneOffCosts);
  const pvFin = figure('Nuvärde finansiella nyttor', `SUMPRODUCT(${span('financial')},${span('df')})`, result.pvFinancialBenefits);
  figure('Nuvärde omfördelningsnyttor', `SUMPRODUCT(${span('redistribution')},${span('df')})`, result.pvRedistributionBenefits);
  const npv = figure('Nettonuvärde (NNV)', `${pvB}-${pvC}`, result.npv);
  figure('Nyttokvot', `IF(${pvC}>0,${pvB}/${pvC},"")`, result.benefitCostRatio, '0.00');
  figure('Nettonuvärdeskvot (NNK-i)', `IF(${pvOneOff}>0,${npv}/${pvOneOff},"")`, result.npvPerKrona, '0.00');
  figure('Budgetfrigörande andel', `IF(${pvB}>0,${pvFin}/${pvB},"")`, result.budgetReleasingShare, '0.0%');
  figure(
    'Återbetalningstid (första år då ackumulerat netto ≥ 0)',
    `IFERROR(INDEX($${yearCol(0)}$${HEADER}:$${col(lastYearCol)}$${HEADER},MATCH(1,${span('paidBack')},0)),"Ingen")`,
    result.paybackYear ?? 'Ingen',
    '0',
  );

  // --- Nyttorealiseringsplan -----------------------------------------------------------------------------
  const plan = wb.addWorksheet('Nyttorealiseringsplan', { views: [{ state: 'frozen', ySplit: 1 }] });
  plan.columns = [
    { header: 'Nytta', width: 36 },
    { header: 'Nyttoägare', width: 24 },
    { header: 'Indikator', width: 30 },
    { header: 'Mätmetod', width: 36 },
    { header: 'Enhet', width: 10 },
    { header: 'Nuläge', width: 10 },
    { header: 'Nulägesdatum', width: 13 },
    { header: 'Målvärde', width: 10 },
    { header: 'Måldatum', width: 13 },
    { header: 'Uppföljningstillfällen', width: 30 },
  ];
  plan.getRow(1).font = { bold: true };
  for (const b of sheet.benefits) {
    const pl = b.plan ?? {};
    plan.addRow([
      b.label,
      pl.owner ?? null,
      pl.indicator ?? null,
      pl.method ?? null,
      pl.unit ?? null,
      pl.baselineValue ?? null,
      pl.baselineDate ?? null,
      pl.targetValue ?? null,
      pl.targetDate ?? null,
      (pl.followUpDates ?? []).join(', ') || null,
    ]);
  }

  return Buffer.from(await wb.xlsx.writeBuffer());
}
