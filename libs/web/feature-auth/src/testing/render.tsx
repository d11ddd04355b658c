import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { CurrentUserProvider, SessionClientProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderAuthOptions {
  path: string;
  route: string;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
  /** signed in as this user (for the header's account menu); nobody when omitted */
  user?: SessionUser;
}

/** Renders one element at a route with a mocked urql client (behind the session's client provider) and the real i18n, theme and notifications. */
export function renderAuth(element: ReactElement, { path, route, query, mutation, language = 'sv', user }: RenderAuthOptions) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const routed = (
    <MemoryRouter initialEntries={[route]}>
      <Routes>
        <Route path={path} element={element} />
        <Route path="*" element={null} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>
  );
  const view = render(
    <SessionClientProvider createClient={() => mock.client}>
      <I18nextProvider i18n={i18n}>
        <TestUiProvider>{user ? <CurrentUserProvider user={user}>{routed}</CurrentUserProvider> : routed}</TestUiProvider>
      </I18nextProvider>
    </SessionClientProvider>,
  );
  return { ...view, ...mock, i18n };
}
