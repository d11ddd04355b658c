/** Paths of the prioritisation pages of a fund round. */
export const PORTFOLIO_PATHS = {
  /** redirects to the open round, else the newest */
  root: '/portfolio',
  board: (roundId: string) => `/portfolio/${encodeURIComponent(roundId)}`,
  scenarios: (roundId: string) => `/portfolio/${encodeURIComponent(roundId)}/scenarios`,
  analysis: (roundId: string) => `/portfolio/${encodeURIComponent(roundId)}/analysis`,
} as const;
