/**
 * Colours and shapes of the analysis charts. Every colour has at least 3:1 contrast against the white
 * background (WCAG 1.4.11, non-text contrast; checked by the spec), and a department gets a shape too,
 * so colour is never the only cue (WCAG 1.4.1); the tooltip and the table name the department as well.
 */

/** Mantine's darkest shades, in an order that keeps neighbours far apart in hue. */
export const CATEGORY_COLOURS = [
  '#1864ab', // blue 9
  '#d9480f', // orange 9
  '#087f5b', // teal 9
  '#862e9c', // grape 9
  '#c92a2a', // red 9
  '#5c940d', // lime 9
  '#0b7285', // cyan 9
  '#a61e4d', // pink 9
  '#364fc7', // indigo 9
  '#495057', // gray 7
] as const;

/** ECharts symbols, cycled with a different period than the colours. */
export const CATEGORY_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;

/** The whole portfolio next to a selection: gray 7 and blue 9. */
export const ALL_COLOUR = '#495057';
export const SELECTED_COLOUR = '#1864ab';
/** The round's budget (a mark line) and a scenario's point: red 9 and orange 9. */
export const BUDGET_COLOUR = '#c92a2a';
export const POINT_COLOUR = '#d9480f';

export interface CategoryStyle {
  colour: string;
  symbol: string;
}

/** The colour and shape of the n-th category (departments sorted by name). */
export function categoryStyle(index: number): CategoryStyle {
  return {
    colour: CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] ?? CATEGORY_COLOURS[0],
    symbol: CATEGORY_SYMBOLS[index % CATEGORY_SYMBOLS.length] ?? CATEGORY_SYMBOLS[0],
  };
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const channel = (hex: string, i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Escapes text for an ECharts tooltip (its formatter's string is HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
