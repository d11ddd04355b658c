import { Suspense, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@dp/web/ui';

// the pages (and, when a chart is drawn, ECharts) are chunks of their own
const ScenariosPage = lazy(() => import('./scenarios-page').then((m) => ({ default: m.ScenariosPage })));
const AnalysisPage = lazy(() => import('./analysis-page').then((m) => ({ default: m.AnalysisPage })));

/**
 * Scenarier and Analys of a fund round's portfolio, for the signed-in part of the app (they need the
 * CurrentUserProvider). Each page checks the role itself and explains when the user may not see it.
 */
export const analysisRoutes: RouteObject[] = [
  {
    path: '/portfolio/:roundId/scenarios',
    element: (
      <Suspense fallback={<LoadingState />}>
        <ScenariosPage />
      </Suspense>
    ),
  },
  {
    path: '/portfolio/:roundId/analysis',
    element: (
      <Suspense fallback={<LoadingState />}>
        <AnalysisPage />
      </Suspense>
    ),
  },
];
