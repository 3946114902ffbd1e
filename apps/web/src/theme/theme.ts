import { Drawer, Modal, NavLink, Notification, createTheme, type CSSVariablesResolver } from '@mantine/core';

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
  components: {
    // Icon-only close buttons need an accessible name (axe: button-name).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
    }),
    // The light active link turns below 4.5:1 when hovered; the filled one stays well above.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
  },
});

/** Colours whose "light" variants (alerts, badges, light buttons) need darker text for AA. */
const LIGHT_VARIANT_COLOURS = [
  'blue',
  'green',
  'teal',
  'yellow',
  'orange',
  'red',
  'grape',
  'cyan',
  'gray',
] as const;

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[8],
    // Field errors: Mantine's red.6 is 3.3:1 on white; red.9 is above 4.5:1.
    '--mantine-color-error': t.colors.red[9],
    ...Object.fromEntries(
      LIGHT_VARIANT_COLOURS.map((c) => [`--mantine-color-${c}-light-color`, t.colors[c][9]]),
    ),
  },
  dark: {},
});
