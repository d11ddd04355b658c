import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '@dp/domain/money';
import { findFreePort, startAppServer, type AppServer } from './support/app-server.js';

/**
 * The first whole journey: the built app on a fresh data directory with the demo data, in Debian's
 * Chromium. An applicant creates an initiative through the form (meeting a validation error first),
 * finds it in the round's list, and it is still there after a reload and after a restart of the server.
 */

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const title = `Digital signering av delegationsbeslut ${Date.now().toString(36)}`;
const amountText = formatMoney(1_234_567, 'sv-SE'); // '1 234 567 kr' with non-breaking spaces

let dataDir: string;
let server: AppServer | undefined;
let browser: Browser;
let page: Page;

async function expectNoAxeViolations(where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} – ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The accessible description of a form control: the texts its aria-describedby points to. */
async function descriptionOf(selector: ReturnType<Page['getByRole']>): Promise<string> {
  const ids = ((await selector.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

function rowOf(initiativeTitle: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: initiativeTitle, exact: true }) });
}

async function openList(baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/initiatives`);
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
  await page.getByRole('table').waitFor();
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-web-e2e-'));
  server = await startAppServer({ port: await findFreePort(), dataDir });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1366, height: 900 } });
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

describe('an applicant creates an initiative', () => {
  it('sees the demo round in Swedish, and the list passes axe (WCAG 2.1 AA)', async () => {
    const baseUrl = server!.baseUrl;
    await openList(baseUrl);

    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toBe('Initiativ – Digitaliseringsportföljen');
    expect(await page.getByRole('combobox', { name: 'Ansökningsomgång' }).inputValue()).toContain('Digitaliseringspotten 2027');
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByText(/initiativ · sökt .* av budget 12\s000\s000\skr/).count()).toBe(1);

    await expectNoAxeViolations('the list page');
  });

  it('meets a Swedish error next to Titel when submitting the empty form, which passes axe', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nytt initiativ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt initiativ' }).waitFor();
    await expectNoAxeViolations('the form page');

    await page.getByRole('button', { name: 'Skapa initiativ' }).click();
    const titleInput = page.getByRole('textbox', { name: 'Titel' });
    await expect.poll(() => titleInput.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(titleInput)).toContain('Fyll i fältet.');
    await expectNoAxeViolations('the form page with errors');
  });

  it('creates the initiative and finds it in the list with its amount', async () => {
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Beskrivning' })
      .fill('Beslut som fattas på delegation signeras digitalt och diarieförs automatiskt, i stället för på papper.');
    await page.getByRole('combobox', { name: 'Förvaltning' }).click();
    await page.getByRole('option', { name: 'Kommunstyrelsens förvaltning', exact: true }).click();
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
    expect(await row.textContent()).toContain('Kommunstyrelsens förvaltning');
  });

  it('still finds it after a reload', async () => {
    await page.reload();
    await page.getByRole('table').waitFor();
    const row = rowOf(title);
    await row.waitFor();
    expect(await row.textContent()).toContain(amountText);
  });

  it('still finds it after the server is stopped with SIGTERM and started again on the same data', async () => {
    expect(await server!.stop()).toBe(0);
    server = await startAppServer({ port: await findFreePort(), dataDir });

    await openList(server.baseUrl);
    const row = rowOf(title);
    await row.waitFor();
    expect(await row.textContent()).toContain(amountText);
  });
});
