/** Reads a generated PDF back for the specs (pdf-parse 2): its text per page and its metadata. */
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  /** number of pages */
  total: number;
  /** each page's text, whitespace normalised (see `flat`) */
  pages: string[];
  /** the body of every page, without the running header and the footer, whitespace normalised */
  text: string;
  title: string | undefined;
}

/**
 * Whitespace as a reader sees it: the no-break spaces of sv-SE numbers, tabs and line breaks all
 * become one space, so "1 234 567 kr" matches however the PDF spaced or wrapped it.
 */
export function flat(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A page's text without its last two lines, the running header and the footer (pdfmake draws them last). */
function body(page: string): string {
  const lines = page.trimEnd().split('\n');
  const footer = lines.at(-1) ?? '';
  if (!/Sida \d+ av \d+$/.test(footer)) throw new Error(`the page does not end with its footer: ${footer}`);
  return lines.slice(0, -2).join('\n');
}

export async function readPdf(buffer: Buffer): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    const info = await parser.getInfo();
    const title = (info.info as { Title?: string } | undefined)?.Title;
    return { total: result.total, pages: result.pages.map((p) => flat(p.text)), text: result.pages.map((p) => flat(body(p.text))).join(' '), title };
  } finally {
    await parser.destroy();
  }
}
