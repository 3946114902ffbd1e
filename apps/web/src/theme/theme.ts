import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * One theme for the whole portal. Colours are chosen for WCAG AA contrast: the primary shade
 * is blue.8 (white text ≥ 4.5:1), `autoContrast` picks dark or light text on filled colours, and
 * "dimmed" text is gray.7 instead of Mantine's default gray.6 (which is below 4.5:1 on white).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  autoContrast: true,
  luminanceThreshold: 0.45,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[8],
  },
  dark: {},
});
