/** migrated, empty */
export const TEMPLATE_DATABASE = 'dp_template';
/** migrated, with the demo municipality */
export const TEMPLATE_DATABASE_DEMO = 'dp_template_demo';

/** the environment variable through which the integration tests' global setup names its PostgreSQL server */
export const TEST_POSTGRES_URL_VARIABLE = 'DP_TEST_POSTGRES_URL';

/** The server the integration run started (apps/api's Jest global setup), e.g. postgresql://…:5432/postgres. */
export function testPostgresUrl(): string {
  const url = process.env[TEST_POSTGRES_URL_VARIABLE];
  if (!url) throw new Error(`${TEST_POSTGRES_URL_VARIABLE} is not set: run the integration tests through their target (npx nx run api:integration), whose global setup starts PostgreSQL`);
  return url;
}
