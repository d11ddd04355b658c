import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client } from 'urql';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import { applicantUser } from './fixtures';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderPageOptions {
  path: string;
  route: string;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
  /** a real client (e.g. createUrqlClient with a fake fetch) instead of the mocked one */
  client?: Client;
  /** the signed-in user (`me`); an applicant of Socialförvaltningen and Kommunstyrelsens förvaltning by default */
  user?: SessionUser;
}

/** Renders one page at a route, signed in, with a mocked urql client and the real i18n, theme and notifications. */
export function renderPage(page: ReactElement, { path, route, query, mutation, language = 'sv', client, user = applicantUser }: RenderPageOptions) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const view = render(
    <Provider value={client ?? mock.client}>
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
