import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import type { Page } from 'playwright-core';
import type { AppServer } from './support/app-server.js';
import { createDraftAsApplicant, endJourney, startJourney, type Journey } from './support/journey.js';
import { expectNoAxeViolations, submitSignIn } from './support/browser.js';

/**
 * The workflow of issue 3 in the browser, in Swedish, with the demo users on a fresh data directory:
 * the applicant (Sara Sökande) creates an initiative, fills in the fields anchoring needs (the process
 * panel lists the missing ones) and sends it for anchoring; the department head
 * (Frida Förvaltningschef) anchors it; the portfolio office (Per Portföljkontor) starts the preparation
 * and requests completion with a reason; the applicant sees the request, completes the description and
 * sends the completion; the portfolio office marks it prepared. Each step is checked on screen, the
 * users change by signing out and in through the UI, and the history shows every step with the names.
 */

const DEMO_PASSWORD = 'demo';
const title = `Digital läxhjälp på distans ${Date.now().toString(36)}`;
const completionReason = 'Beskriv hur många elever som berörs och hur läxhjälpen bemannas.';
const completedDescription = 'Cirka 400 elever i årskurs 7–9 får läxhjälp på distans, bemannad av två lärare per kväll.';

let journey: Journey | undefined;
let server: AppServer | undefined;
let page: Page;
/** the initiative's page, once created */
let initiativeUrl = '';

const panel = () => page.getByRole('region', { name: 'Ärendets gång' });
const timeline = () => page.getByRole('region', { name: 'Historik' });

async function expectStatus(status: string): Promise<void> {
  await poll(() => panel().getByTestId('current-status').textContent()).toBe(status);
}

/** Presses a step's button in "Ärendets gång", waits for the announcement and checks the new status. */
async function takeStep(action: string, status: string): Promise<void> {
  await panel().getByRole('button', { name: action, exact: true }).click();
  await page.getByText(`Initiativet har nu status ${status}.`).waitFor();
  await expectStatus(status);
}

/** Waits until no CSS transition runs (a dialog fading in), so axe measures the final colours. */
async function settled(): Promise<void> {
  const running = () => page.locator('body').evaluate((body) => body.ownerDocument.getAnimations().filter((a: { playState: string }) => a.playState === 'running').length);
  await poll(running).toBe(0);
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}

/** Signs the current user out and the next one in, on the initiative's page. */
async function openInitiativeAs(email: string, name: string): Promise<void> {
  await signOut();
  await page.goto(initiativeUrl);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await submitSignIn(page, email, DEMO_PASSWORD);
  await panel().waitFor();
  expect(new URL(page.url()).pathname).toBe(new URL(initiativeUrl).pathname);
  expect(await page.getByRole('banner').textContent()).toContain(name);
}

/** From the list of the round: the initiative's page. */
async function openFromList(): Promise<void> {
  const link = page.getByRole('table').getByRole('link', { name: title, exact: true });
  await link.click();
  await panel().waitFor();
}

beforeAll(async () => {
  journey = await startJourney('workflow');
  ({ server, page } = journey);
});

afterAll(async () => {
  await endJourney(journey);
});

describe('from draft to prepared, with a completion request on the way', () => {
  it('the applicant creates an initiative, which starts as a draft with its steps', async () => {
    await createDraftAsApplicant(page, server!.baseUrl, { title, description: 'Elever får läxhjälp på distans på kvällstid.', amount: '300 000' });

    await openFromList();
    initiativeUrl = page.url();
    await expectStatus('Utkast');
    expect(await panel().getByRole('heading', { level: 2 }).textContent()).toBe('Ärendets gång');
    expect(await panel().getByRole('button', { name: 'Återta ansökan' }).isEnabled()).toBe(true);
  });

  it('anchoring waits for the mandatory fields: the panel lists them as links to the fields', async () => {
    const anchoring = panel().getByRole('button', { name: 'Skicka för förankring' });
    expect(await anchoring.isDisabled()).toBe(true);
    const missing = panel().getByTestId('missing-fields');
    const labels = await missing.getByRole('link').allTextContents();
    expect(labels).toEqual([
      'Kontaktperson, namn',
      'Kontaktperson, e-post',
      'Nuläge',
      'Problem',
      'Önskat läge',
      'Förväntade effekter',
      'Planerad start',
      'Planerat slut',
      'Hanterar initiativet personuppgifter?',
    ]);
    await missing.getByRole('link', { name: 'Problem' }).click();
    await poll(() => page.getByRole('textbox', { name: 'Problem', exact: true }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await expectNoAxeViolations('the draft with its missing fields and the application form', page);
  });

  it('she fills in the mandatory fields, answers the personal data question and saves', async () => {
    await page.getByRole('textbox', { name: 'Kontaktperson, namn' }).fill('Sara Sökande');
    await page.getByRole('textbox', { name: 'Kontaktperson, e-post' }).fill('sara.sokande@kommun.example');
    await page.getByRole('textbox', { name: 'Nuläge', exact: true }).fill('Läxhjälp finns bara på plats i skolan två dagar i veckan.');
    await page.getByRole('textbox', { name: 'Problem', exact: true }).fill('Elever som bor långt från skolan får ingen läxhjälp.');
    await page.getByRole('textbox', { name: 'Önskat läge', exact: true }).fill('Alla elever kan få läxhjälp på distans fyra kvällar i veckan.');
    await page.getByRole('textbox', { name: 'Förväntade effekter', exact: true }).fill('Fler elever når godkänt i matematik.');
    await page.getByRole('textbox', { name: 'Planerad start' }).fill('2027-03-01');
    await page.getByRole('textbox', { name: 'Planerat slut' }).fill('2027-12-31');
    await page.getByRole('radiogroup', { name: 'Hanterar initiativet personuppgifter?' }).getByRole('radio', { name: 'Nej' }).check();
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText(`Ändringarna i ”${title}” har sparats.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();

    await openFromList();
    await expectStatus('Utkast');
    expect(await panel().getByRole('button', { name: 'Skicka för förankring' }).isEnabled()).toBe(true);
    expect(await panel().getByTestId('missing-fields').count()).toBe(0);
  });

  it('she sends it for anchoring', async () => {
    await takeStep('Skicka för förankring', 'Väntar på förankring');
    // she may still edit it, but the next step is the department head's
    expect(await panel().getByTestId('others-steps').textContent()).toContain('Förankra och skicka in (Förvaltningsledning)');
  });

  it('the department head signs in and anchors it; the page with the process passes axe', async () => {
    await openInitiativeAs('forvaltningschef@demo.example', 'Frida Förvaltningschef');
    await expectStatus('Väntar på förankring');
    await expectNoAxeViolations('the initiative page with the process panel', page);
    await takeStep('Förankra och skicka in', 'Inskickad');
    expect(await panel().textContent()).toMatch(/Förankrad \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('the portfolio office starts the preparation', async () => {
    await openInitiativeAs('portfoljkontor@demo.example', 'Per Portföljkontor');
    await expectStatus('Inskickad');
    await takeStep('Påbörja beredning', 'Under beredning');
  });

  it('and requests completion: the dialog asks for the reason, refuses an empty one and passes axe', async () => {
    await panel().getByRole('button', { name: 'Begär komplettering', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Begär komplettering' });
    await dialog.waitFor();
    const reason = dialog.getByRole('textbox', { name: 'Vad ska sökande komplettera?' });
    await poll(() => reason.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await settled();
    await expectNoAxeViolations('the reason dialog', page);

    await dialog.getByRole('button', { name: 'Begär komplettering' }).click();
    await dialog.getByText('Skriv en motivering.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await settled();
    await expectNoAxeViolations('the reason dialog with an error', page);

    await reason.fill(completionReason);
    await dialog.getByRole('button', { name: 'Begär komplettering' }).click();
    await page.getByText('Initiativet har nu status Komplettering begärd.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expectStatus('Komplettering begärd');
  });

  it('the applicant sees the completion request, completes the description and sends the completion', async () => {
    await openInitiativeAs('sokande@demo.example', 'Sara Sökande');
    await expectStatus('Komplettering begärd');
    const request = panel().getByTestId('completion-request');
    expect(await request.textContent()).toContain('Begäran om komplettering');
    expect(await request.textContent()).toContain('Per Portföljkontor på portföljkontoret begärde komplettering');
    expect(await request.textContent()).toContain(completionReason);

    await page.getByRole('textbox', { name: 'Beskrivning' }).fill(completedDescription);
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText(`Ändringarna i ”${title}” har sparats.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();

    await openFromList();
    await expectStatus('Komplettering begärd');
    await takeStep('Skicka kompletteringen', 'Under beredning');
  });

  it('the portfolio office marks it prepared once the benefit realisation plan is complete', async () => {
    await openInitiativeAs('portfoljkontor@demo.example', 'Per Portföljkontor');
    await expectStatus('Under beredning');
    // the application names no benefit yet: "Markera som beredd" waits for the nyttorealiseringsplan
    expect(await panel().getByTestId('blocked-steps').textContent()).toContain('Nyttorealiseringsplanen är inte komplett');

    // she reviews the calculation and names the benefit with its plan
    const calculation = page.getByRole('region', { name: 'Nyttokalkyl' });
    await calculation.getByRole('button', { name: 'Starta granskning' }).click();
    await page.getByText('Granskningen har startat.', { exact: false }).waitFor();
    const reviewed = calculation.getByTestId('calculation-REVIEWED');
    await reviewed.getByRole('button', { name: 'Lägg till nytta' }).click();
    await reviewed.getByRole('textbox', { name: 'Benämning, Nytta 1' }).fill('Fler elever når godkänt i matematik');
    await reviewed.getByRole('combobox', { name: 'Kategori, Fler elever når godkänt i matematik' }).selectOption('QUALITY');
    await reviewed.getByRole('checkbox', { name: 'Värderad i kronor, Fler elever når godkänt i matematik' }).uncheck();
    await reviewed.getByRole('button', { name: /Nyttorealiseringsplan för Fler elever når godkänt i matematik/ }).click();
    await reviewed.getByRole('textbox', { name: 'Nyttoägare', exact: true }).fill('Rektor, Norra skolan');
    await reviewed.getByRole('textbox', { name: 'Indikator', exact: true }).fill('Andel elever i årskurs 9 med godkänt i matematik');
    await reviewed.getByRole('textbox', { name: 'Mätmetod', exact: true }).fill('Betygsstatistik ur skolans elevregister, vid varje terminsslut.');
    await reviewed.getByRole('textbox', { name: 'Nuläge, värde', exact: true }).fill('78');
    await reviewed.getByRole('textbox', { name: 'Nuläge, datum', exact: true }).fill('2026-06-30');
    await reviewed.getByRole('textbox', { name: 'Målvärde', exact: true }).fill('85');
    await reviewed.getByRole('textbox', { name: 'Måldatum', exact: true }).fill('2028-06-30');
    await reviewed.getByRole('button', { name: 'Lägg till uppföljningstillfälle' }).click();
    await reviewed.getByRole('textbox', { name: 'Uppföljningstillfälle 1', exact: true }).fill('2027-06-30');
    expect(await reviewed.getByTestId('calc-reviewed-plan-summary').textContent()).toBe('Nyttorealiseringsplanen är komplett för alla nyttor.');
    await reviewed.getByRole('button', { name: 'Spara kalkylen' }).click();
    await page.getByText('Portföljkontorets granskade kalkyl har sparats.').waitFor();

    // the saved calculation moved the initiative on a version; the step is taken on the new one
    await takeStep('Markera som beredd', 'Beredd');
  });

  it('the history shows every step with the people’s names, the completion request and the changed description', async () => {
    const statusRows = timeline().getByTestId('status-history').locator('tbody tr');
    await poll(() => statusRows.count()).toBe(7);
    const rows = await statusRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['Utkast', 'Sara Sökande'],
      ['Väntar på förankring', 'Sara Sökande'],
      ['Inskickad', 'Frida Förvaltningschef'],
      ['Under beredning', 'Per Portföljkontor'],
      ['Komplettering begärd', 'Per Portföljkontor'],
      ['Under beredning', 'Sara Sökande'],
      ['Beredd', 'Per Portföljkontor'],
    ]);
    expect(rows[4]![4]).toBe(`Begäran om komplettering:${completionReason}`);
    // the time spent in each state (the journey is quick: mostly under a minute)
    expect(rows.slice(0, -1).every((r) => /^(under en minut|\d+ \S+)/.test(r[2] ?? ''))).toBe(true);
    expect(rows.at(-1)![2]).toContain('(pågår)');

    const changes = await timeline()
      .getByTestId('change-history')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
    // cells: time, who, event, field (the row header), before, after
    const description = changes.find((c) => c[3] === 'Beskrivning' && c[2] === 'Ändrat');
    expect(description?.slice(1)).toEqual(['Sara Sökande', 'Ändrat', 'Beskrivning', 'Elever får läxhjälp på distans på kvällstid.', completedDescription]);
    const statusChanges = changes.filter((c) => c[3] === 'Status').map((c) => [c[1], c[4], c[5]]);
    expect(statusChanges).toEqual([
      ['Sara Sökande', '(tomt)', 'Utkast'],
      ['Sara Sökande', 'Utkast', 'Väntar på förankring'],
      ['Frida Förvaltningschef', 'Väntar på förankring', 'Inskickad'],
      ['Per Portföljkontor', 'Inskickad', 'Under beredning'],
      ['Per Portföljkontor', 'Under beredning', 'Komplettering begärd'],
      ['Sara Sökande', 'Komplettering begärd', 'Under beredning'],
      ['Per Portföljkontor', 'Under beredning', 'Beredd'],
    ]);
    await expectNoAxeViolations('the prepared initiative with its history', page);
  });

  it('the list shows the new status', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Initiativ' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Beredd');
  });
});
