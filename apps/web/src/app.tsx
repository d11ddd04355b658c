import { Anchor, Button, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as UrqlProvider, type Client } from 'urql';
import { AppLayout, NotificationsProvider, Page, cssVariablesResolver, theme } from '@dp/web/ui';
import { CreateInitiativePage, EditInitiativePage, InitiativeListPage } from '@dp/web/feature-applications';
import type { ReactNode } from 'react';

export interface AppProvidersProps {
  client: Client;
  i18n: I18n;
  /** `test` turns off Mantine's transitions and portals (component tests) */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** urql, i18next, Mantine (light scheme, AA-contrast theme) and notifications. The router comes from outside. */
export function AppProviders({ client, i18n, env = 'default', children }: AppProvidersProps) {
  return (
    <UrqlProvider value={client}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env={env}>
          <NotificationsProvider>{children}</NotificationsProvider>
        </MantineProvider>
      </I18nextProvider>
    </UrqlProvider>
  );
}

function NavItem({ to, active, children }: { to: string; active: boolean; children: ReactNode }) {
  return (
    <Button component={Link} to={to} variant={active ? 'light' : 'subtle'} size="compact-md" aria-current={active ? 'page' : undefined}>
      {children}
    </Button>
  );
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Anchor component={Link} to="/initiatives">
        {t('notFound.back')}
      </Anchor>
    </Page>
  );
}

/** The shell (header, navigation, language switch) and the routes. */
export function App() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // "Initiativ" is current on the list and on an initiative's page, "Nytt initiativ" on the form
  const onNew = pathname === '/initiatives/new';
  const onInitiatives = !onNew && (pathname === '/initiatives' || pathname.startsWith('/initiatives/'));
  return (
    <AppLayout
      brand={
        <Anchor component={Link} to="/initiatives" c="inherit" underline="never">
          {t('app.name')}
        </Anchor>
      }
      navigation={
        <>
          <NavItem to="/initiatives" active={onInitiatives}>
            {t('nav.initiatives')}
          </NavItem>
          <NavItem to="/initiatives/new" active={onNew}>
            {t('nav.newInitiative')}
          </NavItem>
        </>
      }
    >
      <Routes>
        <Route path="/" element={<Navigate to="/initiatives" replace />} />
        <Route path="/initiatives" element={<InitiativeListPage />} />
        <Route path="/initiatives/new" element={<CreateInitiativePage />} />
        <Route path="/initiatives/:id" element={<EditInitiativePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppLayout>
  );
}
