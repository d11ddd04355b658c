import { expectWithMessage } from '@dp/testing';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The axe rule tags of WCAG 2.1 level A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now and expects no WCAG 2.1 AA violation, listing any it finds. */
export async function expectNoAxeViolations(where: string, on: Page): Promise<void> {
  const results = await new AxeBuilder({ page: on }).withTags(WCAG_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} – ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expectWithMessage(summary, `axe violations on ${where}`).toEqual([]);
}

/** Fills in the sign-in form (the page must show it) and submits it. */
export async function submitSignIn(on: Page, email: string, password: string): Promise<void> {
  await on.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await on.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(password);
  await on.getByRole('button', { name: 'Logga in' }).click();
}

/**
 * Debian's Chromium (or CHROMIUM_PATH), headless, with the flags this closed network needs (no
 * background connections, no sandbox as root).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser window as a Swedish municipal official has it: sv-SE, Stockholm time, a laptop screen. */
export function newSwedishContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1366, height: 900 } });
}
