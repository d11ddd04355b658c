import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine theme tuned for WCAG 2.1 AA contrast (4.5:1 for text) on white, also on hover:
 * - filled buttons, links and the focus ring use shade 8 of blue (5.0:1 with white);
 * - "light" and "subtle" variants (badges, alerts, navigation) put shade 9 text on shade 0,
 *   and shade 1 on hover (blue 5.5:1 / 4.9:1, red 5.1:1 / 4.5:1), orange text is darkened;
 * - secondary ("dimmed") and placeholder text gray 7 (8.2:1), error text red 9 (5.5:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
});

const LIGHT_VARIANT_COLORS = ['blue', 'red', 'gray', 'teal', 'orange', 'green'] as const;

/** A darker text colour where shade 9 is not dark enough on the pale background. */
const LIGHT_TEXT_OVERRIDES: Partial<Record<(typeof LIGHT_VARIANT_COLORS)[number], string>> = {
  orange: '#a33a0b',
  teal: '#076b4d',
  green: '#1f6b2e',
};

export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  for (const color of LIGHT_VARIANT_COLORS) {
    light[`--mantine-color-${color}-light`] = `var(--mantine-color-${color}-0)`;
    light[`--mantine-color-${color}-light-hover`] = `var(--mantine-color-${color}-1)`;
    light[`--mantine-color-${color}-light-color`] = LIGHT_TEXT_OVERRIDES[color] ?? `var(--mantine-color-${color}-9)`;
  }
  return { variables: {}, light, dark: {} };
};

