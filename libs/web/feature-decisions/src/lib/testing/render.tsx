import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import { decisionMaker } from './fixtures';

/** Shows the current location, so a test can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderDecisionsOptions {
  /** the routes the element is shown at (one page may answer several paths) */
  paths?: string[];
  route?: string;
  query?: MockHandler;
  mutation?: MockHandler;
  language?: Language;
  /** the signed-in user (`me`); a decision maker by default */
  user?: SessionUser;
}

/** Renders a page signed in, with a mocked urql client and the real i18n, theme and notifications. */
export function renderDecisions(
  element: ReactElement,
  { paths = ['/meetings/:id'], route = '/meetings/m-1', query, mutation, language = 'sv', user = decisionMaker }: RenderDecisionsOptions = {},
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
                {paths.map((path) => (
                  <Route key={path} path={path} element={element} />
                ))}
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

/** A GraphQL error as the API sends it. */
export const apiError = (code: string, extensions: Record<string, unknown> = {}, message = code) => ({ message, extensions: { code, ...extensions } });
