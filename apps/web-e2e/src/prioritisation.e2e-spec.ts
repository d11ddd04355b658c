import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import type { Page } from 'playwright-core';
import { endJourney, startJourney, type Journey } from './support/journey.js';
import { expectNoAxeViolations, submitSignIn } from './support/browser.js';

/**
 * The ranking board of issue 5 in the browser, in Swedish, on a fresh data directory with the demo data.
 *
 * The management group member (Lena Ledningsgrupp) opens Prioritering for Digitaliseringspotten 2027,
 * moves the initiative in third place up two places with the keyboard only (focus the handle, Space,
 * ArrowUp twice, Space) and hears each step announced; runs the optimiser, which proves its selection
 * optimal and says how close her ranking comes ("når … %"); saves her ranking as a scenario; and axe
 * finds no WCAG 2.1 AA violation on the page.
 */

let journey: Journey | undefined;
let page: Page;

const board = () => page.getByRole('table', { name: /^Rangordning av de beredda ansökningarna/ });
const rows = () => board().getByTestId('ranking-row');
/** the titles of the board's rows, top to bottom */
const titles = () => rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('th a')?.textContent ?? ''));
/** dnd-kit's live region, where the keyboard drag is announced */
const dragAnnouncement = () => page.locator('[id^="DndLiveRegion"]');

/** text with its no-break spaces (money, percentages) as plain spaces */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

let before: string[] = [];
let moved = '';
/** the board's "når N %", compared with what the server says of the saved scenario */
let boardShare = 0;
const manualName = `Lenas rangordning ${Date.now().toString(36)}`;
const optimisedName = `Optimerat urval ${Date.now().toString(36)}`;

beforeAll(async () => {
  journey = await startJourney('prioritisation');
  page = journey.page;
});

afterAll(async () => {
  await endJourney(journey);
});

describe('the management group ranks, optimises and saves in the browser', () => {
  it('Lena opens Prioritering and lands on the ranking board of the open 2027 round', async () => {
    await page.goto(`${journey!.server.baseUrl}/initiatives`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await submitSignIn(page, 'ledningsgrupp@demo.example', 'demo');
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prioritering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prioritering – Digitaliseringspotten 2027' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/portfolio\/[^/]+$/);
    await poll(() => rows().count()).toBeGreaterThan(3);
    await poll(async () => plain(await page.getByTestId('budget-line').textContent())).toMatch(/^(Budgeten räcker hit|Hela listan ryms i budgeten) – .* kr av 12 000 000 kr/);
    before = await titles();
  });

  it('she moves the third initiative up two places with the keyboard only, and every step is announced', async () => {
    moved = before[2] ?? '';
    const count = before.length;
    const handle = page.getByRole('button', { name: `Flytta ${moved}, plats 3 av ${count}`, exact: true });
    await handle.focus();
    await page.keyboard.press('Space');
    await poll(() => dragAnnouncement().textContent()).toBe(`Du har lyft ${moved}. Den är nu på plats 3 av ${count}.`);
    await page.keyboard.press('ArrowUp');
    await poll(() => dragAnnouncement().textContent()).toBe(`${moved} är nu på plats 2 av ${count}.`);
    await page.keyboard.press('ArrowUp');
    await poll(() => dragAnnouncement().textContent()).toBe(`${moved} är nu på plats 1 av ${count}.`);
    await page.keyboard.press('Space');
    await poll(() => dragAnnouncement().textContent()).toBe(`${moved} släpptes på plats 1 av ${count}.`);

    await poll(titles).toEqual([moved, before[0], before[1], ...before.slice(3)]);
    // the handle keeps the focus and says the new place; the order is now manual
    await poll(() => page.locator('body').evaluate((body) => body.ownerDocument.activeElement?.getAttribute('aria-label'))).toBe(`Flytta ${moved}, plats 1 av ${count}`);
    expect(await page.getByRole('radio', { name: 'Manuell', exact: true }).isChecked()).toBe(true);
  });

  it('she runs the optimiser: proven optimal, with the explanations and how close her ranking comes', async () => {
    await page.getByRole('button', { name: 'Optimera', exact: true }).click();
    await poll(() => page.getByTestId('optimisation-status').textContent()).toBe('Bevisat optimalt');
    const sentence = page.getByText(/^Den manuella rangordningen når \d+\s% av det uppnåeliga värdet inom samma budget\.$/);
    await sentence.waitFor();
    const share = Number(/når (\d+)/.exec(plain(await sentence.textContent()))?.[1]);
    // the ranking is measured under the optimiser's own rules (not eligible ones passed over, every constraint kept), so never above the optimum
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(100);
    boardShare = share;
    const comparison = plain(await page.getByTestId('optimum-comparison').textContent());
    expect(comparison).toContain('Jämförelsen följer samma regler som optimeringen');
    const explanations = page.getByRole('table', { name: 'Varför initiativen är med eller inte' });
    expect(await explanations.getByRole('row').count()).toBe(before.length + 1);
    expect(await page.getByRole('table', { name: 'Begränsningar' }).getByRole('row', { name: /^Budget / }).count()).toBeGreaterThan(0);
    expect(await board().getByText('Med i optimalt urval').count()).toBeGreaterThan(0);
  });

  it('she saves her ranking as a scenario and sees how it compares with the optimum', async () => {
    const name = manualName;
    await page.getByRole('textbox', { name: 'Namn' }).fill(name);
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill(`${moved} först.`);
    expect(await page.getByRole('radio', { name: 'Rangordningen på tavlan (Manuell)' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Spara scenario' }).click();
    const saved = page.getByTestId('scenario-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`Scenariot ”${name}” har sparats.`);
    // the server measures the saved ranking the same way as the board did
    expect(plain(await saved.textContent())).toContain(`Det når ${boardShare} % av det uppnåeliga värdet.`);

    // it is one of the round's scenarios now, and puts the same order back on the board
    const chooser = page.getByRole('combobox', { name: 'Visa ett sparat scenario på tavlan' });
    await chooser.click();
    await page.getByRole('option', { name: `${name} (manuell)` }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('axe finds no WCAG 2.1 AA violation on the board with the optimisation and the saved scenario', async () => {
    await expectNoAxeViolations('the ranking board', page);
  });

  it('she saves the optimised selection as a second scenario', async () => {
    await page.getByRole('textbox', { name: 'Namn' }).fill(optimisedName);
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill('');
    await page.getByRole('radio', { name: 'Optimerat urval (inställningarna under Optimera)' }).check();
    await page.getByRole('button', { name: 'Spara scenario' }).click();
    await poll(async () => plain(await page.getByTestId('scenario-saved').textContent())).toContain(`Scenariot ”${optimisedName}” har sparats.`);
    expect(plain(await page.getByTestId('scenario-saved').textContent())).toContain('Det når 100 % av det uppnåeliga värdet.');
  });
});

describe('the management group compares the scenarios and marks the proposal', () => {
  const scenarioRow = (name: string) => page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Jämför ${name}` }) });

  it('Lena compares her ranking with the optimised selection side by side', async () => {
    await page.getByRole('navigation', { name: 'Prioritering' }).getByRole('link', { name: 'Scenarier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenarier' }).waitFor();
    await page.getByRole('checkbox', { name: `Jämför ${manualName}` }).check();
    await page.getByRole('checkbox', { name: `Jämför ${optimisedName}` }).check();
    await page.getByRole('button', { name: 'Jämför (2)' }).click();
    const figures = page.getByRole('table', { name: 'Nyckeltal per scenario' });
    await figures.waitFor();
    expect(plain(await figures.getByRole('row', { name: /^Andel av optimum/ }).textContent())).toContain(`${boardShare} %`);
    expect(plain(await figures.getByRole('row', { name: /^Andel av optimum/ }).textContent())).toContain('100 %');
    await page.getByRole('table', { name: 'Kostnad per år och scenario' }).waitFor();
    const items = page.getByRole('table', { name: 'Initiativ per scenario, skillnaderna först' });
    expect(await items.getByRole('row').count()).toBeGreaterThan(5);
    expect(new URL(page.url()).searchParams.get('compare')?.split(',')).toHaveLength(2);
    await expectNoAxeViolations('the scenario comparison', page);
  });

  it('she marks the optimised selection as the proposal, which freezes the assessment criteria', async () => {
    await page.getByRole('button', { name: `Markera som förslag: ${optimisedName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Markera som förslag till prioritering?' });
    expect(await dialog.textContent()).toContain('Bedömningskriterierna (version 1) låses när förslaget markeras.');
    await dialog.getByRole('button', { name: 'Markera som förslag' }).click();
    await poll(() => scenarioRow(optimisedName).getByText('Förslag till prioritering').count()).toBe(1);
    await poll(() => scenarioRow(manualName).getByText('Förslag till prioritering').count()).toBe(0);
  });

  it('the analysis shows the bubbles, the efficient frontier with the proposal, and the distribution, each with its table', async () => {
    await page.getByRole('navigation', { name: 'Prioritering' }).getByRole('link', { name: 'Analys' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analys' }).waitFor();
    const bubbles = page.getByRole('table', { name: 'Initiativ med förvaltning, sökt belopp, viktad poäng och nettonuvärde' });
    await poll(() => bubbles.getByRole('row').count()).toBe(before.length + 1);
    // the frontier is computed in the browser, in a Web Worker running HiGHS as WebAssembly
    const frontier = page.getByRole('table', { name: /^Högsta möjliga/ });
    await poll(() => frontier.getByRole('row').count()).toBeGreaterThan(10);
    expect(plain(await frontier.textContent())).toContain('12 000 000 kr (omgångens budget)');
    expect(plain(await page.getByText(/^”.*” når .* av det högsta värde som går att nå med samma budget och villkor\.$/).textContent())).toContain(`”${optimisedName}”`);
    const distribution = page.getByRole('table', { name: /^Sökt belopp per förvaltning: hela portföljen och / });
    expect(await distribution.getByRole('row').count()).toBeGreaterThan(2);
    await expectNoAxeViolations('the analysis page', page);
  });
});
