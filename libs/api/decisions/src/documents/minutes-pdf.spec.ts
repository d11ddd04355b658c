import { describe, expect, it } from '@jest/globals';
import type { DocDecision } from './document-data.js';
import { decisionSentence, minutesPdf } from './minutes-pdf.js';
import { fardtjanst, minutesData, skolplattform } from './test-fixtures.js';
import { readPdf } from './test-pdf-text.js';

describe('protokollsutdrag (minutes extract PDF)', () => {
  it('has the meeting, one § per decision with its outcome, and the attestation', async () => {
    const pdf = await readPdf(await minutesPdf(minutesData()));
    expect(pdf.title).toBe('Protokollsutdrag – Kommunledningsgruppen 3 december');
    const first = pdf.pages[0] ?? '';
    expect(first.startsWith('Protokollsutdrag Kommunledningsgruppen 3 december · Digitaliseringspotten 2027')).toBe(true);
    expect(first).toContain('Datum 2026-12-03');
    expect(first).toContain('Diarienummer KS 2026/1234');
    expect(first).toContain('Närvarande Åsa Öberg, kommundirektör Per Ström, digitaliseringschef Märta Ek, ekonomichef');
    pdf.pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pdf.total}`));

    // § numbering from 1 in the given order; the initiative without a decision is not in the extract
    const p1 = pdf.text.indexOf('§ 1 Digital ansökan om färdtjänst Förvaltning Socialförvaltningen Sökt belopp 1 234 567 kr');
    const p2 = pdf.text.indexOf('§ 2 Sensorer för äldreboendets nattillsyn Förvaltning Äldreförvaltningen');
    const p3 = pdf.text.indexOf('§ 3 Skolplattform – gemensam inloggning för vårdnadshavare Förvaltning Utbildningsförvaltningen');
    expect(p1).toBeGreaterThan(0);
    expect(p2).toBeGreaterThan(p1);
    expect(p3).toBeGreaterThan(p2);
    expect(pdf.text).not.toContain('§ 4');
    expect(pdf.text).not.toContain('Öppna data för vägarbeten');

    // granted below the requested amount, per year, with conditions
    const s1 = pdf.text.slice(p1, p2);
    expect(s1).toContain('Beslut Beviljas med 1 000 000 kr.');
    expect(s1).toContain('Fördelning per år 2027: 700 000 kr, 2028: 300 000 kr');
    expect(s1).toContain('Villkor Återrapportering till ledningsgruppen senast 2027-06-30; nyttorealiseringsplanen ska vara klar före start.');
    expect(s1).toContain('Beslutsdatum 2026-12-03 Diarienummer KS 2027/118');
    expect(s1).toContain('Beslutsfattare Åsa Öberg, Kommundirektör (enligt delegationsordningen)');
    expect(s1).toContain(`SHA-256: ${fardtjanst.decision?.fingerprint}`);
    expect(s1).not.toContain('Överskridande');

    // the over-commitment is marked with its reason
    const s2 = pdf.text.slice(p2, p3);
    expect(s2).toContain('Beslut Beviljas med 900 000 kr.');
    expect(s2).toContain('Överskridande Beslutet överskrider budgeten. Skäl: Budgeten för 2027 överskrids med 200 000 kr; beslutet tas ändå');
    expect(s2).toContain('Diarienummer KS 2027/119');

    // rejected, with its reason, signed at the lower delegation level
    const s3 = pdf.text.slice(p3);
    expect(s3).toContain('Beslut Avslås.');
    expect(s3).toContain('Motivering Ryms inte i budgeten. "Ansök igen" i nästa omgång.');
    expect(s3).toContain('Diarienummer KS 2027/120');
    expect(s3).toContain('Beslutsfattare Per Ström, Digitaliseringschef');
    expect(s3).not.toContain('Villkor');

    expect(s3.indexOf('Rätt utdraget intygar')).toBeGreaterThan(s3.indexOf('KS 2027/120'));
    expect(s3).toContain('Rätt utdraget intygar Underskrift Namnförtydligande och datum');
  });

  it('writes deferred and returned decisions with their reasons, and says when there is nothing to extract', async () => {
    const decision = (outcome: DocDecision['outcome'], reason: string): DocDecision => ({
      ...(skolplattform.decision as DocDecision),
      outcome,
      reason,
    });
    const data = minutesData();
    const items = [
      { ...skolplattform, decision: decision('DEFERRED', 'Avvaktar budgetbeslutet i fullmäktige.') },
      { ...fardtjanst, decision: decision('RETURNED', 'Nyttokalkylen behöver kompletteras.') },
    ];
    const pdf = await readPdf(await minutesPdf({ ...data, items }));
    expect(pdf.text).toContain('Beslut Bordläggs. Motivering Avvaktar budgetbeslutet i fullmäktige.');
    expect(pdf.text).toContain('Beslut Återremitteras. Motivering Nyttokalkylen behöver kompletteras.');

    const empty = await readPdf(await minutesPdf({ ...data, items: [] }));
    expect(empty.text).toContain('Inga beslut är fattade vid mötet.');
    expect(empty.text).not.toContain('§');
  });

  it('says each outcome in one sentence', () => {
    const d = fardtjanst.decision as DocDecision;
    expect(decisionSentence(d)).toBe('Beviljas med 1\u00a0000\u00a0000\u00a0kr.');
    expect(decisionSentence({ ...d, outcome: 'REJECTED' })).toBe('Avslås.');
    expect(decisionSentence({ ...d, outcome: 'DEFERRED' })).toBe('Bordläggs.');
    expect(decisionSentence({ ...d, outcome: 'RETURNED' })).toBe('Återremitteras.');
  });
});
