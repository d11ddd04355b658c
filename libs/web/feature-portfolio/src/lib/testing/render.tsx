import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import { managementUser } from './fixtures';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderPortfolioOptions {
  path?: string;
  route?: string;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
  /** the signed-in user (`me`); a management group member by default */
  user?: SessionUser;
}

/** Renders an element (a page at a route, or a component) signed in, with a mocked urql client and the real i18n and theme. */
export function renderPortfolio(
  element: ReactElement,
  { path = '/portfolio/:roundId', route = '/portfolio/r-2027', query, mutation, language = 'sv', user = managementUser }: RenderPortfolioOptions = {},
) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const view = render(
    <Provider value={mock.client}>
      <I18nextProvider i18n={i18n}>
        <TestUiProvider>
          <CurrentUserProvider user={user}>
            <MemoryRouter initialEntries={[route]}>
              <Routes>
                <Route path={path} element={element} />
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
