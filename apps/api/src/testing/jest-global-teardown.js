// Jest globalTeardown of the API's integration tests: stops the PostgreSQL server global-setup.ts started.
export default async function jestGlobalTeardown() {
  const { teardown } = await import('./global-setup.ts');
  await teardown();
}
