export const SESSION_COOKIE = 'dp_session';
/** a session ends after this long without use */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** failed sign-ins in a row before the account is locked */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** failed sign-ins from one address within the window before it must wait */
export const MAX_FAILED_PER_IP = 20;
export const RATE_WINDOW_MS = 15 * 60 * 1000;
