import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectWithMessage, poll } from '@dp/testing';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { calculateSheet, compareSheets, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import { formatMoney } from '@dp/domain/money';
import type { AppServer } from './support/app-server.js';
import { createDraftAsApplicant, endJourney, startJourney, type Journey } from './support/journey.js';
import { WCAG_AA, submitSignIn } from './support/browser.js';

/**
 * The nyttokalkyl of issue 4 in the browser, in Swedish, on a fresh data directory with the demo data.
 *
 * The applicant (Sara Sökande, Barn- och utbildningsförvaltningen) works on a draft of the open round
 * DP2027: she builds its calculation in the grid, sees NNV and the payback year follow what she types
 * (checked against libs/domain/benefits with the round's parameters), saves, reloads and finds it
 * saved; then she changes a cost and sees the figures change again. The demo data has no draft of her
 * department in DP2027 (its drafts there belong to KFF and AVF), so she starts one herself.
 *
 * The portfolio office (Per Portföljkontor) opens an application under preparation, where the demo data
 * has the applicant's and a reviewed calculation, and sees them side by side with the difference; axe
 * finds no WCAG 2.1 AA violation in the calculation section.
 */

const DEMO_PASSWORD = 'demo';
const title = `Gemensam lärplattform för fritidshemmen ${Date.now().toString(36)}`;

let journey: Journey | undefined;
let server: AppServer | undefined;
let page: Page;
let initiativeUrl = '';
let params: CalculationParameters;

const section = () => page.getByRole('region', { name: 'Nyttokalkyl' });
const figure = (kind: 'applicant' | 'reviewed', name: string) => section().getByTestId(`calc-${kind}-figure-${name}`);
const sv = (amount: number) => formatMoney(amount, 'sv-SE');
/** nyttokvot as the page shows it: two decimals, decimal comma */
const ratio = (value: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** A GraphQL query with the browser's session (the same origin and cookie as the app). */
async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  expectWithMessage(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

const PARAMETERS = 'baseYear horizonYears discountRate optimismBias hoursPerMonth overhead defaultMonthlySalary';
const SHEET = `costs { id label explanation type unit monthlySalary amounts { year amount } }
  benefits { id label explanation category monetised confidence unit monthlySalary amounts { year amount }
    plan { owner indicator method unit baselineValue baselineDate targetValue targetDate followUpDates } }`;

function initiativeId(): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Runs axe on the calculation section only (as it is now) and expects no WCAG 2.1 AA violation. */
async function expectSectionAccessible(where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#nyttokalkyl').withTags(WCAG_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} – ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expectWithMessage(summary, `axe violations in ${where}`).toEqual([]);
}

/** Sara's calculation as she types it: a one-off cost in 2027 and a budget-releasing benefit 2028–2032. */
function sarasSheet(oneOff: number): CalculationSheet {
  return {
    costs: [{ id: 'c', label: 'Införande och utbildning', type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: oneOff }] }],
    benefits: [
      {
        id: 'b',
        label: 'Minskad administration',
        category: 'FINANCIAL',
        monetised: true,
        unit: 'KRONOR',
        amounts: [2028, 2029, 2030, 2031, 2032].map((year) => ({ year, amount: 250_000 })),
      },
    ],
  };
}

async function waitForCalculation(): Promise<void> {
  await section().getByRole('heading', { level: 3, name: 'Sökandes kalkyl' }).waitFor();
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}

beforeAll(async () => {
  journey = await startJourney('benefits');
  ({ server, page } = journey);
});

afterAll(async () => {
  await endJourney(journey);
});

describe('the applicant’s nyttokalkyl', () => {
  it('Sara starts a draft in DP2027; its calculation is empty and editable', async () => {
    await createDraftAsApplicant(page, server!.baseUrl, {
      title,
      description: 'En lärplattform för alla fritidshem, med säker inloggning för vårdnadshavare.',
      amount: '400 000',
    });
    await page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
    await waitForCalculation();
    initiativeUrl = page.url();

    const data = await graphql<{ initiative: { fundRound: { calculationParameters: CalculationParameters } } }>(
      `query ($id: ID!) { initiative(id: $id) { fundRound { calculationParameters { ${PARAMETERS} } } } }`,
      { id: initiativeId() },
    );
    params = data.initiative.fundRound.calculationParameters;
    expect(params.baseYear).toBe(2027);
    expect(await section().getByText('Inga kostnader ännu.').isVisible()).toBe(true);
    expect(await section().getByText('Kalkylen är inte sparad ännu.').isVisible()).toBe(true);
  });

  it('she builds the calculation in the grid and sees NNV and the payback year as she types', async () => {
    await section().getByRole('button', { name: 'Lägg till kostnad' }).click();
    const costLabel = section().getByRole('textbox', { name: 'Benämning, Kostnad 1' });
    await poll(() => costLabel.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await costLabel.fill('Införande och utbildning');
    await section().getByRole('textbox', { name: 'Införande och utbildning 2027' }).fill('400 000');

    await section().getByRole('button', { name: 'Lägg till nytta' }).click();
    await section().getByRole('textbox', { name: 'Benämning, Nytta 1' }).fill('Minskad administration');
    for (const year of [2028, 2029, 2030, 2031, 2032]) {
      await section().getByRole('textbox', { name: `Minskad administration ${year}` }).fill('250 000');
    }

    const expected = calculateSheet(sarasSheet(400_000), params);
    // by hand: −400 000 kr in 2027, +250 000 kr a year from 2028: the cumulative net turns positive in 2029
    expect(expected.paybackYear).toBe(2029);
    await poll(() => figure('applicant', 'npv').textContent()).toBe(sv(expected.npv));
    expect(await figure('applicant', 'paybackYear').textContent()).toBe('2029');
    expect(await figure('applicant', 'pvCosts').textContent()).toBe(sv(expected.pvCosts));
    expect(await figure('applicant', 'benefitCostRatio').textContent()).toBe(ratio(expected.benefitCostRatio!));

    await section().getByRole('button', { name: 'Spara kalkylen' }).click();
    await page.getByText('Sökandes kalkyl har sparats.').waitFor();
    await poll(() => section().getByTestId('calc-applicant-save-status').textContent()).toBe('Alla ändringar är sparade.');
  });

  it('the calculation is saved: after a reload the amounts and the figures are there', async () => {
    await page.reload();
    await waitForCalculation();
    expect(await section().getByRole('textbox', { name: 'Införande och utbildning 2027' }).inputValue()).toBe('400\u00a0000');
    expect(await section().getByRole('textbox', { name: 'Minskad administration 2032' }).inputValue()).toBe('250\u00a0000');
    expect(await figure('applicant', 'npv').textContent()).toBe(sv(calculateSheet(sarasSheet(400_000), params).npv));
    expect(await section().getByText(/Senast sparad .* av Sara Sökande\./).isVisible()).toBe(true);

    // the saved calculation as an Excel file, with the browser's session
    const href = await section().getByRole('link', { name: 'Ladda ned som Excel: Sökandes kalkyl' }).getAttribute('href');
    expect(href).toBe(`/api/initiatives/${initiativeId()}/calculations/APPLICANT.xlsx`);
    const file = await page.request.get(`${server!.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
  });

  it('she changes a cost amount: NNV and the payback year change on screen, and the change is saved', async () => {
    const cost = section().getByRole('textbox', { name: 'Införande och utbildning 2027' });
    await cost.fill('900 000');
    const expected = calculateSheet(sarasSheet(900_000), params);
    // −900 000 kr, then +250 000 kr a year: positive in 2031
    expect(expected.paybackYear).toBe(2031);
    await poll(() => figure('applicant', 'npv').textContent()).toBe(sv(expected.npv));
    expect(await figure('applicant', 'paybackYear').textContent()).toBe('2031');
    expect(await figure('applicant', 'benefitCostRatio').textContent()).toBe(ratio(expected.benefitCostRatio!));
    // the cash flow per year follows as a table
    const years = section().getByRole('table', { name: /Kostnader, nyttor och nettoflöde per år/ });
    const row2027 = years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2027' }) });
    expect(await row2027.getByRole('cell').allTextContents()).toEqual([sv(900_000), sv(0), sv(-900_000), sv(-900_000)]);

    await section().getByRole('button', { name: 'Spara kalkylen' }).click();
    await page.getByText('Sökandes kalkyl har sparats.').first().waitFor();
    await poll(() => section().getByTestId('calc-applicant-save-status').textContent()).toBe('Alla ändringar är sparade.');

    await page.reload();
    await waitForCalculation();
    expect(await section().getByRole('textbox', { name: 'Införande och utbildning 2027' }).inputValue()).toBe('900\u00a0000');
    expect(await figure('applicant', 'npv').textContent()).toBe(sv(expected.npv));
    expect(await figure('applicant', 'paybackYear').textContent()).toBe('2031');
    await expectSectionAccessible('the applicant’s calculation');
  });

  it('the form is saved on top of the calculation’s new version (no false conflict)', async () => {
    const cost = section().getByRole('textbox', { name: 'Införande och utbildning 2027' });
    await cost.fill('850 000');
    await section().getByRole('button', { name: 'Spara kalkylen' }).click();
    await page.getByText('Sökandes kalkyl har sparats.').first().waitFor();
    await page.getByRole('textbox', { name: 'Problem', exact: true }).fill('Varje fritidshem har i dag en egen lösning.');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText(`Ändringarna i ”${title}” har sparats.`).waitFor();
    expect(await page.getByText('Någon annan har ändrat initiativet').count()).toBe(0);
  });
});

describe('the portfolio office’s review', () => {
  it('shows the applicant’s and the reviewed calculation side by side, with the difference', async () => {
    await page.goto(initiativeUrl);
    await signOut();
    await page.goto(`${server!.baseUrl}/initiatives`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await submitSignIn(page, 'portfoljkontor@demo.example', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();

    const preparing = page.getByRole('table').getByRole('row').filter({ hasText: 'Under beredning' }).first();
    await preparing.waitFor();
    await preparing.getByRole('link').first().click();
    await waitForCalculation();

    const data = await graphql<{
      initiative: { fundRound: { calculationParameters: CalculationParameters }; applicantCalculation: CalculationSheet | null; reviewedCalculation: CalculationSheet | null };
    }>(
      `query ($id: ID!) { initiative(id: $id) { fundRound { calculationParameters { ${PARAMETERS} } }
        applicantCalculation { ${SHEET} } reviewedCalculation { ${SHEET} } } }`,
      { id: initiativeId() },
    );
    const { applicantCalculation, reviewedCalculation } = data.initiative;
    expectWithMessage(applicantCalculation, 'the demo data gives the application the applicant’s calculation').not.toBeNull();
    expectWithMessage(reviewedCalculation, 'the demo data gives an application under preparation a reviewed calculation').not.toBeNull();
    const review = data.initiative.fundRound.calculationParameters;
    const diff = compareSheets(applicantCalculation!, reviewedCalculation!, review);

    const difference = section().getByRole('region', { name: 'Skillnad mot sökandes kalkyl' });
    const figures = difference.getByRole('table', { name: /Nyckeltal i sökandes och i portföljkontorets granskade kalkyl/ });
    expect(await figures.getByRole('columnheader').allTextContents()).toEqual(['Nyckeltal', 'Sökandes kalkyl', 'Granskad kalkyl', 'Skillnad']);
    const npv = diff.figures.find((f) => f.figure === 'npv')!;
    const npvRow = figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nettonuvärde (NNV)' }) });
    const cells = await npvRow.getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual([sv(npv.before!), sv(npv.after!)]);

    if (diff.lines.length > 0) {
      const lines = difference.getByRole('table', { name: 'Rader som skiljer sig mellan kalkylerna' });
      expect(await lines.getByRole('rowheader').allTextContents()).toEqual(diff.lines.map((l) => l.label));
    } else {
      expect(await difference.getByText('Raderna är desamma i båda kalkylerna.').isVisible()).toBe(true);
    }

    // the reviewed calculation is the one she works in; the applicant's is a tab away
    const tabs = section().getByRole('tablist', { name: 'Kalkyler' });
    expect(await tabs.getByRole('tab', { name: 'Portföljkontorets granskade kalkyl' }).getAttribute('aria-selected')).toBe('true');
    expect(await section().getByRole('button', { name: 'Spara kalkylen' }).isVisible()).toBe(true);
    expect(await figure('reviewed', 'npv').textContent()).toBe(sv(calculateSheet(reviewedCalculation!, review).npv));
    await tabs.getByRole('tab', { name: 'Sökandes kalkyl' }).click();
    await poll(() => figure('applicant', 'npv').textContent()).toBe(sv(calculateSheet(applicantCalculation!, review).npv));
    await expectSectionAccessible('the two calculations and their difference');
  });
});
