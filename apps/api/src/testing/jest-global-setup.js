// Jest globalSetup of the API's integration tests: see global-setup.ts.
import { registerWorkspaceTypeScript } from './typescript-hooks.js';

export default async function jestGlobalSetup() {
  registerWorkspaceTypeScript();
  const { setup } = await import('./global-setup.ts');
  await setup();
}
