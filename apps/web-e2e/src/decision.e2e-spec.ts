import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import type { Page } from 'playwright-core';
import { endJourney, startJourney, type Journey } from './support/journey.js';
import { expectNoAxeViolations, submitSignIn } from './support/browser.js';

/**
 * Issue 6 in the browser, in Swedish, on a fresh data directory with the demo data: from the proposal to
 * recorded decisions and the public portfolio.
 *
 * The portfolio office (Per) has proposed an optimised scenario for Digitaliseringspotten 2027. The
 * municipal director (Karin Kommundirektör) creates the management group meeting, whose agenda is the
 * proposal; holds it in presentation mode, moving by keyboard only; grants the first initiative from the
 * presentation and rejects the last one from the meeting page; downloads the decision basis (PDF) and the
 * portfolio workbook; the applicant's page shows the decision; and the public page, without signing in,
 * lists the granted initiative. axe finds no WCAG 2.1 AA violation on the meeting, presentation and
 * public pages.
 */

let journey: Journey | undefined;
let page: Page;
let baseUrl = '';
let meetingPath = '';
let agendaTitles: string[] = [];
const meetingTitle = `Ledningsgruppens möte ${Date.now().toString(36)}`;

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

async function signIn(email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await submitSignIn(page, email, 'demo');
  await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}

/** GraphQL from the signed-in page (the session cookie goes along). */
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return res.json() as Promise<{ data?: unknown; errors?: unknown[] }>;
    },
    { query, variables },
  );
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const heading = () => page.getByRole('heading', { level: 1 });

beforeAll(async () => {
  journey = await startJourney('decision');
  page = journey.page;
  baseUrl = journey.server.baseUrl;
});

afterAll(async () => {
  await endJourney(journey);
});

describe('from the proposal to recorded decisions and the public portfolio', () => {
  it('the portfolio office has proposed an optimised scenario for the 2027 round', async () => {
    await page.goto(`${baseUrl}/initiatives`);
    await signIn('portfoljkontor@demo.example');
    const rounds = await gql<{ fundRounds: { id: string; code: string }[] }>('{ fundRounds { id code } }');
    const roundId = rounds.fundRounds.find((r) => r.code === 'DP2027')!.id;
    const saved = await gql<{ saveScenario: { id: string; version: number } }>('mutation($i: ScenarioInput!) { saveScenario(input: $i) { id version } }', {
      i: { fundRoundId: roundId, name: 'Förslag till prioritering 2027', kind: 'OPTIMISED', settings: { objective: 'SCORE', useYearlyBudgets: true, useStaffCapacity: true, onlyEligible: true, forcedIn: [], forcedOut: [] } },
    });
    await gql('mutation($id: ID!, $v: Int!) { proposeScenario(id: $id, version: $v) { id } }', { id: saved.saveScenario.id, v: saved.saveScenario.version });
    await signOut();
  });

  it('Karin creates the meeting; its agenda is the proposal', async () => {
    await signIn('kommundirektor@demo.example');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ledningsgruppsmöten' }).click();
    await heading().filter({ hasText: 'Ledningsgruppsmöten' }).waitFor();
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill(meetingTitle);
    await page.getByRole('textbox', { name: /^Datum/ }).fill('2026-11-20');
    await page.getByRole('textbox', { name: /^Deltagare/ }).fill('Karin Kommundirektör, kommundirektör\nLena Ledningsgrupp, ledningsgruppen\nPer Portföljkontor, portföljkontoret');
    await page.getByRole('textbox', { name: /^Diarienummer/ }).fill('KS 2026/345');
    await page.getByRole('button', { name: 'Skapa möte' }).click();
    await heading().filter({ hasText: meetingTitle }).waitFor();
    meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    const agenda = page.getByRole('table', { name: /^Dagordning/ });
    await poll(() => agenda.getByRole('row').count()).toBeGreaterThan(4);
    agendaTitles = await agenda.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent?.trim() ?? ''));
    expect(agendaTitles.every((t) => t.length > 0)).toBe(true);
    await expectNoAxeViolations('the meeting page', page);
  });

  it('she holds it in presentation mode by keyboard and grants the first initiative from the screen', async () => {
    await page.getByRole('link', { name: 'Starta presentationsläge' }).or(page.getByRole('button', { name: 'Starta presentationsläge' })).click();
    await heading().filter({ hasText: agendaTitles[0]! }).waitFor();
    expect(plain(await page.getByText(`1 av ${agendaTitles.length}`, { exact: true }).first().textContent())).toBe(`1 av ${agendaTitles.length}`);
    await poll(() => heading().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await heading().filter({ hasText: agendaTitles[1]! }).waitFor();
    await poll(async () => plain(await page.locator('[aria-live="polite"]').allTextContents().then((t) => t.join(' ')))).toContain(`Punkt 2 av ${agendaTitles.length}: ${agendaTitles[1]}`);
    await page.keyboard.press('End');
    await heading().filter({ hasText: agendaTitles.at(-1)! }).waitFor();
    await page.keyboard.press('Home');
    await heading().filter({ hasText: agendaTitles[0]! }).waitFor();
    await expectNoAxeViolations('the presentation mode', page);

    await page.getByTestId('presentation-decision').getByRole('button', { name: 'Registrera beslut' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Bevilja' }).check();
    await poll(() => dialog.getByRole('textbox', { name: /Diarienummer/ }).inputValue()).toBe('KS 2026/345');
    await dialog.getByRole('textbox', { name: /^Villkor/ }).fill('Delrapport till ledningsgruppen efter sex månader.');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText(`Beslutet är registrerat: ${agendaTitles[0]} har beviljats`).waitFor();
    await poll(async () => plain(await page.getByTestId('presentation-decision').textContent())).toContain('Beviljad');
    await page.keyboard.press('Escape');
    await heading().filter({ hasText: meetingTitle }).waitFor();
  });

  it('she rejects the last initiative from the meeting page, with a reason', async () => {
    const last = agendaTitles.at(-1)!;
    await page.getByRole('button', { name: `Registrera beslut om ${last}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Avslå' }).check();
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    // the reason is required: the form says so at the field and keeps the choice
    await dialog.getByText('Skriv en motivering. Den krävs vid avslag, bordläggning och återremiss.').waitFor();
    await dialog.getByRole('textbox', { name: /^Motivering/ }).fill('Nyttan är inte tillräckligt visad i förhållande till kostnaden.');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText(`Beslutet är registrerat: avslag för ${last}.`).waitFor();
    const agenda = page.getByRole('table', { name: /^Dagordning/ });
    await poll(async () => plain(await agenda.locator('tbody tr').first().textContent())).toContain('Beviljad');
    await poll(async () => plain(await agenda.locator('tbody tr').last().textContent())).toContain('Avslag');
  });

  it('she downloads the decision basis as a PDF and the portfolio as an Excel workbook', async () => {
    const pdfHref = await page.getByRole('link', { name: 'Ladda ner beslutsunderlag (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(new URL(pdfHref!, baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const xlsxHref = await page.getByRole('link', { name: 'Portföljen som Excel' }).getAttribute('href');
    const xlsx = await page.request.get(new URL(xlsxHref!, baseUrl).toString());
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-disposition']).toMatch(/portfolj-dp2027\.xlsx/);
    // an Office Open XML workbook is a ZIP archive
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('the initiative’s page shows the decision, locked with its fingerprint', async () => {
    await page.getByRole('table', { name: /^Dagordning/ }).getByRole('link', { name: agendaTitles[0]! }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/initiatives\/[0-9a-f-]{36}$/);
    const section = page.getByRole('region', { name: 'Beslut', exact: true });
    await poll(async () => plain(await section.textContent())).toMatch(/Ansökan är beviljad med .* kr/);
    const text = plain(await section.textContent());
    expect(text).toContain('KS 2026/345');
    expect(text).toContain('Delrapport till ledningsgruppen efter sex månader.');
    expect(text).toContain('Beslutsunderlaget är låst');
    await signOut();
  });

  it('the public page shows the granted initiative without signing in', async () => {
    await page.goto(`${baseUrl}/public`);
    await heading().filter({ hasText: 'Beviljade initiativ' }).waitFor();
    await page.getByText(agendaTitles[0]!).first().waitFor();
    const body = plain(await page.locator('main').textContent());
    expect(body).not.toContain('@demo.example');
    expect(body).not.toContain('Karin Kommundirektör');
    await expectNoAxeViolations('the public portfolio', page);
  });
});
