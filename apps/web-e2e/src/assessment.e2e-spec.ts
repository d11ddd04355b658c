import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectWithMessage, poll } from '@dp/testing';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { scoreInitiative, weightedScore, type Criterion } from '@dp/domain/prioritisation';
import type { AppServer } from './support/app-server.js';
import { endJourney, startJourney, type Journey } from './support/journey.js';
import { WCAG_AA, submitSignIn } from './support/browser.js';

/**
 * The bedömning of issue 5 in the browser, in Swedish, on a fresh data directory with the demo data.
 *
 * Lena Ledningsgrupp (the management group) opens a prepared application of Digitaliseringspotten 2027
 * that only the portfolio office has assessed so far. She scores every criterion with the keyboard
 * alone (arrow keys in each anchored scale, Tab to the next criterion), sees her own weighted score
 * follow her choices (checked against libs/domain/prioritisation with the round's criteria), saves, and
 * sees the combined score change to the mean of both reviewers. axe finds no WCAG 2.1 AA violation in
 * the section. Then Per Portföljkontor (the portfolio office) answers a must-requirement as not met, with
 * why, and the application says it is not eligible.
 */

const DEMO_PASSWORD = 'demo';
/** prepared, in DP2027, assessed by the portfolio office only (tools/seed/src/assessments.ts) */
const TITLE = 'Digital tillsyn nattetid i hemtjänsten';
/** Lena's scores, in the order of the round's criteria */
const LENAS_SCORES = [4, 3, 3, 4, 2, 3];

let journey: Journey | undefined;
let server: AppServer | undefined;
let page: Page;
let initiativeUrl = '';

interface AssessmentData {
  initiative: {
    fundRound: { criteriaSet: { criteria: Criterion[] } };
    assessments: { reviewerId: string; reviewerName: string; scores: { criterionId: string; score: number | null }[] }[];
    assessmentScore: { score: number | null; reviewerCount: number };
  };
}

const section = () => page.getByRole('region', { name: 'Bedömning' });
const sv1 = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(value);

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

function initiativeId(): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

async function readAssessments(): Promise<AssessmentData['initiative']> {
  const data = await graphql<AssessmentData>(
    `query ($id: ID!) { initiative(id: $id) {
      fundRound { criteriaSet { criteria { id name description weight scale { value label description } } } }
      assessments { reviewerId reviewerName scores { criterionId score } }
      assessmentScore { score reviewerCount }
    } }`,
    { id: initiativeId() },
  );
  return data.initiative;
}

/** Runs axe on the assessment section only (as it is now) and expects no WCAG 2.1 AA violation. */
async function expectSectionAccessible(where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#bedomning').withTags(WCAG_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} – ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expectWithMessage(summary, `axe violations in ${where}`).toEqual([]);
}

async function signInAs(email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await submitSignIn(page, email, DEMO_PASSWORD);
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}

const isFocused = (locator: ReturnType<Page['getByRole']>) => locator.evaluate((el) => el === el.ownerDocument.activeElement);

beforeAll(async () => {
  journey = await startJourney('assessment');
  ({ server, page } = journey);
});

afterAll(async () => {
  await endJourney(journey);
});

describe('the management group’s bedömning', () => {
  let criteria: Criterion[] = [];
  let before: AssessmentData['initiative'];

  it('Lena opens a prepared application of DP2027 and sees the combined score of the portfolio office’s assessment', async () => {
    await page.goto(`${server!.baseUrl}/initiatives`);
    await signInAs('ledningsgrupp@demo.example');
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    await page.getByRole('table').getByRole('link', { name: TITLE, exact: true }).click();
    await section().getByRole('heading', { level: 3, name: 'Min bedömning' }).waitFor();
    initiativeUrl = page.url();

    before = await readAssessments();
    criteria = before.fundRound.criteriaSet.criteria;
    expect(criteria).toHaveLength(LENAS_SCORES.length);
    expect(before.assessments.map((a) => a.reviewerName)).toEqual(['Per Portföljkontor']);
    expect(before.assessmentScore.reviewerCount).toBe(1);
    const expected = scoreInitiative(before.assessments, criteria).score;
    expect(expected).not.toBeNull();
    expect(before.assessmentScore.score).toBeCloseTo(expected!, 9);
    expect(await section().getByTestId('assessment-score').textContent()).toBe(`Viktad poäng ${sv1(expected!)} av 100`);
    expect(await section().getByTestId('assessment-reviewers').textContent()).toBe('1 bedömare');
    expect(await section().getByTestId('my-live-score').textContent()).toBe(`Ofullständig – 0 av ${criteria.length} kriterier bedömda`);
  });

  it('she scores every criterion with the keyboard and sees her weighted score follow', async () => {
    const form = section().getByTestId('my-assessment');
    // into the first scale: its checked choice (Ej bedömd) takes the focus
    const first = form.getByRole('radiogroup', { name: criteria[0]!.name }).getByRole('radio', { name: 'Ej bedömd' });
    await first.focus();
    for (const [i, c] of criteria.entries()) {
      const group = form.getByRole('radiogroup', { name: c.name });
      await poll(() => isFocused(group.getByRole('radio', { checked: true }))).toBe(true);
      // Ej bedömd comes first, then the levels upwards: one arrow down per step
      const level = LENAS_SCORES[i]!;
      const steps = c.scale.findIndex((l) => l.value === level) + 1;
      for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowDown');
      const label = c.scale.find((l) => l.value === level)!.label;
      expect(await group.getByRole('radio', { name: `${level} – ${label}` }).isChecked()).toBe(true);

      const mine = weightedScore(
        criteria.map((x, j) => ({ criterionId: x.id, mean: j <= i ? LENAS_SCORES[j]! : null })),
        criteria,
      );
      const live = await form.getByTestId('my-live-score').textContent();
      if (i < criteria.length - 1) expect(live).toContain(`${i + 1} av ${criteria.length} kriterier bedömda. Preliminärt ${sv1(mine.partialScore!)} av 100`);
      else expect(live).toBe(`${sv1(mine.score!)} av 100`);

      // Tab: the criterion's comment, then the next criterion's scale
      await page.keyboard.press('Tab');
      expect(await isFocused(form.getByRole('textbox', { name: `Kommentar om ${c.name}` }))).toBe(true);
      if (i === 1) await page.keyboard.type('Frigör tid, men besparingen är svår att ta hem.');
      await page.keyboard.press('Tab');
    }
    // after the last criterion: the overall comment
    expect(await isFocused(form.getByRole('textbox', { name: 'Övergripande kommentar' }))).toBe(true);
    await page.keyboard.type('Tydlig nytta för brukarna.');
  });

  it('she saves, and the combined score becomes the mean of both reviewers', async () => {
    const form = section().getByTestId('my-assessment');
    await form.getByRole('button', { name: 'Spara bedömningen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Din bedömning har sparats.').waitFor();

    const after = await readAssessments();
    expect(after.assessments.map((a) => a.reviewerName).sort()).toEqual(['Lena Ledningsgrupp', 'Per Portföljkontor']);
    const lena = after.assessments.find((a) => a.reviewerName === 'Lena Ledningsgrupp')!;
    expect(criteria.map((c) => lena.scores.find((s) => s.criterionId === c.id)?.score)).toEqual(LENAS_SCORES);
    const expected = scoreInitiative(after.assessments, criteria).score!;
    expect(after.assessmentScore.score).toBeCloseTo(expected, 9);
    expect(expected).not.toBeCloseTo(before.assessmentScore.score!, 3);

    await poll(() => section().getByTestId('assessment-score').textContent()).toBe(`Viktad poäng ${sv1(expected)} av 100`);
    expect(await section().getByTestId('assessment-reviewers').textContent()).toBe('2 bedömare');
    expect(await section().getByTestId('my-assessment-status').textContent()).toBe('Alla ändringar är sparade.');
    // her assessment is among all the assessments, with the comment she typed
    const hers = section().getByRole('table', { name: 'Bedömning av Lena Ledningsgrupp' });
    expect(await hers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: criteria[1]!.name }) }).getByRole('cell').allTextContents()).toEqual([
      `3 – ${criteria[1]!.scale.find((l) => l.value === 3)!.label}`,
      'Frigör tid, men besparingen är svår att ta hem.',
    ]);
    await expectSectionAccessible('the assessment section after saving');
  });

  it('after a reload her assessment is there, and saving again builds on its version', async () => {
    await page.reload();
    const form = section().getByTestId('my-assessment');
    await form.getByRole('heading', { level: 3, name: 'Min bedömning' }).waitFor();
    const label = criteria[0]!.scale.find((l) => l.value === LENAS_SCORES[0])!.label;
    await poll(() => form.getByRole('radiogroup', { name: criteria[0]!.name }).getByRole('radio', { name: `${LENAS_SCORES[0]} – ${label}` }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Övergripande kommentar' }).inputValue()).toBe('Tydlig nytta för brukarna.');

    await form.getByRole('radiogroup', { name: criteria[5]!.name }).getByRole('radio', { name: /^4 – / }).check();
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Din bedömning har sparats.').first().waitFor();
    const after = await readAssessments();
    await poll(() => section().getByTestId('assessment-score').textContent()).toBe(`Viktad poäng ${sv1(scoreInitiative(after.assessments, criteria).score!)} av 100`);
    await signOut();
  });
});

describe('the portfolio office’s ska-krav', () => {
  it('Per answers a must-requirement as not met, says why, and the application is not eligible', async () => {
    await page.goto(initiativeUrl);
    await signInAs('portfoljkontor@demo.example');
    const form = section().getByTestId('eligibility-form');
    await form.getByRole('heading', { level: 4, name: 'Bedöm ska-kraven' }).waitFor();
    expect(await section().getByTestId('eligibility-status').textContent()).toBe('Uppfyller alla ska-krav');

    const architecture = form.getByRole('radiogroup', { name: 'Passar kommunens arkitektur' });
    await architecture.getByRole('radio', { name: 'Ej uppfyllt' }).check();
    await form.getByRole('button', { name: 'Spara ska-kraven' }).click();
    const why = form.getByRole('textbox', { name: /Kommentar om Passar kommunens arkitektur/ });
    await poll(() => why.getAttribute('aria-invalid')).toBe('true');

    await why.fill('Dubblerar larmplattformen som redan finns i systemregistret.');
    await form.getByRole('button', { name: 'Spara ska-kraven' }).click();
    await page.getByText('Ska-kraven har sparats.').waitFor();
    const status = section().getByTestId('eligibility-status');
    await poll(() => status.textContent()).toContain('Uppfyller inte ska-krav:');
    expect(await status.textContent()).toContain('Passar kommunens arkitektur – Dubblerar larmplattformen som redan finns i systemregistret.');
    await expectSectionAccessible('the must-requirements after saving');
  });
});
