export { LoginPage, signInErrorMessage } from './lib/login-page';
export { AccountMenu, useRoleNames } from './lib/account-menu';
export { loginPath, safeNextPath, LOGIN_PATH, DEFAULT_AFTER_SIGN_IN } from './lib/next-path';
