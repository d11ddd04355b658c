/**
 * Protokollsutdrag: the decisions of a management group meeting, one numbered paragraph (§) each,
 * with the outcome, the grant per year, conditions, reasons, an over-commitment and its reason, the
 * diarienummer and who signed under which delegation level; ends with "Rätt utdraget intygar".
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { DocDecision, DocInitiative, MinutesData } from './document-data.js';
import { DASH, dateTime, kr, yearSplit } from './format.js';
import { OUTCOME_VERBS_SV } from './labels.js';
import { facts, heading, paragraph, present, renderPdf, withHeading } from './pdf-document.js';

export async function minutesPdf(data: MinutesData): Promise<Buffer> {
  const { meeting, round } = data;
  const decided = data.items.filter((i): i is DocInitiative & { decision: DocDecision } => i.decision !== null);
  return renderPdf(
    { title: `Protokollsutdrag – ${meeting.title}`, subject: `${round.name}, beslut ${meeting.heldOn}` },
    {
      running: `Protokollsutdrag · ${meeting.title}`,
      reference: meeting.registrationNumber ? `Dnr ${meeting.registrationNumber}` : null,
      generatedAt: data.generatedAt,
    },
    [
      { text: 'Protokollsutdrag', style: 'title' },
      { text: `${meeting.title} · ${round.name}`, style: 'subtitle' },
      facts([
        ['Möte', meeting.title],
        ['Datum', meeting.heldOn],
        ['Diarienummer', meeting.registrationNumber ?? 'Inte angivet'],
        ['Ansökningsomgång', `${round.name} (${round.code})`],
        ['Närvarande', meeting.participants.length > 0 ? meeting.participants.join('\n') : DASH],
      ]),
      ...(decided.length === 0
        ? [{ text: 'Inga beslut är fattade vid mötet.', margin: [0, 12, 0, 12] } as Content]
        : decided.flatMap((item, index) => decisionParagraph(index + 1, item, item.decision))),
      attestation(data.generatedAt),
    ],
  );
}

/** The decision in one sentence: "Beviljas med 400 000 kr." / "Avslås." / "Bordläggs." / "Återremitteras." */
export function decisionSentence(d: DocDecision): string {
  return d.outcome === 'GRANTED' ? `${OUTCOME_VERBS_SV.GRANTED} med ${kr(d.grantedAmount)}.` : `${OUTCOME_VERBS_SV[d.outcome]}.`;
}

function decisionParagraph(n: number, item: DocInitiative, d: DocDecision): Content[] {
  const granted = d.outcome === 'GRANTED';
  const lines: [string, Content][] = [
    ['Förvaltning', item.department],
    ['Sökt belopp', kr(item.requestedAmount)],
    ['Beslut', { text: decisionSentence(d), bold: true }],
  ];
  if (granted && d.amountsByYear && d.amountsByYear.length > 0) lines.push(['Fördelning per år', yearSplit(d.amountsByYear)]);
  if (granted && d.conditions?.trim()) lines.push(['Villkor', d.conditions.trim()]);
  if (d.reason?.trim()) lines.push(['Motivering', d.reason.trim()]);
  if (d.overcommitted) {
    lines.push([
      'Överskridande',
      { text: `Beslutet överskrider budgeten. Skäl: ${d.overcommitReason?.trim() || 'inte angivet'}`, bold: true },
    ]);
  }
  lines.push(
    ['Beslutsdatum', d.decidedOn],
    ['Diarienummer', d.registrationNumber],
    ['Beslutsfattare', `${d.decidedByName}, ${d.signatoryLabel} (enligt delegationsordningen)`],
    ['Kontrollsumma', { text: `Underlagets SHA-256: ${d.fingerprint}`, style: 'small' }],
  );
  return withHeading([heading(`§ ${n}  ${item.title}`, 3)], facts(lines, [110, '*']), [d.conditions, d.reason, d.overcommitReason]);
}

function attestation(generatedAt: string): Content {
  return {
    margin: [0, 28, 0, 0],
    unbreakable: true,
    stack: present([
      { text: 'Rätt utdraget intygar', bold: true, margin: [0, 0, 0, 36] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.8 }] },
      { text: 'Underskrift', style: 'small', margin: [0, 2, 0, 20] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.8 }] },
      { text: 'Namnförtydligande och datum', style: 'small', margin: [0, 2, 0, 12] },
      paragraph(`Utdraget skapat ${dateTime(generatedAt)} ur Digitaliseringsportföljen.`),
    ]),
  };
}
