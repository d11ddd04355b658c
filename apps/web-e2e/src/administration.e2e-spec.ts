import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startAppServer, type AppServer } from './support/app-server.js';
import { expectNoAxeViolations, submitSignIn, launchChromium, newSwedishContext } from './support/browser.js';

/**
 * The administrator's and the auditor's pages in the built app: users and roles, the audit log with
 * its CSV export, and that nobody else gets them.
 */

let dataDir: string;
let server: AppServer | undefined;
let browser: Browser;

async function signedInPage(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newSwedishContext(browser);
  const page = await context.newPage();
  await page.goto(`${server!.baseUrl}/login`);
  await submitSignIn(page, email, 'demo');
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
  return { context, page };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-admin-e2e-'));
  server = await startAppServer({ port: await findFreePort(), dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server) expect(await server.stop()).toBe(0);
  await rm(dataDir, { recursive: true, force: true });
});

describe('administration and audit in the browser', () => {
  it('shows the administrator the users with Swedish role names, and the form for a new user, both passing axe', async () => {
    const { context, page } = await signedInPage('admin@demo.example');
    await page.getByRole('link', { name: 'Användare och roller' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare och roller' }).waitFor();
    const table = page.getByRole('table');
    await poll(() => table.getByRole('row').count()).toBeGreaterThan(9);
    const revisor = table.getByRole('row').filter({ hasText: 'revisor@demo.example' });
    expect(await revisor.textContent()).toContain('Revisor');
    const sara = table.getByRole('row').filter({ hasText: 'sokande@demo.example' });
    expect(await sara.textContent()).toContain('Barn- och utbildningsförvaltningen');
    await expectNoAxeViolations('the users page', page);

    await page.getByRole('link', { name: 'Ny användare' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ny användare' }).waitFor();
    await expectNoAxeViolations('the new-user form', page);
    await context.close();
  });

  it('lets the auditor search the audit log and download it as CSV for Swedish Excel', async () => {
    const { context, page } = await signedInPage('revisor@demo.example');
    expect(await page.getByRole('link', { name: 'Användare och roller' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Ändringslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändringslogg' }).waitFor();
    await poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await expectNoAxeViolations('the audit log', page);

    const href = await page.getByRole('link', { name: 'Exportera CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/audit-log\.csv/);
    const res = await context.request.get(`${server!.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Tidpunkt (UTC);Användare;Posttyp;Post-id;Åtgärd;Fält;Före;Efter');
    await context.close();
  });

  it('tells an applicant that the pages are not for them', async () => {
    const { context, page } = await signedInPage('sokande@demo.example');
    expect(await page.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
    await page.goto(`${server!.baseUrl}/admin/users`);
    await page.getByText('Du har inte behörighet till sidan').waitFor();
    await page.goto(`${server!.baseUrl}/audit`);
    await page.getByText('Du har inte behörighet till sidan').waitFor();
    const csv = await context.request.get(`${server!.baseUrl}/api/audit-log.csv`);
    expect(csv.status()).toBe(403);
    await context.close();
  });
});
