import { Suspense, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@dp/web/ui';

// the public page is a chunk of its own: visitors who sign in never load it
const PublicPortfolioPage = lazy(() => import('./public-page').then((m) => ({ default: m.PublicPortfolioPage })));

const page = (
  <Suspense fallback={<LoadingState />}>
    <PublicPortfolioPage />
  </Suspense>
);

/**
 * The public portfolio (offentlighetsprincipen), to be placed OUTSIDE the sign-in guard: it needs no
 * CurrentUserProvider and no urql client (it reads the open data with `fetch`). `/public` shows the
 * newest fund round with decisions, `/public/:roundCode` a given round.
 */
export const publicRoutes: RouteObject[] = [
  { path: '/public', element: page },
  { path: '/public/:roundCode', element: page },
];
