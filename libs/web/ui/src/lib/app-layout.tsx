import { AppShell, Container, Flex, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import classes from './app-layout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** the header's height when everything fits on one row */
const ONE_ROW = 64;

export interface AppLayoutProps {
  /** the product name, usually a link to the start page */
  brand: ReactNode;
  /** the main navigation's links (none before sign-in) */
  navigation?: ReactNode;
  /** the signed-in user and the sign-out button, beside the language switch */
  account?: ReactNode;
  children: ReactNode;
}

/**
 * The application shell: a skip link, a header (banner) with the product name, the main navigation,
 * the signed-in user and the language switch, and the main content (the skip link's target).
 */
export function AppLayout({ brand, navigation, account, children }: AppLayoutProps) {
  const { t } = useTranslation();
  // the header wraps onto more rows on narrow screens, and how many depends on the user's menu items and
  // the language: it is as tall as its content measures (at least one row), so the main content always
  // starts below it. Until the first measurement: an estimate (with the user: brand, navigation, user,
  // language on a phone; two rows on a tablet).
  const content = useElementSize();
  const estimate = account ? { base: 196, sm: 148, lg: ONE_ROW } : { base: 104, sm: ONE_ROW };
  const height = content.height > 0 ? Math.max(ONE_ROW, Math.ceil(content.height)) : estimate;
  return (
    <AppShell header={{ height }} padding="md">
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Flex h="100%" align="center">
          <Group ref={content.ref} w="100%" px="md" justify="space-between" wrap="wrap" gap="xs" py={6}>
            <Group gap="lg" wrap="wrap">
              <Text fw={700} size="lg" component="div">
                {brand}
              </Text>
              {navigation ? (
                <nav aria-label={t('app.mainNavigation')}>
                  <Group gap="xs">{navigation}</Group>
                </nav>
              ) : null}
            </Group>
            <Group gap="md" wrap="wrap">
              {account}
              <LanguageSwitch />
            </Group>
          </Group>
        </Flex>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Container size="xl" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
