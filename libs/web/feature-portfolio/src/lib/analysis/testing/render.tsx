import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { NotificationsProvider, createI18n, theme, type Language } from '@dp/web/ui';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderAnalysisOptions {
  path: string;
  route: string;
  user: SessionUser;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
}

/** Renders one page at a route, signed in, with a mocked urql client and the real i18n, theme and notifications. */
export function renderAnalysisPage(page: ReactElement, { path, route, user, query, mutation, language = 'sv' }: RenderAnalysisOptions) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const view = render(
    <Provider value={mock.client}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env="test">
          <NotificationsProvider>
            <CurrentUserProvider user={user}>
              <MemoryRouter initialEntries={[route]}>
                <Routes>
                  <Route path={path} element={page} />
                  <Route path="*" element={null} />
                </Routes>
                <LocationProbe />
              </MemoryRouter>
            </CurrentUserProvider>
          </NotificationsProvider>
        </MantineProvider>
      </I18nextProvider>
    </Provider>,
  );
  return { ...view, ...mock, i18n };
}
