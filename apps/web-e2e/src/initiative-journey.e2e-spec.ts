import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import { type Browser, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatMoney } from '@dp/domain/money';
import { findFreePort, startAppServer, type AppServer } from './support/app-server.js';
import { expectNoAxeViolations as expectNoAxeViolationsOn, submitSignIn, launchChromium, newSwedishContext } from './support/browser.js';

/**
 * The first whole journey: the built app on a fresh data directory with the demo data, in Debian's
 * Chromium. An applicant (Sara Sökande, Barn- och utbildningsförvaltningen) signs in through the sign-in
 * page (meeting a wrong-password error first), creates an initiative through the form (meeting a
 * validation error first), finds it in the round's list, and it is still there after a reload and after
 * a restart of the server. Then the portfolio office signs in in a browser of its own: it sees every
 * department's initiatives, may not create any, and signs out.
 */

const title = `Digital signering av delegationsbeslut ${Date.now().toString(36)}`;
const amountText = formatMoney(1_234_567, 'sv-SE'); // '1 234 567 kr' with non-breaking spaces
const BUF = 'Barn- och utbildningsförvaltningen';
const DEMO_PASSWORD = 'demo';

let dataDir: string;
let server: AppServer | undefined;
let browser: Browser;
let page: Page;

async function expectNoAxeViolations(where: string, on: Page = page): Promise<void> {
  await expectNoAxeViolationsOn(where, on);
}

/** The accessible description of a form control: the texts its aria-describedby points to. */
async function descriptionOf(selector: ReturnType<Page['getByRole']>): Promise<string> {
  const ids = ((await selector.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

function rowOf(initiativeTitle: string, on: Page = page) {
  return on.getByRole('row').filter({ has: on.getByRole('link', { name: initiativeTitle, exact: true }) });
}

async function openList(baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/initiatives`);
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
  await page.getByRole('table').waitFor();
}

/** The path and query of the page's address: `/login?next=%2Finitiatives` */
function where(on: Page): string {
  const url = new URL(on.url());
  return `${url.pathname}${url.search}`;
}

/** The distinct departments in the list's Förvaltning column. */
async function departmentsInList(on: Page): Promise<string[]> {
  const cells = await on.getByRole('table').getByRole('row').locator('td:nth-child(2)').allTextContents();
  return [...new Set(cells.map((c) => c.trim()))].sort();
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-web-e2e-'));
  server = await startAppServer({ port: await findFreePort(), dataDir });
  browser = await launchChromium();
  const context = await newSwedishContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    try {
      await server.stop();
    } catch {
      server.child.kill('SIGKILL');
    }
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('an applicant signs in and creates an initiative', () => {
  it('is sent to the sign-in page, which passes axe, and a wrong password gives a Swedish error there', async () => {
    await page.goto(`${server!.baseUrl}/initiatives`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(where(page)).toBe('/login?next=%2Finitiatives');
    expect(await page.title()).toBe('Logga in – Digitaliseringsportföljen');
    expect(await page.getByRole('textbox', { name: 'E-postadress' }).getAttribute('autocomplete')).toBe('username');
    expect(await page.getByRole('textbox', { name: 'Lösenord', exact: true }).getAttribute('autocomplete')).toBe('current-password');
    await expectNoAxeViolations('the sign-in page');

    await submitSignIn(page, 'sokande@demo.example', 'fel-lösenord');
    const summary = page.getByRole('alert').filter({ hasText: 'Inloggningen misslyckades' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Fel e-postadress eller lösenord.');
    // the focus is on the error summary, and the e-mail address is still there
    expect(await summary.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await page.getByRole('textbox', { name: 'E-postadress' }).inputValue()).toBe('sokande@demo.example');
    await expectNoAxeViolations('the sign-in page with an error');
  });

  it('signs in as Sara Sökande and is taken on to the initiatives, with her name and role in the header', async () => {
    await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    expect(where(page)).toBe('/initiatives');
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('Sara Sökande');
    expect(await banner.textContent()).toContain(`Sökande (${BUF})`);
  });

  it('sees the demo round in Swedish, only her department’s initiatives, and the list passes axe (WCAG 2.1 AA)', async () => {
    const baseUrl = server!.baseUrl;
    await openList(baseUrl);

    expect(await departmentsInList(page)).toEqual([BUF]);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toBe('Initiativ – Digitaliseringsportföljen');
    expect(await page.getByRole('combobox', { name: 'Ansökningsomgång' }).inputValue()).toContain('Digitaliseringspotten 2027');
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await poll(() => page.getByText(/initiativ · sökt .* av budget 12\s000\s000\skr/).count()).toBe(1);

    await expectNoAxeViolations('the list page');
  });

  it('meets a Swedish error next to Titel when submitting the empty form, which passes axe', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nytt initiativ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt initiativ' }).waitFor();
    await expectNoAxeViolations('the form page');

    await page.getByRole('button', { name: 'Skapa initiativ' }).click();
    const titleInput = page.getByRole('textbox', { name: 'Titel' });
    await poll(() => titleInput.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(titleInput)).toContain('Fyll i fältet.');
    await expectNoAxeViolations('the form page with errors');
  });

  it('creates the initiative for her department and finds it in the list with its amount', async () => {
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Beskrivning' })
      .fill('Beslut som fattas på delegation signeras digitalt och diarieförs automatiskt, i stället för på papper.');
    // she is an applicant of one department only: it is chosen already, and the only choice
    const department = page.getByRole('combobox', { name: 'Förvaltning' });
    expect(await department.inputValue()).toBe(BUF);
    await department.click();
    expect(await page.getByRole('option').allTextContents()).toEqual([BUF]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('combobox', { name: 'Ansökningsomgång' }).inputValue()).toContain('Digitaliseringspotten 2027');
    await page.getByRole('checkbox', { name: 'Effektiv och digital verksamhet' }).check();
    const amount = page.getByRole('textbox', { name: 'Sökt belopp' });
    await amount.fill('1 234 567');
    await amount.blur();
    expect(await amount.inputValue()).toBe(amountText);

    await page.getByRole('button', { name: 'Skapa initiativ' }).click();

    await page.getByText(`Initiativet ”${title}” har skapats.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    const row = rowOf(title);
    await row.waitFor();
    expect(await row.textContent()).toContain(amountText);
    expect(await row.textContent()).toContain(BUF);
  });

  it('still finds it after a reload', async () => {
    await page.reload();
    await page.getByRole('table').waitFor();
    const row = rowOf(title);
    await row.waitFor();
    expect(await row.textContent()).toContain(amountText);
  });

  it('still finds it after the server is stopped with SIGTERM and started again on the same data, still signed in', async () => {
    expect(await server!.stop()).toBe(0);
    server = await startAppServer({ port: await findFreePort(), dataDir });

    // Sessions live in PostgreSQL (in dataDir), not in the server's memory, and cookies are kept per host,
    // not per port: the browser sends the same dp_session cookie to the new server on 127.0.0.1, which
    // still knows the session. So she stays signed in and goes straight to the list, no sign-in page.
    await openList(server.baseUrl);
    expect(where(page)).toBe('/initiatives');
    expect(await page.getByRole('banner').textContent()).toContain('Sara Sökande');
    const row = rowOf(title);
    await row.waitFor();
    expect(await row.textContent()).toContain(amountText);
  });
});

describe('the portfolio office', () => {
  let analyst: Page;

  it('signs in, sees the initiatives of every department, and has no "Nytt initiativ"', async () => {
    const context = await newSwedishContext(browser);
    analyst = await context.newPage();
    await analyst.goto(`${server!.baseUrl}/initiatives`);
    await analyst.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await submitSignIn(analyst, 'portfoljkontor@demo.example', DEMO_PASSWORD);
    await analyst.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    await analyst.getByRole('table').waitFor();
    await rowOf(title, analyst).waitFor(); // the applicant's new one is there too

    expect(where(analyst)).toBe('/initiatives');
    expect(await analyst.getByRole('banner').textContent()).toContain('Per Portföljkontor');
    expect(await analyst.getByRole('banner').textContent()).toContain('Portföljkontoret');
    const departments = await departmentsInList(analyst);
    expect(departments.length).toBeGreaterThan(3);
    expect(departments).toEqual(expect.arrayContaining([BUF, 'Socialförvaltningen', 'Kommunstyrelsens förvaltning']));
    const nav = analyst.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Initiativ', 'Prioritering', 'Ledningsgruppsmöten', 'Kalkylparametrar', 'Bedömningskriterier']);
    expect(await analyst.getByRole('link', { name: 'Nytt initiativ' }).count()).toBe(0);
    await expectNoAxeViolations('the list page of the portfolio office', analyst);
  });

  it('signs out, is back on the sign-in page, and must sign in again to see the list', async () => {
    await analyst.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await analyst.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(where(analyst)).toBe('/login');

    await analyst.goto(`${server!.baseUrl}/initiatives`);
    await analyst.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(where(analyst)).toBe('/login?next=%2Finitiatives');
    await analyst.context().close();
  });
});
