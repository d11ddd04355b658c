import { describe, expect, it } from '@jest/globals';
import { decisionBasisPdf } from './decision-basis-pdf.js';
import { pdfText } from './pdf-document.js';
import { basisData, fardtjanst, GENERATED_AT, ITEMS, manyItems, meeting, round } from './test-fixtures.js';
import { readPdf } from './test-pdf-text.js';

/** Asserts that every page says "Sida i av N" with the document's real page count. */
function expectPageNumbers(pdf: { total: number; pages: string[] }) {
  expect(pdf.pages).toHaveLength(pdf.total);
  pdf.pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pdf.total}`));
}

describe('beslutsunderlag (decision basis PDF)', () => {
  it('has the title block, the proposal, the ranking with the budget line and the budget per year', async () => {
    const buffer = await decisionBasisPdf(basisData());
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(buffer);

    expect(pdf.title).toBe('Beslutsunderlag – Kommunledningsgruppen 3 december');
    const first = pdf.pages[0] ?? '';
    expect(first).toContain('Beslutsunderlag – Kommunledningsgruppen 3 december');
    expect(first).toContain('Ansökningsomgång Digitaliseringspotten 2027 (DP2027)');
    expect(first).toContain('Mötesdatum 2026-12-03');
    expect(first).toContain('Diarienummer KS 2026/1234');
    expect(first).toContain('Dnr KS 2026/1234');
    expect(first).toContain('Åsa Öberg, kommundirektör');
    expect(first).toContain('Underlaget skapat 2026-11-29 11:00');
    expect(first).toContain('Skapad 2026-11-29 11:00');
    expect(pdf.total).toBeGreaterThan(1);
    expectPageNumbers(pdf);

    // the proposal: the two initiatives above the line request 1 234 567 + 900 000 kr of 3 000 000 kr
    expect(pdf.text).toContain('Scenario Förslag december (budgetgräns 3 mnkr)');
    expect(pdf.text).toContain('Budget för omgången 3 000 000 kr');
    expect(pdf.text).toContain('Summa föreslaget 2 134 567 kr (2 av 4 initiativ)');
    expect(pdf.text).toContain('Kvar inom budgeten 865 433 kr');
    expect(pdf.text).toContain('Redan beviljat i omgången 400 000 kr');

    // the ranking: the budget line sits between the last funded and the first unfunded initiative
    expect(pdf.text).toContain('Rang Initiativ Förvaltning Sökt belopp Poäng Nettonuvärde Inom budget');
    const at = (s: string) => pdf.text.indexOf(s);
    const budgetLine = at('Budgetgräns: 3 000 000 kr (föreslaget 2 134 567 kr)');
    expect(budgetLine).toBeGreaterThan(0);
    expect(at('1 Digital ansökan om färdtjänst Socialförvaltningen 1 234 567 kr 82,4 2 345 678 kr Ja')).toBeGreaterThan(0);
    expect(at('Äldreförvaltningen 900 000 kr 74,0 −120 500 kr Ja')).toBeGreaterThan(0);
    expect(at('Äldreförvaltningen 900 000 kr')).toBeLessThan(budgetLine);
    expect(at('Utbildningsförvaltningen 1 500 000 kr 61,3 410 000 kr Nej')).toBeGreaterThan(budgetLine);
    expect(at('Stadsbyggnadsförvaltningen 250 000 kr – – Nej')).toBeGreaterThan(budgetLine);

    // the budget per year: 2027 has 834 567 + 900 000 kr proposed
    expect(pdf.text).toContain('År Budget Föreslaget Kvar');
    expect(pdf.text).toContain('2027 2 000 000 kr 1 734 567 kr 265 433 kr');
    expect(pdf.text).toContain('2028 1 000 000 kr 400 000 kr 600 000 kr');
  });

  it('has a section per initiative with its summary, figures and the recommendation', async () => {
    const pdf = await readPdf(await decisionBasisPdf(basisData()));
    const sections = ['1. Digital ansökan om färdtjänst', '2. Sensorer för äldreboendets nattillsyn', '3. Skolplattform – gemensam inloggning för vårdnadshavare'];
    for (const s of sections) expect(pdf.text).toContain(s);
    const positions = sections.map((s) => pdf.text.indexOf(s, pdf.text.indexOf('Ett avsnitt per initiativ')));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    expect(pdf.text).toContain('Socialförvaltningen · Beviljad · Målområden: Enkel och tillgänglig service, Effektiv organisation');
    expect(pdf.text).toContain(`Sammanfattning ${fardtjanst.description.replace('\n', ' ')}`);
    expect(pdf.text).toContain('Förväntade effekter Kortare handläggningstid (från 21 till 7 dagar)');
    expect(pdf.text).toContain('Sökt belopp 1 234 567 kr Sökt per år 2027: 834 567 kr, 2028: 400 000 kr Medfinansiering 150 000 kr');
    expect(pdf.text).toContain('Planerad tid 2027-02-01 – 2028-06-30 Egen arbetstid 640 timmar Nettonuvärde 2 345 678 kr Nyttokvot 1,85');
    expect(pdf.text).toContain('Nettonuvärdeskvot 1,90 Återbetalningsår 2029 Poäng (0–100) 82,4 Ska-krav Uppfyllda Rang i förslaget 1 av 4');
    expect(pdf.text).toContain('Portföljkontorets rekommendation Föreslås beviljas (rang 1 av 4)');
    expect(pdf.text).toContain('Nettonuvärde −120 500 kr Nyttokvot 0,92 Nettonuvärdeskvot −0,13');
    expect(pdf.text).toContain('Portföljkontorets rekommendation Föreslås avslås: ryms inte i budgeten (rang 3 av 4)');
    // outside the proposal: no rank, the must requirements not met with the note
    expect(pdf.text).toContain('Öppna data för vägarbeten Stadsbyggnadsförvaltningen · Beredd');
    expect(pdf.text).toContain('Ska-krav Ej uppfyllda. Saknar förankring hos förvaltningsledningen. Rang i förslaget Inte med i förslaget');
    // no decision has been taken yet
    expect(pdf.text).not.toContain('Beslut:');
  });

  it('shows decisions already taken and leaves out the yearly budgets when the round has none', async () => {
    const data = { ...basisData(ITEMS), round: { ...round, yearlyBudgets: [] } };
    const pdf = await readPdf(await decisionBasisPdf(data));
    expect(pdf.text).not.toContain('Budget per år');
    expect(pdf.text).toContain('Beslut: Beviljad 1 000 000 kr, 2026-12-03, dnr KS 2027/118');
    expect(pdf.text).toContain('Beslut: Avslag, 2026-12-03, dnr KS 2027/120');
  });

  it('puts the budget line first when the proposal funds nothing, and says when the diarienummer is missing', async () => {
    const items = ITEMS.map((i) => ({ ...i, decision: null, fundedInProposal: false }));
    const pdf = await readPdf(await decisionBasisPdf({ ...basisData(items), meeting: { ...meeting, registrationNumber: null } }));
    expect(pdf.text).toContain('Diarienummer Inte angivet');
    expect(pdf.text).not.toContain('Dnr ');
    expect(pdf.text).toContain('Rang Initiativ Förvaltning Sökt belopp Poäng Nettonuvärde Inom budget Budgetgräns: 3 000 000 kr (föreslaget 0 kr) 1 Digital');
    expect(pdf.text).toContain('Summa föreslaget 0 kr (0 av 4 initiativ)');
  });

  it('runs over many pages for a long portfolio, numbering every page', async () => {
    const items = manyItems(60);
    const pdf = await readPdf(await decisionBasisPdf({ ...basisData(items), generatedAt: GENERATED_AT }));
    expect(pdf.total).toBeGreaterThan(10);
    expectPageNumbers(pdf);
    for (const i of items) expect(pdf.text).toContain(`${i.rank}. ${i.title}`);
    // the ranking table continues over pages with its head repeated, the line after rank 30
    const ranking = pdf.text.slice(0, pdf.text.indexOf('Budget per år'));
    expect(ranking.split('Rang Initiativ Förvaltning').length - 1).toBeGreaterThan(1);
    const line = ranking.indexOf('Budgetgräns:');
    expect(ranking.indexOf('30 Initiativ nummer 30 –')).toBeLessThan(line);
    expect(ranking.indexOf('31 Initiativ nummer 31 –')).toBeGreaterThan(line);
    // no page ends with a section's heading: each heading shares its page with the start of its summary
    for (const page of pdf.pages) {
      const headings = page.match(/\d+\. Initiativ nummer \d+ –/g) ?? [];
      const summaries = page.match(/Sammanfattning En längre beskrivning/g) ?? [];
      expect(summaries.length).toBe(headings.length);
    }
  });
});

describe('text for the PDF fonts', () => {
  it('replaces the narrow no-break space Roboto lacks with the no-break space it has', () => {
    expect(pdfText('1\u202f234\u202f567\u00a0kr')).toBe('1\u00a0234\u00a0567\u00a0kr');
    expect(pdfText('−120 500 kr åäö')).toBe('−120 500 kr åäö');
  });
});
