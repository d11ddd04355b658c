/**
 * What the decision step's PDFs share: pdfmake 0.3 (server side) with the Roboto fonts pdfmake ships,
 * the municipal document style (A4, running header with the diarienummer, "Sida X av N" and the
 * generation time in the footer) and small layout helpers.
 *
 * The fonts are resolved from node_modules at run time next to this module, which works from the
 * sources (Jest) and from the tsc-built API in dist/ alike. pdfmake may read those four files and
 * nothing else, and fetches no URLs.
 */
import { createRequire } from 'node:module';
import pdfMake from 'pdfmake';
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dateTime } from './format.js';

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`);

/** The Roboto files; each has å ä ö, the no-break space of sv-SE numbers and the minus sign U+2212. */
export const ROBOTO = {
  normal: font('Roboto-Regular.ttf'),
  bold: font('Roboto-Medium.ttf'),
  italics: font('Roboto-Italic.ttf'),
  bolditalics: font('Roboto-MediumItalic.ttf'),
} as const;
const fontFiles = new Set<string>(Object.values(ROBOTO));

/** Colours of the document style: black text, grey rules and table heads. */
const GREY_RULE = '#8a8a8a';
const GREY_FILL = '#ececec';

/** The page margins; the running header and the footer sit in them. */
const MARGIN = { side: 56, top: 64, bottom: 56 } as const;
/** The style of the running header and the footer. */
const PAGE_FRAME = 'pageFrame';

export const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 11, margin: [0, 0, 0, 12] },
  h2: { fontSize: 13, bold: true, margin: [0, 16, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
  label: { bold: true },
  small: { fontSize: 8 },
  tableHead: { bold: true, fillColor: GREY_FILL },
  [PAGE_FRAME]: { fontSize: 8 },
};

export interface PageFrame {
  /** running header, left: the document kind and subject */
  running: string;
  /** running header, right: e.g. "Dnr KS 2027/123" */
  reference: string | null;
  generatedAt: string;
}

/**
 * Renders a document in the shared style to a PDF buffer. Every string of the content, the header and
 * the footer goes through `pdfText` first.
 */
export async function renderPdf(
  meta: { title: string; subject: string },
  frame: PageFrame,
  content: Content[],
): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: 'sv-SE',
    info: {
      title: pdfText(meta.title),
      subject: pdfText(meta.subject),
      author: 'Digitaliseringsportföljen',
      creator: 'Digitaliseringsportföljen',
      creationDate: new Date(frame.generatedAt),
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: STYLES,
    header: () =>
      normalise({
        margin: [MARGIN.side, 28, MARGIN.side, 0],
        style: PAGE_FRAME,
        columns: [
          { text: frame.running, style: PAGE_FRAME },
          { text: frame.reference ?? '', style: PAGE_FRAME, alignment: 'right' },
        ],
      }),
    footer: (currentPage, pageCount) =>
      normalise({
        margin: [MARGIN.side, 16, MARGIN.side, 0],
        style: PAGE_FRAME,
        columns: [
          { text: `Skapad ${dateTime(frame.generatedAt)}`, style: PAGE_FRAME },
          { text: `Sida ${currentPage} av ${pageCount}`, style: PAGE_FRAME, alignment: 'right' },
        ],
      }),
    content: normalise(content),
  };
  pdfMake.setFonts({ Roboto: { ...ROBOTO } });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => fontFiles.has(path));
  return pdfMake.createPdf(doc).getBuffer();
}

/** Characters Roboto lacks, replaced by ones it has: the narrow no-break space some ICU versions group digits with. */
export function pdfText(s: string): string {
  return s.replace(/\u202f/g, '\u00a0');
}

function normalise<T>(node: T): T {
  if (typeof node === 'string') return pdfText(node) as T;
  if (Array.isArray(node)) return node.map((n) => normalise(n)) as T;
  if (node && typeof node === 'object' && !(node instanceof Date)) {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, normalise(v)])) as T;
  }
  return node;
}

/** A two-column table of labels and values (the title block, an initiative's figures). */
export function facts(rows: [string, Content][], widths: [number | string, number | string] = [150, '*']): ContentTable {
  return {
    table: { widths, body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, value]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

/** A table head cell; `right` for the heads of amount columns. */
export function th(text: string, alignment: 'left' | 'right' = 'left'): TableCell {
  return { text, style: 'tableHead', alignment };
}

/**
 * A table with a grey head row repeated on every page and thin horizontal rules; `marked` is the
 * index of a body row drawn between heavy black rules (the budget line).
 */
export function gridTable(head: TableCell[], body: TableCell[][], widths: (number | string)[], marked?: number): ContentTable {
  const markedRow = marked === undefined ? -1 : marked + 1; // + the head row
  const heavy = (i: number) => i === markedRow || i === markedRow + 1;
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...body] },
    layout: {
      hLineWidth: (i, node) => (heavy(i) ? 2 : i <= 1 || i === node.table.body.length ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: (i) => (heavy(i) ? '#000000' : GREY_RULE),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 0, 0, 10],
  };
}

export function heading(text: string, level: 2 | 3): Content {
  return { text, style: level === 2 ? 'h2' : 'h3' };
}

/**
 * How much free text a block may hold and still certainly fit on one page with its heading and a
 * table of facts (a line break counts as a line of characters).
 */
const ONE_PAGE_TEXT = 2000;

/** True when blocks holding these free texts certainly fit on one page. */
export function fitsOnPage(texts: readonly (string | null | undefined)[]): boolean {
  return texts.reduce((sum, t) => sum + (t ? t.length + 100 * (t.split('\n').length - 1) : 0), 0) <= ONE_PAGE_TEXT;
}

/**
 * A heading (and what belongs to it) kept on the same page as the block that follows it, so a heading
 * never ends a page. A block with long free text (`texts`) may break over pages instead – pdfmake cuts
 * off an unbreakable block taller than a page – and then only the heading part stays together.
 * (pdfmake's `pageBreakBefore` callback could do this for any length, but it lays the whole document
 * out again for every break it adds: seconds for a long agenda.)
 */
export function withHeading(head: Content[], block: Content | null, texts: readonly (string | null | undefined)[]): Content[] {
  if (block === null) return [{ stack: head, unbreakable: true }];
  return fitsOnPage(texts) ? [{ stack: [...head, block], unbreakable: true }] : [{ stack: head, unbreakable: true }, block];
}

/** Text paragraphs as the user wrote them (line breaks kept); null when empty. */
export function paragraph(text: string | null | undefined): Content | null {
  const t = text?.trim();
  return t ? { text: t, margin: [0, 0, 0, 6] } : null;
}

/** Content without the nulls of optional parts. */
export function present(parts: (Content | null | undefined | false)[]): Content[] {
  return parts.filter((p): p is Content => p !== null && p !== undefined && p !== false);
}
