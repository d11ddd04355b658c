/** The addresses of the public page (no sign-in). */
export const PUBLIC_PATHS = {
  /** the newest fund round with decisions */
  root: '/public',
  /** one fund round, by its code: `/public/DP2027` */
  round: (code: string) => `/public/${encodeURIComponent(code)}`,
} as const;
