import { Suspense, lazy, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@dp/web/ui';

// each page is a chunk of its own
const MeetingsPage = lazy(() => import('./meetings-page').then((m) => ({ default: m.MeetingsPage })));
const MeetingPage = lazy(() => import('./meeting-page').then((m) => ({ default: m.MeetingPage })));
const PresentationPage = lazy(() => import('./presentation-page').then((m) => ({ default: m.PresentationPage })));

const suspended = (element: ReactElement) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

/**
 * The management group's meetings, to be placed inside the signed-in part of the app (they need the
 * CurrentUserProvider): `/meetings` lists a round's meetings (`?round=<id>`, the open round by default),
 * `/meetings/:id` is a meeting with its agenda and decisions, `/meetings/:id/present[/:position]` its
 * presentation mode. Each page checks the role itself and explains a refusal.
 */
export const decisionsRoutes: RouteObject[] = [
  { path: '/meetings', element: suspended(<MeetingsPage />) },
  { path: '/meetings/:id', element: suspended(<MeetingPage />) },
  { path: '/meetings/:id/present', element: suspended(<PresentationPage />) },
  { path: '/meetings/:id/present/:position', element: suspended(<PresentationPage />) },
];
