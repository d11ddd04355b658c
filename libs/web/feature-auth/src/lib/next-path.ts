/** Where the user lands after signing in when they did not come from a page. */
export const DEFAULT_AFTER_SIGN_IN = '/initiatives';

export const LOGIN_PATH = '/login';

/** `/login?next=%2Finitiatives%2Fnew`: the sign-in page, remembering the page the visitor wanted. */
export function loginPath(from: { pathname: string; search?: string; hash?: string }): string {
  const target = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  if (from.pathname === '/' || from.pathname === LOGIN_PATH) return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(target)}`;
}

/**
 * The page to go to after signing in: `next` when it is a path of this application (never another
 * site: `//evil.example`, `https://…` or `/\evil` are refused), else the initiatives.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_AFTER_SIGN_IN;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return DEFAULT_AFTER_SIGN_IN;
  return next;
}
