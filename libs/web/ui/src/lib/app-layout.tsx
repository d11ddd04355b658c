import { AppShell, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import classes from './app-layout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

export interface AppLayoutProps {
  /** the product name, usually a link to the start page */
  brand: ReactNode;
  /** the main navigation's links */
  navigation: ReactNode;
  children: ReactNode;
}

/**
 * The application shell: a skip link, a header (banner) with the product name, the main navigation
 * and the language switch, and the main content (the skip link's target).
 */
export function AppLayout({ brand, navigation, children }: AppLayoutProps) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: { base: 104, sm: 64 } }} padding="md">
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="wrap" gap="xs" py={6}>
          <Group gap="lg" wrap="wrap">
            <Text fw={700} size="lg" component="div">
              {brand}
            </Text>
            <nav aria-label={t('app.mainNavigation')}>
              <Group gap="xs">{navigation}</Group>
            </nav>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Container size="xl" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
