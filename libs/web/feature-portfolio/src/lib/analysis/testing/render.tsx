import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { CurrentUserProvider, createMockClient, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { createI18n, type Language, TestUiProvider } from '@dp/web/ui';
import type { FrontierJob } from '../frontier/frontier-job';
import { FrontierRunnerContext, type FrontierRunner } from '../frontier/frontier-runner';
import { frontier } from './fixtures';

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
  /** how the efficient frontier is computed (no Web Workers in jsdom); default: the fixture's points at once */
  frontierRunner?: FrontierRunner;
}

/** A stand-in for the Web Worker: answers every job with the fixture's points, and records the jobs. */
export function fixedFrontierRunner(jobs: FrontierJob[] = []): FrontierRunner {
  return (job) => {
    jobs.push(job);
    return { result: Promise.resolve(frontier), cancel: () => undefined };
  };
}

/** Renders one page at a route, signed in, with a mocked urql client and the real i18n, theme and notifications. */
export function renderAnalysisPage(page: ReactElement, { path, route, user, query, mutation, language = 'sv', frontierRunner = fixedFrontierRunner() }: RenderAnalysisOptions) {
  const mock = createMockClient({ ...(query ? { query } : {}), ...(mutation ? { mutation } : {}) });
  const i18n = createI18n(language);
  const view = render(
    <Provider value={mock.client}>
      <I18nextProvider i18n={i18n}>
        <TestUiProvider>
          <CurrentUserProvider user={user}>
            <FrontierRunnerContext.Provider value={frontierRunner}>
              <MemoryRouter initialEntries={[route]}>
                <Routes>
                  <Route path={path} element={page} />
                  <Route path="*" element={null} />
                </Routes>
                <LocationProbe />
              </MemoryRouter>
            </FrontierRunnerContext.Provider>
          </CurrentUserProvider>
        </TestUiProvider>
      </I18nextProvider>
    </Provider>,
  );
  return { ...view, ...mock, i18n };
}
