import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { calculateSheet, compareSheets, realisationPlanGaps, validateSheet, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import { DEMO_CALCULATIONS } from './calculations.js';
import { demoData } from './demo-data.js';

/** the parameters of the open round DP2027 */
const params: CalculationParameters = {
  baseYear: 2027,
  horizonYears: 5,
  discountRate: 0.03,
  optimismBias: 0,
  hoursPerMonth: 142,
  overhead: 0.54,
  defaultMonthlySalary: 35_000,
};

const round2027 = demoData.initiatives.filter((i) => i.fundRoundCode === 'DP2027');
const statusOf = new Map(demoData.initiatives.map((i) => [i.title, i.status ?? 'DRAFT']));
const entries = Object.entries(DEMO_CALCULATIONS);

const sheets: [string, CalculationSheet][] = entries.flatMap(([title, c]) => [
  [`${title} (sökande)`, c.applicant] as [string, CalculationSheet],
  ...(c.reviewed ? [[`${title} (granskad)`, c.reviewed] as [string, CalculationSheet]] : []),
]);

describe('demo calculations', () => {
  it('has a calculation for every application in the 2027 round', () => {
    expect(round2027.map((i) => i.title).filter((t) => !(t in DEMO_CALCULATIONS))).toEqual([]);
  });

  it('only has calculations for applications in the 2027 round', () => {
    const titles = new Set(round2027.map((i) => i.title));
    expect(Object.keys(DEMO_CALCULATIONS).filter((t) => !titles.has(t))).toEqual([]);
  });

  it.each(sheets)('%s is a valid sheet for the round', (_name, sheet) => {
    const result = validateSheet(sheet, params);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(sheets)('%s explains every line and names at least one cost and one benefit', (_name, sheet) => {
    expect(sheet.costs.length).toBeGreaterThan(0);
    expect(sheet.benefits.length).toBeGreaterThan(0);
    for (const line of [...sheet.costs, ...sheet.benefits]) expectWithMessage(line.explanation?.trim(), line.id).toBeTruthy();
  });

  it.each(entries.filter(([title]) => statusOf.get(title) === 'PREPARED'))('"%s" (PREPARED) has a reviewed calculation and complete realisation plans', (_title, c) => {
    expect(c.reviewed).toBeDefined();
    expect(realisationPlanGaps(c.applicant)).toEqual([]);
    expect(realisationPlanGaps(c.reviewed)).toEqual([]);
  });

  it('gives the applications in preparation a reviewed calculation, at least one with gaps in the realisation plan', () => {
    const inPreparation = entries.filter(([title]) => statusOf.get(title) === 'IN_PREPARATION');
    expect(inPreparation.length).toBeGreaterThan(0);
    for (const [title, c] of inPreparation) expectWithMessage(c.reviewed, title).toBeDefined();
    expect(inPreparation.some(([, c]) => realisationPlanGaps(c.reviewed).length > 0)).toBe(true);
  });

  it('has no reviewed calculation before the portfolio office has taken up the application', () => {
    const early = entries.filter(([title]) => ['DRAFT', 'AWAITING_ANCHORING', 'SUBMITTED'].includes(statusOf.get(title) ?? 'DRAFT'));
    expect(early.filter(([, c]) => c.reviewed).map(([title]) => title)).toEqual([]);
  });

  it('has outcomes that sort meaningfully: both signs of NPV and varied payback years', () => {
    const results = sheets.map(([, sheet]) => calculateSheet(sheet, params));
    expect(results.some((r) => r.npv > 0)).toBe(true);
    expect(results.some((r) => r.npv < 0)).toBe(true);
    expect(new Set(results.map((r) => r.paybackYear)).size).toBeGreaterThanOrEqual(5);
    expect(results.flatMap((r) => r.warnings)).toEqual([]);
  });

  it.each(entries.filter(([, c]) => c.reviewed))('"%s": the reviewed calculation differs from the applicant\'s', (_title, c) => {
    if (!c.reviewed) throw new Error('no reviewed calculation');
    expect(compareSheets(c.applicant, c.reviewed, params).lines.length).toBeGreaterThan(0);
  });
});
