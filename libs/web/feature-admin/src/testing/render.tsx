import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import { Provider } from 'urql';
import { adminUser } from './fixtures';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderAdminOptions {
  path: string;
  route: string;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
  /** the signed-in user (`me`); the administrator by default */
  user?: SessionUser;
}

/** Renders one page at a route, signed in, with a mocked urql client and the real i18n, theme and notifications. */
export function renderAdmin(page: ReactElement, { path, route, query, mutation, language = 'sv', user = adminUser }: RenderAdminOptions) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const view = render(
    <Provider value={mock.client}>
      <I18nextProvider i18n={i18n}>
        <TestUiProvider>
          <CurrentUserProvider user={user}>
            <MemoryRouter initialEntries={[route]}>
              <Routes>
                <Route path={path} element={page} />
                <Route path="*" element={null} />
              </Routes>
              <LocationProbe />
            </MemoryRouter>
          </CurrentUserProvider>
        </TestUiProvider>
      </I18nextProvider>
    </Provider>,
  );
  return { ...view, ...mock, i18n };
}
