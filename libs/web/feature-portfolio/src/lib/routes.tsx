import { Suspense, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@dp/web/ui';
import { analysisRoutes } from './analysis/routes';

// the board (with dnd-kit) is a chunk of its own, like the Scenarier and Analys pages
const PortfolioRootPage = lazy(() => import('./portfolio-page').then((m) => ({ default: m.PortfolioRootPage })));
const PortfolioBoardPage = lazy(() => import('./portfolio-page').then((m) => ({ default: m.PortfolioBoardPage })));

/**
 * The prioritisation routes, to be placed inside the signed-in part of the app (they need the
 * CurrentUserProvider): `/portfolio` goes to the open round, `/portfolio/:roundId` is the ranking board,
 * and the Scenarier and Analys pages follow. Each page checks the role itself and explains a refusal.
 */
export const portfolioRoutes: RouteObject[] = [
  {
    path: '/portfolio',
    element: (
      <Suspense fallback={<LoadingState />}>
        <PortfolioRootPage />
      </Suspense>
    ),
  },
  {
    path: '/portfolio/:roundId',
    element: (
      <Suspense fallback={<LoadingState />}>
        <PortfolioBoardPage />
      </Suspense>
    ),
  },
  ...analysisRoutes,
];
