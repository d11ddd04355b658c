import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findFreePort, startAppServer, type AppServer } from './app-server.js';
import { launchChromium, newSwedishContext, submitSignIn } from './browser.js';

/** One browser journey: the built app on a fresh data directory (demo data), and a Swedish Chromium page. */
export interface Journey {
  dataDir: string;
  server: AppServer;
  browser: Browser;
  page: Page;
}

/** Starts the app on a free port with a new data directory and opens a page in Chromium. */
export async function startJourney(name: string): Promise<Journey> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `dp-web-e2e-${name}-`));
  const server = await startAppServer({ port: await findFreePort(), dataDir });
  const browser = await launchChromium();
  const page = await (await newSwedishContext(browser)).newPage();
  // every wait is on a condition (a locator, a URL); this only ends one that never comes true, so a busy
  // machine does not fail a journey
  page.setDefaultTimeout(60_000);
  return { dataDir, server, browser, page };
}

/** Closes the browser, stops the app (killing it if it does not stop) and removes the data directory. */
export async function endJourney(journey: Journey | undefined): Promise<void> {
  if (!journey) return;
  await journey.browser.close();
  try {
    await journey.server.stop();
  } catch {
    journey.server.child.kill('SIGKILL');
  }
  await rm(journey.dataDir, { recursive: true, force: true });
}

/**
 * Signs in as the demo applicant Sara Sökande (Barn- och utbildningsförvaltningen) and creates a draft in
 * the open round through the form; ends on the list of initiatives.
 */
export async function createDraftAsApplicant(page: Page, baseUrl: string, draft: { title: string; description: string; amount: string }): Promise<void> {
  await page.goto(`${baseUrl}/initiatives`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await submitSignIn(page, 'sokande@demo.example', 'demo');
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nytt initiativ' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(draft.title);
  await page.getByRole('textbox', { name: 'Beskrivning' }).fill(draft.description);
  await page.getByRole('checkbox', { name: 'Effektiv och digital verksamhet' }).check();
  await page.getByRole('textbox', { name: 'Sökt belopp' }).fill(draft.amount);
  await page.getByRole('button', { name: 'Skapa initiativ' }).click();
  await page.getByText(`Initiativet ”${draft.title}” har skapats.`).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
}
