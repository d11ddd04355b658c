import { Anchor, Button, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { Client } from 'urql';
import { AppLayout, ErrorState, LoadingState, NotificationsProvider, Page, cssVariablesResolver, theme } from '@dp/web/ui';
import {
  CurrentUserProvider,
  SessionClientProvider,
  mayCreateInitiatives,
  useCurrentUser,
  useSessionQuery,
  type SessionClientOptions,
} from '@dp/web/data-access';
import { CreateInitiativePage, EditInitiativePage, InitiativeListPage } from '@dp/web/feature-applications';
import { AccountMenu, LOGIN_PATH, LoginPage, loginPath } from '@dp/web/feature-auth';
import { adminNavItems, adminRoutes, useAdminTranslation } from '@dp/web/feature-admin';
import { portfolioNavItems, portfolioRoutes, usePortfolioTranslation } from '@dp/web/feature-portfolio';
import { decisionsNavItems, decisionsRoutes, useDecisionsTranslation } from '@dp/web/feature-decisions';
import { PUBLIC_PATHS, publicRoutes, usePublicTranslation } from '@dp/web/feature-public';
import type { ReactNode } from 'react';

export interface AppProvidersProps {
  /** makes the urql client; called again after sign-in, sign-out and an expired session (a fresh cache) */
  createClient: (options: SessionClientOptions) => Client;
  i18n: I18n;
  /** `test` turns off Mantine's transitions and portals (component tests) */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** urql (with the session's client), i18next, Mantine (light scheme, AA-contrast theme) and notifications. The router comes from outside. */
export function AppProviders({ createClient, i18n, env = 'default', children }: AppProvidersProps) {
  return (
    <SessionClientProvider createClient={createClient}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env={env}>
          <NotificationsProvider>{children}</NotificationsProvider>
        </MantineProvider>
      </I18nextProvider>
    </SessionClientProvider>
  );
}

function NavItem({ to, active, children }: { to: string; active: boolean; children: ReactNode }) {
  return (
    <Button component={Link} to={to} variant={active ? 'light' : 'subtle'} size="compact-md" aria-current={active ? 'page' : undefined}>
      {children}
    </Button>
  );
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/initiatives" c="inherit" underline="never">
      {t('app.name')}
    </Anchor>
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

/** The layout of the pages anyone may open (sign-in, the public portfolio), with a link to the public portfolio. */
function OpenLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  usePublicTranslation();
  return (
    <AppLayout
      brand={<Brand />}
      navigation={
        <NavItem to={PUBLIC_PATHS.root} active={pathname === PUBLIC_PATHS.root || pathname.startsWith(`${PUBLIC_PATHS.root}/`)}>
          {t('public:title')}
        </NavItem>
      }
    >
      {children}
    </AppLayout>
  );
}

/** The header, navigation and the page of a signed-in user. "Nytt initiativ" only for those who may create. */
function SignedInLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { user, actor } = useCurrentUser();
  // adds the administration pages' texts (namespace 'admin') to the app's i18n
  useAdminTranslation();
  // and the prioritisation pages' texts (namespace 'portfolio')
  usePortfolioTranslation();
  // and the meeting and decision pages' texts (namespace 'decisions')
  useDecisionsTranslation();
  // "Initiativ" is current on the list and on an initiative's page, "Nytt initiativ" on the form
  const onNew = pathname === '/initiatives/new';
  const onInitiatives = !onNew && (pathname === '/initiatives' || pathname.startsWith('/initiatives/'));
  return (
    <AppLayout
      brand={<Brand />}
      navigation={
        <>
          <NavItem to="/initiatives" active={onInitiatives}>
            {t('nav.initiatives')}
          </NavItem>
          {mayCreateInitiatives(user) ? (
            <NavItem to="/initiatives/new" active={onNew}>
              {t('nav.newInitiative')}
            </NavItem>
          ) : null}
          {portfolioNavItems(actor).map((item) => (
            <NavItem key={item.path} to={item.path} active={pathname === item.path || pathname.startsWith(`${item.path}/`)}>
              {t(item.labelKey)}
            </NavItem>
          ))}
          {decisionsNavItems(actor).map((item) => (
            <NavItem key={item.path} to={item.path} active={pathname === item.path || pathname.startsWith(`${item.path}/`)}>
              {t(item.labelKey)}
            </NavItem>
          ))}
          {adminNavItems(actor).map((item) => (
            <NavItem key={item.path} to={item.path} active={pathname === item.path || pathname.startsWith(`${item.path}/`)}>
              {t(item.labelKey)}
            </NavItem>
          ))}
        </>
      }
      account={<AccountMenu />}
    >
      <Outlet />
    </AppLayout>
  );
}

/**
 * Everything but the sign-in page needs a signed-in user: while `me` is on its way a short status, an
 * anonymous visitor goes to `/login?next=<this page>`. (An expired session ends up here too: the client
 * is replaced, `me` comes back null, and the sign-in page says why.)
 */
function RequireSignedIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  if (session.status === 'anonymous') return <Navigate to={loginPath(location)} replace />;
  if (session.status === 'signed-in') {
    return (
      <CurrentUserProvider user={session.user}>
        <SignedInLayout />
      </CurrentUserProvider>
    );
  }
  return (
    <AppLayout brand={<Brand />}>
      {session.status === 'error' ? <ErrorState onRetry={session.retry} /> : <LoadingState label={t('session.checking')} />}
    </AppLayout>
  );
}

/** The shell (header, navigation, language switch) and the routes. */
export function App() {
  return (
    <Routes>
      <Route
        path={LOGIN_PATH}
        element={
          <OpenLayout>
            <LoginPage />
          </OpenLayout>
        }
      />
      {publicRoutes.map((r) => (
        <Route key={r.path} path={r.path} element={<OpenLayout>{r.element}</OpenLayout>} />
      ))}
      <Route element={<RequireSignedIn />}>
        <Route path="/" element={<Navigate to="/initiatives" replace />} />
        <Route path="/initiatives" element={<InitiativeListPage />} />
        <Route path="/initiatives/new" element={<CreateInitiativePage />} />
        <Route path="/initiatives/:id" element={<EditInitiativePage />} />
        {portfolioRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        {decisionsRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        {adminRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
