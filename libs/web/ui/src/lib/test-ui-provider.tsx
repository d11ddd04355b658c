import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { NotificationsProvider } from './notifications';
import { theme } from './theme';

/**
 * MantineProvider's props in component tests: no transitions and no portals (`env: 'test'`), and none of
 * the theme's CSS variables or the global classes, which jsdom would otherwise cascade through on every
 * getComputedStyle (each role query of Testing Library, each pointer check of user-event). The client
 * uses no `hiddenFrom`/`visibleFrom`, the only thing those global classes do.
 */
const MANTINE_TEST_PROPS = { env: 'test', withCssVariables: false, withGlobalClasses: false } as const;

/**
 * The app's theme and notifications as component tests need them: MANTINE_TEST_PROPS, and notifications
 * that stay until closed, so that a slow machine cannot miss one.
 */
export function TestUiProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} {...MANTINE_TEST_PROPS}>
      <NotificationsProvider autoCloseMs={null}>{children}</NotificationsProvider>
    </MantineProvider>
  );
}
